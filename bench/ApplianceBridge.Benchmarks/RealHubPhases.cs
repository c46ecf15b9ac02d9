extern alias hub;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ApplianceBridge.Ingest;
using ApplianceBridge.Simulation;
using hub::PartnerHub.Features.Devices.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Benchmarks;

// The same chain against the REAL hub: its ingest endpoint, TelemetryIngestor (EF Core) and SQLite file.
internal static class RealHubPhases
{
    private const int Appliances = 20;

    // (a) The ceiling of the hub's store: pre-built batches of 1,000 events (the bridge's own parser over simulator
    // lines from 20 registered appliances, fresh random ids per batch) straight into TelemetryIngestor, then the same
    // rows through raw ADO.NET prepared inserts, one transaction per batch, into the same table.
    public static async Task CeilingAsync(string work, int seconds)
    {
        await using RealHub hub = await RealHub.StartAsync(Path.Combine(work, "hub-ceiling.db"), BenchSupport.FreePort(), Appliances);
        TelemetryEvent[] template = Template(1000);
        var ingestor = hub.Services.GetRequiredService<TelemetryIngestor>();
        await ingestor.IngestAsync(new TelemetryBatch("bench", Guid.NewGuid(), Fresh(template)), CancellationToken.None);

        string load = BenchSupport.Load();
        var batchMs = new List<double>();
        long events = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            TelemetryEvent[] batch = Fresh(template);
            long started = Stopwatch.GetTimestamp();
            BatchIngestResponse answer = await ingestor.IngestAsync(new TelemetryBatch("bench", Guid.NewGuid(), batch), CancellationToken.None);
            batchMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            events += answer.Accepted;
        }

        double elapsed = clock.Elapsed.TotalSeconds;
        batchMs.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hub ceiling, TelemetryIngestor, batches of {template.Length}: {events / elapsed:F0} events/s ({batchMs.Count} batches, per batch p50 {ApplianceSimulator.Percentile(batchMs, 0.5):F0} ms, p99 {ApplianceSimulator.Percentile(batchMs, 0.99):F0} ms) [{load} → {BenchSupport.Load()}]"));

        load = BenchSupport.Load();
        (long rawEvents, double rawSeconds, List<double> rawMs) = await RawInsertsAsync(hub.ConnectionString, template, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hub ceiling, raw ADO.NET prepared INSERT, one transaction per {template.Length}: {rawEvents / rawSeconds:F0} events/s ({rawMs.Count} batches, per batch p50 {ApplianceSimulator.Percentile(rawMs, 0.5):F0} ms, p99 {ApplianceSimulator.Percentile(rawMs, 0.99):F0} ms) [{load} → {BenchSupport.Load()}]"));
        await using var count = new SqliteConnection(hub.ConnectionString);
        await count.OpenAsync();
        await using SqliteCommand total = count.CreateCommand();
        total.CommandText = "SELECT COUNT(*) FROM SensorEvents";
        long rows = (long)(await total.ExecuteScalarAsync())!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (SensorEvents rows at the end: {rows})"));
    }

