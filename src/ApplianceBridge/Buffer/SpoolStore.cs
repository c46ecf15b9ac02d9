using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Buffer;

internal sealed record SpoolEntry(string EventId, byte[] Json);

internal enum AppendStatus
{
    Stored,
    Full,
}

internal sealed record AppendResult(AppendStatus Status, int Stored, int Duplicates);

// A contiguous run of spool rows sent to the hub as one batch under one idempotency key.
internal sealed record SpooledBatch(Guid BatchId, long FirstSeq, long LastSeq, IReadOnlyList<byte[]> Events, long Bytes);

internal sealed record QuarantinedBatch(long Id, Guid BatchId, DateTimeOffset QuarantinedAt, int? Status, string Reason, int EventCount);

// The durable store-and-forward queue: one SQLite file in WAL mode with synchronous=FULL, so a commit has reached the
// disk before the appliance is told "accepted" and survives kill -9 and power loss.
//
// All writes go through one writer loop (SQLite has one writer at a time anyway). Requests that arrive while a commit
// is in flight are committed together in the next transaction ("group commit"): each appliance batch is still
// all-or-nothing and acknowledged only after its commit, but one fsync serves many batches, which is what lets a
// 2-core box with ~3 ms fsyncs take tens of thousands of events per second.
internal sealed class SpoolStore : IAsyncDisposable
{
    private const int MaxItemsPerCommit = 256;

    private readonly TimeProvider _time;
    private readonly ILogger<SpoolStore> _logger;
    private readonly long _maxEvents;
    private readonly long _maxBytes;
    private readonly bool _dedupe;
    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly SemaphoreSlim _readLock = new(1, 1);
    private readonly SqliteCommand _insertSeen;
    private readonly SqliteCommand _insertSpool;
    private readonly Channel<WorkItem> _work = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writerLoop;
    private long _depthEvents;
    private long _depthBytes;
    private long _quarantinedBatches;
    private long _quarantinedEvents;

    public SpoolStore(IOptions<BridgeOptions> options, TimeProvider time, ILogger<SpoolStore> logger)
    {
        _time = time;
        _logger = logger;
        BridgeOptions o = options.Value;
        _maxEvents = o.MaxSpoolEvents;
        _maxBytes = o.MaxSpoolBytes;
        _dedupe = o.DuplicateWindowMinutes > 0;
        Path = System.IO.Path.GetFullPath(o.SpoolPath);
        string? directory = System.IO.Path.GetDirectoryName(Path);
        // The spool holds customers' sensor data: a folder the bridge creates is its service account's only.
        PrivateFiles.CreateFolder(directory);

        // Pooling off: a disposed store must release the file so a restarted bridge (or a test) can open it.
        string connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
        _writer = new SqliteConnection(connectionString);
        _writer.Open();
        PrivateFiles.Restrict(Path);
        Execute(_writer, """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS spool(
                seq INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL,
                batch_id TEXT NULL,
                accepted_at INTEGER NOT NULL,
                body BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS seen_events(
                event_id TEXT PRIMARY KEY,
                seen_at INTEGER NOT NULL) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS seen_events_seen_at ON seen_events(seen_at);
            CREATE TABLE IF NOT EXISTS quarantine(
                id INTEGER PRIMARY KEY,
                batch_id TEXT NOT NULL,
                quarantined_at INTEGER NOT NULL,
                status INTEGER NULL,
                reason TEXT NOT NULL,
                event_count INTEGER NOT NULL,
                body BLOB NOT NULL);
            """);
        _reader = new SqliteConnection(connectionString);
        _reader.Open();
        Execute(_reader, "PRAGMA synchronous=FULL;");

        using (SqliteCommand count = _writer.CreateCommand())
        {
            count.CommandText = "SELECT count(*), coalesce(sum(length(body)), 0) FROM spool; SELECT count(*), coalesce(sum(event_count), 0) FROM quarantine;";
            using SqliteDataReader r = count.ExecuteReader();
            r.Read();
            _depthEvents = r.GetInt64(0);
            _depthBytes = r.GetInt64(1);
            r.NextResult();
            r.Read();
            _quarantinedBatches = r.GetInt64(0);
            _quarantinedEvents = r.GetInt64(1);
        }

        _insertSeen = _writer.CreateCommand();
        _insertSeen.CommandText = "INSERT OR IGNORE INTO seen_events(event_id, seen_at) VALUES ($id, $at)";
        _insertSeen.Parameters.Add("$id", SqliteType.Text);
        _insertSeen.Parameters.Add("$at", SqliteType.Integer);
        _insertSpool = _writer.CreateCommand();
        _insertSpool.CommandText = "INSERT INTO spool(event_id, accepted_at, body) VALUES ($id, $at, $body)";
        _insertSpool.Parameters.Add("$id", SqliteType.Text);
        _insertSpool.Parameters.Add("$at", SqliteType.Integer);
        _insertSpool.Parameters.Add("$body", SqliteType.Blob);

        _logger.LogInformation("Spool {Path} opened: {Events} events ({Bytes} bytes) pending, {Quarantined} batches in quarantine",
            Path, _depthEvents, _depthBytes, _quarantinedBatches);
        _writerLoop = Task.Run(WriteLoopAsync);
    }

