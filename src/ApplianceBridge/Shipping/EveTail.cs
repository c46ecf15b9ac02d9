using Microsoft.Win32.SafeHandles;

namespace ApplianceBridge.Shipping;

// Complete lines read from an eve.json, and the position just after them.
internal sealed record TailChunk(byte[] Lines, int LineCount, TailPosition After);

// Reads an eve.json as Suricata writes it: complete lines only (a last line without its newline waits for it), across
// rotations by rename (the old file is read to its end under its new name before the new eve.json is started) and by
// copytruncate (the rest is read from the copy, found by the bytes before the position, then the live file from its
// start). A position from ShipperStateFile resumes where shipping stood, also in a file rotated while the shipper was
// down, found by device, inode and size rather than by name (and checked by the bytes before the position). When a
// rotated file is finished, the rotated files written after it (several rotations while the shipper was down or
// behind) are read oldest first before the live file. Reading does not move the stored position: the caller saves Chunk.After once the bridge has the lines.
internal sealed class EveTail : IDisposable
{
    private const int ScanBlock = 64 * 1024;

    private readonly string _livePath;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _rotationGrace;
    private SafeFileHandle? _handle;
    private string _path;
    private FileIdentity _identity;
    private long _offset;
    private byte[] _fingerprint = [];

    // Reading a file that is no longer eve.json (renamed away, or the copy made by copytruncate) to its end.
    private bool _draining;
    private DateTimeOffset _drainProgressAt;

    public EveTail(string livePath, TailPosition? resumeFrom, ILogger logger, TimeProvider time, TimeSpan rotationGrace)
    {
        _livePath = Path.GetFullPath(livePath);
        _path = _livePath;
        _logger = logger;
        _time = time;
        _rotationGrace = rotationGrace;
        if (resumeFrom is not null)
        {
            Resume(resumeFrom);
        }
    }

    public TailPosition? Position => _handle is null ? null : new TailPosition(_path, _identity, _offset, _fingerprint);

    public void Dispose() => _handle?.Dispose();

    // The next complete lines (at most maxBytes of them, unless a single line is longer), or null when there are none yet.
    public TailChunk? Read(int maxBytes)
    {
        // Each pass changes file or position; a handful is enough for rotation + truncation in one look.
        for (int pass = 0; pass < 8; pass++)
        {
            if (_handle is null && !OpenLive(0, []))
            {
                return null;
            }

            ReadResult result = ReadLines(maxBytes, out TailChunk? chunk);
            switch (result)
            {
                case ReadResult.Lines:
                    _drainProgressAt = _time.GetUtcNow();
                    return chunk;
                case ReadResult.Moved:
                    continue;
                case ReadResult.Truncated:
                    ContinueAfterTruncation();
                    continue;
                case ReadResult.Nothing:
                    break;
            }

            if (_draining)
            {
                if (!DrainFinished())
                {
                    return null;
                }

                TailChunk? last = UnterminatedRest();
                if (last is not null)
                {
                    return last;
                }

                _logger.LogInformation("Finished {Path} ({Identity}) at offset {Offset}", _path, _identity, _offset);
                ContinueAfterFinishedFile();
                continue;
            }

            // Renamed away (eve.json missing until the writer reopens it, or another file) is a rotation.
            if (FileIdentity.OfPath(_livePath) == _identity)
            {
                return null;
            }

            _logger.LogInformation("{Live} was rotated: reading {Identity} to its end first", _livePath, _identity);
            _draining = true;
            _drainProgressAt = _time.GetUtcNow();
        }

        return null;
    }

    private enum ReadResult
    {
        Lines,
        Nothing,
        Moved,
        Truncated,
    }

    private ReadResult ReadLines(int maxBytes, out TailChunk? chunk)
    {
        chunk = null;
        long length = RandomAccess.GetLength(_handle!);
        if (length < _offset)
        {
            return ReadResult.Truncated;
        }

        int before = TailPosition.SpanBefore(_offset);
        long start = _offset - before;
        int wanted = (int)Math.Min(maxBytes + (long)before, length - start);
        byte[] buffer = new byte[wanted];
        int read = ReadFully(start, buffer);
        if (read < before || (before > 0 && !TailPosition.FingerprintOf(buffer.AsSpan(0, before), _offset).AsSpan().SequenceEqual(_fingerprint)))
        {
            return ReadResult.Truncated;
        }

        ReadOnlySpan<byte> fresh = buffer.AsSpan(before, read - before);
        int lastNewline = fresh.LastIndexOf((byte)'\n');
        if (lastNewline < 0)
        {
            return fresh.Length >= maxBytes && SkipOverlongLine(maxBytes) ? ReadResult.Moved : ReadResult.Nothing;
        }

        byte[] lines = fresh[..(lastNewline + 1)].ToArray();
        Advance(buffer.AsSpan(0, before + lastNewline + 1), lastNewline + 1);
        chunk = new TailChunk(lines, lines.AsSpan().Count((byte)'\n'), Position!);
        return ReadResult.Lines;
    }