    // (b) and (c): simulator → bridge (child process) → real hub. Throughput is what the hub's file holds, observed by a
    // reader polling SensorEvents by rowid every 20 ms; latency is from the appliance's 200 to that reader's first sight.
    public static async Task EndToEndAsync(string work, int seconds, int rate, int batchSize, bool measureLatency)
    {
        await using RealHub hub = await RealHub.StartAsync(Path.Combine(work, $"hub-e2e-{rate}.db"), BenchSupport.FreePort(), Appliances);
        string credentials = Path.Combine(work, "appliances.txt");
        IReadOnlyList<(string Serial, byte[] Key)> appliances = ApplianceSimulator.EnsureCredentials(credentials, Appliances);
        var url = new Uri($"http://127.0.0.1:{BenchSupport.FreePort()}");
        using Process bridge = BenchSupport.StartBridge(url, hub.Url, RealHub.ApiKey, Path.Combine(work, $"hub-e2e-{rate}-spool.db"), credentials);
        try
        {
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            await BenchSupport.WaitForBridgeAsync(http);
            await using var watcher = await HubWatcher.StartAsync(hub.ConnectionString, recordIds: measureLatency);

            var acknowledgements = new ConcurrentQueue<(string EventId, long At)>();
            Action<string, byte[], long>? onAck = measureLatency
                ? (serial, body, at) =>
                {
                    int start = 0;
                    while (start < body.Length)
                    {
                        int end = Array.IndexOf(body, (byte)'\n', start);
                        acknowledgements.Enqueue((TelemetryEventId.Derive(serial, body.AsSpan(start, end - start)), at));
                        start = end + 1;
                    }
                }
            : null;
            string load = BenchSupport.Load();
            DateTimeOffset runStarted = TimeProvider.System.GetUtcNow();
            var settings = new SimulatorSettings(appliances.Count, rate, seconds, batchSize, url, credentials);
            long sendStarted = Stopwatch.GetTimestamp();
            SimulatorReport report = await ApplianceSimulator.RunAsync(settings, appliances, http, onAck, CancellationToken.None);
            double sendSeconds = Stopwatch.GetElapsedTime(sendStarted).TotalSeconds;
            long storedWhileSending = watcher.Count;
            string loadAtEnd = BenchSupport.Load();
            await BenchSupport.WaitForAsync(() => Task.FromResult(watcher.Count >= report.EventsAccepted), TimeSpan.FromSeconds(300));
            double allStoredSeconds = Stopwatch.GetElapsedTime(sendStarted).TotalSeconds;
            string statuses = string.Join(", ", report.Statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}×{s.Value}")));
            double steady = watcher.RateBetween(sendSeconds * 0.25, sendSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"REAL hub end to end, offered {rate} events/s from {Appliances} appliances in batches of {batchSize} for {seconds} s: bridge accepted {report.EventsAccepted / report.ElapsedSeconds:F0} events/s ({report.EventsAccepted} events, {statuses}); appliance ack p50 {report.AckP50Milliseconds:F1} ms, p99 {report.AckP99Milliseconds:F1} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  hub stored {storedWhileSending / sendSeconds:F0} events/s while the load ran (steady state from 25% of the window: {steady:F0} events/s); all {watcher.Count} stored {allStoredSeconds - sendSeconds:F1} s after the last send = {watcher.Count / allStoredSeconds:F0} events/s overall [{load} → {loadAtEnd}]"));
            if (measureLatency)
            {
                var latencies = new List<double>();
                var steadyLatencies = new List<double>();
                long steadyFrom = sendStarted + (long)(Stopwatch.Frequency * sendSeconds * 0.25);
                int missing = 0;
                foreach ((string id, long at) in acknowledgements)
                {
                    if (watcher.TryGetFirstSeen(id, out long seen))
                    {
                        double latency = Math.Max(0, Stopwatch.GetElapsedTime(at, seen).TotalMilliseconds);
                        latencies.Add(latency);
                        if (at >= steadyFrom)
                        {
                            steadyLatencies.Add(latency);
                        }
                    }
                    else
                    {
                        missing++;
                    }
                }

                latencies.Sort();
                steadyLatencies.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  ack → visible in the hub DB at {rate} events/s over {latencies.Count} events (missing {missing}): p50 {ApplianceSimulator.Percentile(latencies, 0.5):F0} ms, p99 {ApplianceSimulator.Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms (poll every {HubWatcher.PollMilliseconds} ms)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  the same for the {steadyLatencies.Count} events acknowledged after the first 25% of the window (warm-up excluded): p50 {ApplianceSimulator.Percentile(steadyLatencies, 0.5):F0} ms, p99 {ApplianceSimulator.Percentile(steadyLatencies, 0.99):F0} ms"));
            }

            await using var db = hub.SystemContext();
            long rows = await db.SensorEvents.LongCountAsync(e => e.IngestedAt >= runStarted);
            var receipts = await db.IngestedBatches.Where(b => b.BridgeId == "bridge-1").ToListAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  hub rows from this run: {rows} (bridge accepted {report.EventsAccepted}); {receipts.Count} hub batches, accepted {receipts.Sum(r => (long)r.Accepted)}, duplicates {receipts.Sum(r => (long)r.Duplicates)}"));
        }
        finally
        {
            bridge.Kill();
            await bridge.WaitForExitAsync();
        }
    }