    public string Path { get; }

    public long DepthEvents => Interlocked.Read(ref _depthEvents);

    public long DepthBytes => Interlocked.Read(ref _depthBytes);

    public long MaxEvents => _maxEvents;

    public long MaxBytes => _maxBytes;

    public long QuarantinedBatches => Interlocked.Read(ref _quarantinedBatches);

    public long QuarantinedEvents => Interlocked.Read(ref _quarantinedEvents);

    // Completes only after the transaction holding these events has committed (or refuses the whole batch when the
    // caps would be exceeded).
    public Task<AppendResult> AppendAsync(IReadOnlyList<SpoolEntry> entries)
    {
        var item = new AppendItem(entries, _time.GetUtcNow().ToUnixTimeMilliseconds());
        return Enqueue(item);
    }

    // The next batch to send: a batch already leased (and perhaps sent) before a failure or a restart is resent with
    // the same id and rows; otherwise the oldest rows, up to maxEvents and maxBytes (at least one row), are assigned a new
    // batch id, durably, before they are sent. The byte cap keeps a batch under the hub's MaxRequestBytes: a 413 would
    // quarantine every appliance's events in it.
    public async Task<SpooledBatch?> LeaseNextBatchAsync(int maxEvents, long maxBytes)
    {
        var rows = new List<(long Seq, string? BatchId, byte[] Body)>();
        long bytes = 0;
        await _readLock.WaitAsync();
        try
        {
            using SqliteCommand select = _reader.CreateCommand();
            select.CommandText = "SELECT seq, batch_id, body FROM spool ORDER BY seq LIMIT $max";
            select.Parameters.AddWithValue("$max", maxEvents);
            using SqliteDataReader r = select.ExecuteReader();
            string? head = null;
            bool first = true;
            while (r.Read())
            {
                string? rowBatch = r.IsDBNull(1) ? null : r.GetString(1);
                if (first)
                {
                    head = rowBatch;
                    first = false;
                }
                else if (!string.Equals(rowBatch, head, StringComparison.Ordinal))
                {
                    break;
                }

                var body = (byte[])r.GetValue(2);
                if (head is null && rows.Count > 0 && bytes + body.Length > maxBytes)
                {
                    break;
                }

                bytes += body.Length;
                rows.Add((r.GetInt64(0), rowBatch, body));
            }
        }
        finally
        {
            _readLock.Release();
        }

        if (rows.Count == 0)
        {
            return null;
        }

        long firstSeq = rows[0].Seq;
        long lastSeq = rows[^1].Seq;
        byte[][] bodies = rows.Select(r => r.Body).ToArray();
        if (rows[0].BatchId is { } existing)
        {
            return new SpooledBatch(Guid.Parse(existing), firstSeq, lastSeq, bodies, bytes);
        }

        Guid batchId = Guid.CreateVersion7(_time.GetUtcNow());
        await Enqueue(new CommandItem((connection, transaction) =>
        {
            using SqliteCommand update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE spool SET batch_id = $batch WHERE seq BETWEEN $first AND $last";
            update.Parameters.AddWithValue("$batch", batchId.ToString("D"));
            update.Parameters.AddWithValue("$first", firstSeq);
            update.Parameters.AddWithValue("$last", lastSeq);
            update.ExecuteNonQuery();
            return 0;
        }, null));
        return new SpooledBatch(batchId, firstSeq, lastSeq, bodies, bytes);
    }

