using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using ApplianceBridge.Buffer;
using ApplianceBridge.Forwarding;
using ApplianceBridge.Monitoring;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Ingest;

internal sealed record IngestResponse(int Accepted, int Duplicates, int Skipped, IReadOnlyList<LineRejection> Rejected);

internal sealed record IngestError(string Error);

// POST /api/v1/events: an appliance's NDJSON batch. Checks run cheapest-first (headers, size, key, clock, MAC,
// replay, rate), then every line is parsed on its own and the valid ones are committed to the spool before the
// answer is sent.
internal static class IngestEndpoint
{
    public const string Path = "/api/v1/events";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        ApplianceDirectory appliances,
        ReplayGuard replay,
        ApplianceRateLimiter rateLimiter,
        EveLineParser parser,
        SpoolStore spool,
        ForwarderSignal forwarder,
        BridgeMetrics metrics,
        TimeProvider time,
        IOptions<BridgeOptions> options)
    {
        metrics.Request();
        BridgeOptions o = options.Value;
        HttpRequest request = context.Request;
        string? serial = request.Headers[RequestSignature.SerialHeader];
        string? timestampText = request.Headers[RequestSignature.TimestampHeader];
        string? signatureText = request.Headers[RequestSignature.SignatureHeader];
        if (string.IsNullOrEmpty(serial) || string.IsNullOrEmpty(timestampText) || string.IsNullOrEmpty(signatureText))
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized,
                $"missing {RequestSignature.SerialHeader}, {RequestSignature.TimestampHeader} or {RequestSignature.SignatureHeader} header");
        }

        if (request.ContentLength > o.MaxBodyBytes)
        {
            metrics.RefusedTooLarge();
            return Error(StatusCodes.Status413PayloadTooLarge, $"body of {request.ContentLength} bytes exceeds the limit of {o.MaxBodyBytes} bytes; send smaller batches");
        }

        byte[]? body = await ReadBodyAsync(request, o.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            metrics.RefusedTooLarge();
            return Error(StatusCodes.Status413PayloadTooLarge, $"body exceeds the limit of {o.MaxBodyBytes} bytes; send smaller batches");
        }

        if (!appliances.TryGetKey(serial, out byte[] key))
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized, $"unknown appliance serial '{serial}'");
        }

        long now = time.GetUtcNow().ToUnixTimeSeconds();
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out long timestamp))
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized, $"{RequestSignature.TimestampHeader} must be unix seconds");
        }

        if (Math.Abs(now - timestamp) > o.ClockSkewSeconds)
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized,
                $"{RequestSignature.TimestampHeader} {timestamp} is more than {o.ClockSkewSeconds} s from the bridge clock ({now}); check the appliance's NTP");
        }

        if (!RequestSignature.TryDecode(signatureText, out byte[] signature))
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized, $"{RequestSignature.SignatureHeader} must be a SHA-256 HMAC in hex (64 digits) or base64");
        }

        if (!RequestSignature.Verify(key, timestamp, body, signature))
        {
            metrics.RefusedAuth();
            return Error(StatusCodes.Status401Unauthorized, "signature mismatch: HMAC-SHA256(secret, timestamp + \"\\n\" + body) does not match");
        }

        if (!replay.TryRemember(serial, signature, timestamp, now))
        {
            metrics.RefusedReplay();
            return Error(StatusCodes.Status409Conflict, "replayed request: this signature was already accepted; sign each send with a fresh timestamp");
        }

        using (RateLimitLease lease = rateLimiter.Acquire(serial))
        {
            if (!lease.IsAcquired)
            {
                metrics.RefusedRateLimit();
                replay.Forget(serial, signature);
                if (lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return Error(StatusCodes.Status429TooManyRequests, $"rate limit of {o.RateLimitRequestsPerSecond} requests/s for appliance '{serial}' exceeded; send larger batches less often");
            }
        }

        ParsedBatch parsed = parser.Parse(serial, body, time.GetUtcNow());
        var entries = new SpoolEntry[parsed.Events.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            TelemetryEvent telemetry = parsed.Events[i];
            entries[i] = new SpoolEntry(telemetry.EventId, JsonSerializer.SerializeToUtf8Bytes(telemetry, TelemetryJsonContext.Default.TelemetryEvent));
        }

        var result = new AppendResult(AppendStatus.Stored, 0, 0);
        if (entries.Length > 0)
        {
            result = await spool.AppendAsync(entries);
            if (result.Status == AppendStatus.Full)
            {
                metrics.RefusedSpoolFull();
                replay.Forget(serial, signature);
                return Error(StatusCodes.Status507InsufficientStorage,
                    $"spool full ({spool.DepthEvents} events, {spool.DepthBytes} bytes waiting; caps {spool.MaxEvents} events, {spool.MaxBytes} bytes): the hub is not taking events; retry later");
            }

            forwarder.Notify();
        }

        metrics.Accepted(result.Stored, result.Duplicates, parsed.Rejected.Count, parsed.Skipped);
        var response = new IngestResponse(result.Stored, result.Duplicates, parsed.Skipped, parsed.Rejected);
        // Nothing usable in a non-empty batch: 422 so a shipper notices, with the same per-line report.
        int status = entries.Length == 0 && parsed.Rejected.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Results.Json(response, IngestJsonContext.Default.IngestResponse, statusCode: status);
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new IngestError(message), IngestJsonContext.Default.IngestError, statusCode: status);

    // Reads at most limit bytes; null when the body is longer (chunked bodies have no Content-Length to check first).
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        int capacity = request.ContentLength is long length ? (int)length : 64 * 1024;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 1024) + 1);
        int total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken);
                if (read == 0)
                {
                    return buffer.AsSpan(0, total).ToArray();
                }

                total += read;
                if (total > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