    internal static TelemetryEvent[] Template(int count)
    {
        var parser = new EveLineParser(Options.Create(new BridgeOptions()));
        var events = new List<TelemetryEvent>(count);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        int perAppliance = count / Appliances;
        for (int i = 0; i < Appliances; i++)
        {
            string serial = string.Create(CultureInfo.InvariantCulture, $"SIM-{i + 1:D4}");
            byte[] body = new EveGenerator(serial, i + 1).NextBatch(perAppliance, now);
            events.AddRange(parser.Parse(serial, body, now).Events);
        }

        return [.. events];
    }

    internal static TelemetryEvent[] Fresh(TelemetryEvent[] template) =>
        template.Select(e => e with { EventId = Guid.NewGuid().ToString("N") }).ToArray();

    private static async Task<(long Events, double Seconds, List<double> BatchMs)> RawInsertsAsync(string connectionString, TelemetryEvent[] template, int seconds)
    {
        string[] columns =
        [
            "EventId", "BatchId", "ApplianceSerial", "ApplianceId", "PartnerId", "ContractId", "CustomerId", "Kind", "EveEventType", "ObservedAt",
            "ReceivedAt", "IngestedAt", "SignatureId", "Signature", "Category", "Severity", "ThreatClass", "ThreatKind", "SourceIp", "SourcePort",
            "DestinationIp", "DestinationPort", "Protocol", "AppProtocol", "UptimeSeconds", "RawJson",
        ];
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO SensorEvents ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var p = columns.ToDictionary(c => c, c => insert.Parameters.Add("$" + c, SqliteType.Text));
        insert.Prepare();
        var link = new ApplianceLink(Guid.NewGuid(), "SIM-0001", "CTS", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        // Mapped (and alerts classified) once, before the clock: this figure is SQLite's inserts alone; each batch
        // gets fresh random event ids.
        SensorEvent[] rows = template.Select(t => SensorEvent.From(t, Guid.NewGuid(), link, TimeProvider.System.GetUtcNow(), ThreatClassifier.Default)).ToArray();
        var batchMs = new List<double>();
        long events = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            long started = Stopwatch.GetTimestamp();
            string batchId = Guid.NewGuid().ToString();
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                insert.Transaction = (SqliteTransaction)transaction;
                foreach (SensorEvent row in rows)
                {
                    p["EventId"].Value = Guid.NewGuid().ToString("N");
                    p["BatchId"].Value = batchId;
                    p["ApplianceSerial"].Value = row.ApplianceSerial;
                    p["ApplianceId"].Value = row.ApplianceId.ToString();
                    p["PartnerId"].Value = row.PartnerId.ToString();
                    p["ContractId"].Value = row.ContractId.ToString();
                    p["CustomerId"].Value = row.CustomerId.ToString();
                    p["Kind"].Value = row.Kind.ToString();
                    p["EveEventType"].Value = row.EveEventType;
                    p["ObservedAt"].Value = row.ObservedAt.UtcTicks;
                    p["ReceivedAt"].Value = row.ReceivedAt.UtcTicks;
                    p["IngestedAt"].Value = row.IngestedAt.UtcTicks;
                    p["SignatureId"].Value = (object?)row.SignatureId ?? DBNull.Value;
                    p["Signature"].Value = (object?)row.Signature ?? DBNull.Value;
                    p["Category"].Value = (object?)row.Category ?? DBNull.Value;
                    p["Severity"].Value = (object?)row.Severity?.ToString() ?? DBNull.Value;
                    p["ThreatClass"].Value = (object?)row.ThreatClass?.ToString() ?? DBNull.Value;
                    p["ThreatKind"].Value = (object?)row.ThreatKind?.ToString() ?? DBNull.Value;
                    p["SourceIp"].Value = (object?)row.SourceIp ?? DBNull.Value;
                    p["SourcePort"].Value = (object?)row.SourcePort ?? DBNull.Value;
                    p["DestinationIp"].Value = (object?)row.DestinationIp ?? DBNull.Value;
                    p["DestinationPort"].Value = (object?)row.DestinationPort ?? DBNull.Value;
                    p["Protocol"].Value = (object?)row.Protocol ?? DBNull.Value;
                    p["AppProtocol"].Value = (object?)row.AppProtocol ?? DBNull.Value;
                    p["UptimeSeconds"].Value = (object?)row.UptimeSeconds ?? DBNull.Value;
                    p["RawJson"].Value = row.RawJson;
                    await insert.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }

            batchMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            events += rows.Length;
        }

        double elapsed = clock.Elapsed.TotalSeconds;
        batchMs.Sort();
        return (events, elapsed, batchMs);
    }
}