    public Task DeleteAsync(SpooledBatch batch) => Enqueue(new CommandItem((connection, transaction) =>
    {
        DeleteRows(connection, transaction, batch);
        return 0;
    }, () =>
    {
        Interlocked.Add(ref _depthEvents, -batch.Events.Count);
        Interlocked.Add(ref _depthBytes, -batch.Bytes);
    }));

    public Task QuarantineAsync(SpooledBatch batch, int? status, string reason, byte[] body) => Enqueue(new CommandItem((connection, transaction) =>
    {
        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO quarantine(batch_id, quarantined_at, status, reason, event_count, body)
            VALUES ($batch, $at, $status, $reason, $count, $body)
            """;
        insert.Parameters.AddWithValue("$batch", batch.BatchId.ToString("D"));
        insert.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$status", status is null ? DBNull.Value : status.Value);
        insert.Parameters.AddWithValue("$reason", reason);
        insert.Parameters.AddWithValue("$count", batch.Events.Count);
        insert.Parameters.AddWithValue("$body", body);
        insert.ExecuteNonQuery();
        DeleteRows(connection, transaction, batch);
        return 0;
    }, () =>
    {
        Interlocked.Add(ref _depthEvents, -batch.Events.Count);
        Interlocked.Add(ref _depthBytes, -batch.Bytes);
        Interlocked.Increment(ref _quarantinedBatches);
        Interlocked.Add(ref _quarantinedEvents, batch.Events.Count);
    }));

    public async Task<IReadOnlyList<QuarantinedBatch>> ListQuarantineAsync(int max)
    {
        var list = new List<QuarantinedBatch>();
        await _readLock.WaitAsync();
        try
        {
            using SqliteCommand select = _reader.CreateCommand();
            select.CommandText = "SELECT id, batch_id, quarantined_at, status, reason, event_count FROM quarantine ORDER BY id DESC LIMIT $max";
            select.Parameters.AddWithValue("$max", max);
            using SqliteDataReader r = select.ExecuteReader();
            while (r.Read())
            {
                list.Add(new QuarantinedBatch(
                    r.GetInt64(0),
                    Guid.Parse(r.GetString(1)),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
                    r.IsDBNull(3) ? null : r.GetInt32(3),
                    r.GetString(4),
                    r.GetInt32(5)));
            }
        }
        finally
        {
            _readLock.Release();
        }

        return list;
    }

    // Forgets event ids older than the duplicate window, in slices so appends never wait behind one huge delete.
    public async Task<int> PruneSeenAsync(TimeSpan window)
    {
        long cutoff = (_time.GetUtcNow() - window).ToUnixTimeMilliseconds();
        int total = 0;
        while (true)
        {
            int deleted = await Enqueue(new CommandItem((connection, transaction) =>
            {
                using SqliteCommand delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = """
                    DELETE FROM seen_events WHERE event_id IN
                        (SELECT event_id FROM seen_events WHERE seen_at < $cutoff LIMIT 20000)
                    """;
                delete.Parameters.AddWithValue("$cutoff", cutoff);
                return delete.ExecuteNonQuery();
            }, null));
            total += deleted;
            if (deleted < 20000)
            {
                return total;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _work.Writer.TryComplete();
        await _writerLoop;
        _insertSeen.Dispose();
        _insertSpool.Dispose();
        _writer.Dispose();
        _reader.Dispose();
        _readLock.Dispose();
    }

    private static void DeleteRows(SqliteConnection connection, SqliteTransaction transaction, SpooledBatch batch)
    {
        using SqliteCommand delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM spool WHERE seq BETWEEN $first AND $last";
        delete.Parameters.AddWithValue("$first", batch.FirstSeq);
        delete.Parameters.AddWithValue("$last", batch.LastSeq);
        delete.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Task<T> Enqueue<T>(WorkItem<T> item)
    {
        ObjectDisposedException.ThrowIf(!_work.Writer.TryWrite(item), this);

        return item.Task;
    }

    private async Task WriteLoopAsync()
    {
        var items = new List<WorkItem>(MaxItemsPerCommit);
        while (await _work.Reader.WaitToReadAsync())
        {
            items.Clear();
            while (items.Count < MaxItemsPerCommit && _work.Reader.TryRead(out WorkItem? item))
            {
                items.Add(item);
            }

            var pending = new PendingTotals(DepthEvents, DepthBytes);
            try
            {
                using (SqliteTransaction transaction = _writer.BeginTransaction())
                {
                    foreach (WorkItem item in items)
                    {
                        item.Execute(this, transaction, pending);
                    }

                    transaction.Commit();
                }

                foreach (WorkItem item in items)
                {
                    item.Committed(this);
                }
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
            {
                _logger.LogError(ex, "Spool transaction of {Count} items failed; nothing of it was stored", items.Count);
                foreach (WorkItem item in items)
                {
                    item.Fail(ex);
                }
            }
        }
    }

    private sealed class PendingTotals(long events, long bytes)
    {
        public long Events { get; set; } = events;

        public long Bytes { get; set; } = bytes;
    }

    private abstract class WorkItem
    {
        public abstract void Execute(SpoolStore store, SqliteTransaction transaction, PendingTotals pending);

        public abstract void Committed(SpoolStore store);

        public abstract void Fail(Exception exception);
    }

    private abstract class WorkItem<T> : WorkItem
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        protected T? Result { get; set; }

        public override void Committed(SpoolStore store)
        {
            OnCommitted(store);
            _completion.TrySetResult(Result!);
        }

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        protected virtual void OnCommitted(SpoolStore store)
        {
        }
    }

    private sealed class AppendItem(IReadOnlyList<SpoolEntry> entries, long acceptedAt) : WorkItem<AppendResult>
    {
        private long _bytes;
        private int _stored;

        public override void Execute(SpoolStore store, SqliteTransaction transaction, PendingTotals pending)
        {
            long bytes = 0;
            foreach (SpoolEntry entry in entries)
            {
                bytes += entry.Json.Length;
            }

            // Judged on the whole batch before duplicates are known: a batch is stored entirely or not at all.
            if (pending.Events + entries.Count > store._maxEvents || pending.Bytes + bytes > store._maxBytes)
            {
                Result = new AppendResult(AppendStatus.Full, 0, 0);
                return;
            }

            int duplicates = 0;
            store._insertSeen.Transaction = transaction;
            store._insertSpool.Transaction = transaction;
            foreach (SpoolEntry entry in entries)
            {
                if (store._dedupe)
                {
                    store._insertSeen.Parameters[0].Value = entry.EventId;
                    store._insertSeen.Parameters[1].Value = acceptedAt;
                    if (store._insertSeen.ExecuteNonQuery() == 0)
                    {
                        duplicates++;
                        continue;
                    }
                }

                store._insertSpool.Parameters[0].Value = entry.EventId;
                store._insertSpool.Parameters[1].Value = acceptedAt;
                store._insertSpool.Parameters[2].Value = entry.Json;
                store._insertSpool.ExecuteNonQuery();
                _stored++;
                _bytes += entry.Json.Length;
            }

            pending.Events += _stored;
            pending.Bytes += _bytes;
            Result = new AppendResult(AppendStatus.Stored, _stored, duplicates);
        }

        protected override void OnCommitted(SpoolStore store)
        {
            Interlocked.Add(ref store._depthEvents, _stored);
            Interlocked.Add(ref store._depthBytes, _bytes);
        }
    }

    private sealed class CommandItem(Func<SqliteConnection, SqliteTransaction, int> command, Action? onCommitted) : WorkItem<int>
    {
        public override void Execute(SpoolStore store, SqliteTransaction transaction, PendingTotals pending) =>
            Result = command(store._writer, transaction);

        protected override void OnCommitted(SpoolStore store) => onCommitted?.Invoke();
    }
}
