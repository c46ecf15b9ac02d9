using ApplianceBridge.Forwarding;

namespace ApplianceBridge.Shipping;

internal sealed record ShipperSettings(
    string EvePath,
    Uri Bridge,
    string Serial,
    byte[] Secret,
    string StatePath,
    int BatchBytes,
    TimeSpan PollInterval,
    TimeSpan BackoffInitial,
    TimeSpan BackoffMax,
    TimeSpan RotationGrace);

// Tails eve.json and sends its lines to the bridge, at least once: a batch's end position is saved (fsynced) only
// after the bridge acknowledged it, and everything after the saved position is read again after a restart. Lines sent
// twice carry the same event id (SHA-256 of serial and line), so the bridge's duplicate window and the hub store them
// once. Failed sends are retried with exponential backoff and jitter, never dropped.
internal sealed class EveShipper(ShipperSettings settings, HttpClient http, TimeProvider time, ILogger logger)
{
    private readonly ShipperStateFile _state = new(settings.StatePath);
    private readonly BridgeSender _sender = new(http, settings.Serial, settings.Secret, time);
    private readonly Random _jitter = new();

    public long LinesShipped { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        TailPosition? resume = _state.Load();
        using var tail = new EveTail(settings.EvePath, resume, logger, time, settings.RotationGrace);
        logger.LogInformation("Shipping {Eve} as {Serial} to {Bridge} from {Position}", settings.EvePath, settings.Serial, settings.Bridge,
            resume is null ? "the beginning" : $"offset {resume.Offset} of {resume.Path}");
        while (!cancellationToken.IsCancellationRequested)
        {
            TailChunk? chunk = tail.Read(settings.BatchBytes);
            if (chunk is null)
            {
                await Task.Delay(settings.PollInterval, time, cancellationToken);
                continue;
            }

            await DeliverAsync(chunk.Lines, cancellationToken);
            _state.Save(chunk.After);
            LinesShipped += chunk.LineCount;
        }

        // Stopping always ends the same way, whether it came during a wait or between two batches.
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task DeliverAsync(byte[] lines, CancellationToken cancellationToken)
    {
        int attempt = 0;
        while (true)
        {
            SendResult result = await _sender.SendAsync(lines, cancellationToken);
            switch (result.Outcome)
            {
                case SendOutcome.Delivered:
                    ReportRejections(result);
                    return;
                case SendOutcome.TooLarge when SplitAtLine(lines) is ({ } first, { } second):
                    logger.LogInformation("The bridge refused {Bytes} bytes as too large; sending them in two halves", lines.Length);
                    await DeliverAsync(first, cancellationToken);
                    await DeliverAsync(second, cancellationToken);
                    return;
                case SendOutcome.TooLarge:
                    logger.LogError("The bridge refuses a single line of {Bytes} bytes as too large ({Detail}); skipping it", lines.Length, result.Detail);
                    return;
                case SendOutcome.Retry:
                    attempt++;
                    TimeSpan delay = Backoff.Delay(attempt, settings.BackoffInitial, settings.BackoffMax, _jitter);
                    if (result.RetryAfter is { } retryAfter && retryAfter > delay)
                    {
                        delay = retryAfter;
                    }

                    logger.LogWarning("Send to the bridge failed (attempt {Attempt}, {Detail}); retrying in {Delay} ms", attempt, result.Detail, (int)delay.TotalMilliseconds);
                    await Task.Delay(delay, time, cancellationToken);
                    break;
            }
        }
    }

    private void ReportRejections(SendResult result)
    {
        if (result.Answer is { Rejected.Count: > 0 } answer)
        {
            foreach (Ingest.LineRejection rejection in answer.Rejected.Take(10))
            {
                logger.LogWarning("The bridge rejected line {Line} of a batch: {Reason}", rejection.Line, rejection.Reason);
            }
        }
    }

    private static (byte[]? First, byte[]? Second) SplitAtLine(byte[] lines)
    {
        int middle = lines.AsSpan(0, lines.Length / 2).LastIndexOf((byte)'\n');
        if (middle < 0)
        {
            middle = lines.AsSpan(0, lines.Length - 1).IndexOf((byte)'\n');
        }

        return middle < 0 || middle == lines.Length - 1 ? (null, null) : (lines[..(middle + 1)], lines[(middle + 1)..]);
    }
}