// A reader of the hub's file, as a desk page would be: every 20 ms, the SensorEvents rows committed since last time.
internal sealed class HubWatcher : IAsyncDisposable
{
    public const int PollMilliseconds = 20;

    private readonly SqliteConnection _connection;
    private readonly bool _recordIds;
    private readonly ConcurrentDictionary<string, long> _firstSeen = new(StringComparer.Ordinal);
    private readonly List<(double Seconds, long Count)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private Task _loop = Task.CompletedTask;
    private long _lastRowId;
    private long _count;

    private HubWatcher(SqliteConnection connection, bool recordIds)
    {
        _connection = connection;
        _recordIds = recordIds;
    }

    public long Count => Interlocked.Read(ref _count);

    public static async Task<HubWatcher> StartAsync(string connectionString, bool recordIds)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var watcher = new HubWatcher(connection, recordIds);
        await using (SqliteCommand max = connection.CreateCommand())
        {
            max.CommandText = "SELECT IFNULL(MAX(rowid), 0) FROM SensorEvents";
            watcher._lastRowId = (long)(await max.ExecuteScalarAsync())!;
        }

        watcher._loop = Task.Run(watcher.LoopAsync);
        return watcher;
    }

    public bool TryGetFirstSeen(string eventId, out long timestamp) => _firstSeen.TryGetValue(eventId, out timestamp);

    // Events per second stored between two points of the watch (seconds since it started).
    public double RateBetween(double from, double to)
    {
        lock (_samples)
        {
            var a = _samples.LastOrDefault(s => s.Seconds <= from);
            var b = _samples.LastOrDefault(s => s.Seconds <= to);
            return b.Seconds > a.Seconds ? (b.Count - a.Count) / (b.Seconds - a.Seconds) : 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        await using SqliteCommand query = _connection.CreateCommand();
        query.CommandText = _recordIds
            ? "SELECT rowid, EventId FROM SensorEvents WHERE rowid > $last ORDER BY rowid"
            : "SELECT rowid, NULL FROM SensorEvents WHERE rowid > $last ORDER BY rowid";
        SqliteParameter last = query.Parameters.Add("$last", SqliteType.Integer);
        while (!_stop.IsCancellationRequested)
        {
            last.Value = _lastRowId;
            long found = 0;
            await using (SqliteDataReader reader = await query.ExecuteReaderAsync())
            {
                long now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync())
                {
                    _lastRowId = reader.GetInt64(0);
                    found++;
                    if (_recordIds)
                    {
                        _firstSeen.TryAdd(reader.GetString(1), now);
                    }
                }
            }

            Interlocked.Add(ref _count, found);
            lock (_samples)
            {
                _samples.Add((Stopwatch.GetElapsedTime(_started).TotalSeconds, Count));
            }

            try
            {
                await Task.Delay(PollMilliseconds, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