    // A line longer than a whole batch cannot be sent (the bridge takes at most MaxBodyBytes, the hub keeps at most
    // 64 KiB per line): skip it once its end is written, and say so.
    private bool SkipOverlongLine(int maxBytes)
    {
        long length = RandomAccess.GetLength(_handle!);
        byte[] block = new byte[ScanBlock];
        for (long at = _offset + maxBytes; at < length; at += ScanBlock)
        {
            int read = ReadFully(at, block);
            int newline = block.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                long end = at + newline + 1;
                _logger.LogWarning("Skipped a line of {Bytes} bytes at offset {Offset} of {Path}: longer than a batch ({Max} bytes)", end - _offset, _offset, _path, maxBytes);
                byte[] tail = new byte[TailPosition.SpanBefore(end)];
                ReadFully(end - tail.Length, tail);
                _offset = end;
                _fingerprint = TailPosition.FingerprintOf(tail, end);
                return true;
            }
        }

        return false;
    }

    // The writer is done with a rotated file once the new eve.json has data (Suricata reopened it after SIGHUP) or the
    // old one has not grown for the grace period.
    private bool DrainFinished()
    {
        FileIdentity? live = FileIdentity.OfPath(_livePath);
        var liveFile = new FileInfo(_livePath);
        if (live is not null && live != _identity && liveFile.Exists && liveFile.Length > 0)
        {
            return true;
        }

        return _time.GetUtcNow() - _drainProgressAt >= _rotationGrace;
    }

    // A rotated file's last line without a newline will never be finished: send it as it is; the bridge reports it as
    // a rejected line if it is broken.
    private TailChunk? UnterminatedRest()
    {
        long length = RandomAccess.GetLength(_handle!);
        if (length <= _offset)
        {
            return null;
        }

        int before = TailPosition.SpanBefore(_offset);
        byte[] buffer = new byte[before + (length - _offset)];
        int read = ReadFully(_offset - before, buffer) - before;
        _logger.LogWarning("{Path} ended with {Bytes} bytes without a newline; sending them as its last line", _path, read);
        Advance(buffer.AsSpan(0, before + read), read);
        return new TailChunk([.. buffer.AsSpan(before, read), (byte)'\n'], 1, Position!);
    }

    private void Advance(ReadOnlySpan<byte> spanBeforeThenConsumed, int consumed)
    {
        _offset += consumed;
        _fingerprint = TailPosition.FingerprintOf(spanBeforeThenConsumed, _offset);
    }

    // The rotated files written after the finished one come next, oldest first, then eve.json. Each rotation leaves its
    // file when the writer moves on, so a later file's last write is later (a file nothing was written to may sort
    // anywhere: it has no lines to lose); files last written in the same clock tick are ordered by their rotation name.
    private void ContinueAfterFinishedFile()
    {
        var finished = new RotatedFile(_path, _identity, File.GetLastWriteTimeUtc(_handle!));
        CloseCurrent();
        _draining = false;
        List<Candidate> rotated = RotatedFiles();
        try
        {
            // The finished file may have been renamed again while it was read (eve.json.1 became eve.json.2).
            string finishedName = rotated.FirstOrDefault(c => c.Identity == finished.Identity)?.Path ?? finished.Path;
            finished = finished with { Path = finishedName };
            Candidate? next = rotated
                .Where(c => c.Identity != finished.Identity && RotatedFile.Compare(c.File, finished) > 0)
                .OrderBy(c => c.File, RotatedFile.Order)
                .FirstOrDefault();
            if (next is null)
            {
                _logger.LogInformation("Continuing with {Live}", _livePath);
                return;
            }

            _logger.LogInformation("{Next} ({Identity}) was rotated after it and is not shipped yet: reading it before {Live}", next.Path, next.Identity, _livePath);
            rotated.Remove(next);
            Adopt(next.Path, next.Handle, next.Identity, 0, []);
            _draining = true;
            _drainProgressAt = _time.GetUtcNow();
        }
        finally
        {
            rotated.ForEach(c => c.Handle.Dispose());
        }
    }

    // copytruncate: the lines after the position are in the copy, if the copy is still next to eve.json.
    private void ContinueAfterTruncation()
    {
        if (_offset > 0 && FindRotated(candidate => candidate.Identity != _identity && Continues(candidate.Handle)) is { } copy)
        {
            _logger.LogInformation("{Path} was truncated at offset {Offset}; reading the rest from its copy {Copy}", _path, _offset, copy.Path);
            (long offset, byte[] fingerprint) = (_offset, _fingerprint);
            CloseCurrent();
            Adopt(copy.Path, copy.Handle, copy.Identity, offset, fingerprint);
            _draining = true;
            _drainProgressAt = _time.GetUtcNow();
            return;
        }

        if (_offset > 0)
        {
            _logger.LogWarning("{Path} was truncated or replaced at offset {Offset} and no rotated copy continues it; reading it from the start", _path, _offset);
        }

        if (_draining)
        {
            CloseCurrent();
            _draining = false;
            return;
        }

        _offset = 0;
        _fingerprint = [];
    }

    private bool Continues(SafeFileHandle candidate)
    {
        long length = RandomAccess.GetLength(candidate);
        if (length < _offset)
        {
            return false;
        }

        byte[] bytes = new byte[TailPosition.SpanBefore(_offset)];
        return RandomAccess.Read(candidate, bytes, _offset - bytes.Length) == bytes.Length
            && TailPosition.FingerprintOf(bytes, _offset).AsSpan().SequenceEqual(_fingerprint);
    }

    private void Resume(TailPosition position)
    {
        FileIdentity? live = FileIdentity.OfPath(_livePath);
        if (live == position.Identity && OpenLive(position.Offset, position.Fingerprint))
        {
            return;
        }

        // Rotated while the shipper was down: finish that file first, wherever the rotation put it. (An inode is reused once
        // its file is deleted; reading checks the bytes before the position, so a stranger with that inode is not read.)
        if (FindRotated(candidate => candidate.Identity == position.Identity && RandomAccess.GetLength(candidate.Handle) >= position.Offset, position.Path) is { } rotated)
        {
            _logger.LogInformation("Resuming in rotated {Path} at offset {Offset}", rotated.Path, position.Offset);
            Adopt(rotated.Path, rotated.Handle, rotated.Identity, position.Offset, position.Fingerprint);
            _draining = true;
            _drainProgressAt = _time.GetUtcNow();
            return;
        }

        _logger.LogWarning("The file shipping stood in ({Path}, {Identity}, offset {Offset}) is gone; starting {Live} from its beginning. Lines written to it after that offset were not shipped.",
            position.Path, position.Identity, position.Offset, _livePath);
    }

    private sealed record Candidate(string Path, SafeFileHandle Handle, FileIdentity Identity)
    {
        public RotatedFile File { get; } = new(Path, Identity, System.IO.File.GetLastWriteTimeUtc(Handle));
    }

    // Every readable rotation of eve.json, open; the caller disposes them.
    private List<Candidate> RotatedFiles()
    {
        var files = new List<Candidate>();
        foreach (string path in RotatedPaths())
        {
            try
            {
                SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                files.Add(new Candidate(path, handle, FileIdentity.Of(handle)));
            }
            catch (IOException)
            {
                // rotated away or deleted since the listing
            }
        }

        return files;
    }

    // Files next to eve.json named like its rotations (eve.json.1, eve.json-20261206, …; compressed ones cannot be read).
    private IEnumerable<string> RotatedPaths()
    {
        string directory = Path.GetDirectoryName(_livePath)!;
        string name = Path.GetFileName(_livePath);
        return Directory.EnumerateFiles(directory, name + "*")
            .Where(p => !string.Equals(p, _livePath, StringComparison.Ordinal) && !IsCompressed(p));
    }

    private Candidate? FindRotated(Func<Candidate, bool> matches, string? firstTry = null)
    {
        IEnumerable<string> paths = RotatedPaths().OrderByDescending(File.GetLastWriteTimeUtc);
        if (firstTry is not null && File.Exists(firstTry))
        {
            paths = paths.Prepend(firstTry);
        }

        foreach (string path in paths.Distinct(StringComparer.Ordinal))
        {
            SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (IOException)
            {
                continue;
            }

            var candidate = new Candidate(path, handle, FileIdentity.Of(handle));
            if (matches(candidate))
            {
                return candidate;
            }

            handle.Dispose();
        }

        return null;
    }

    private static bool IsCompressed(string path) =>
        path.EndsWith(".gz", StringComparison.Ordinal) || path.EndsWith(".xz", StringComparison.Ordinal)
        || path.EndsWith(".bz2", StringComparison.Ordinal) || path.EndsWith(".zst", StringComparison.Ordinal);

    private bool OpenLive(long offset, byte[] fingerprint)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(_livePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return false;
        }

        Adopt(_livePath, handle, FileIdentity.Of(handle), offset, fingerprint);
        return true;
    }

    private void Adopt(string path, SafeFileHandle handle, FileIdentity identity, long offset, byte[] fingerprint)
    {
        _handle = handle;
        _path = path;
        _identity = identity;
        _offset = offset;
        _fingerprint = fingerprint;
    }

    private void CloseCurrent()
    {
        _handle?.Dispose();
        _handle = null;
        _path = _livePath;
        _offset = 0;
        _fingerprint = [];
    }

    private int ReadFully(long at, byte[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = RandomAccess.Read(_handle!, buffer.AsSpan(total), at + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
