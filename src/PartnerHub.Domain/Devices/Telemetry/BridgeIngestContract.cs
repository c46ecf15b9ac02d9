namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// The hub's ingest endpoint that ApplianceBridge instances call, defined once for both sides.
/// <list type="bullet">
/// <item><description><c>POST /api/bridge/v1/batches</c> (<see cref="BatchesPath"/>), <c>Content-Type: application/json</c>,
/// body a <see cref="TelemetryBatch"/> serialized with <see cref="TelemetryJsonContext"/> (camelCase, enums as camelCase
/// names, nulls omitted).</description></item>
/// <item><description><c>Authorization: Bearer &lt;bridge api key&gt;</c>. The idempotency key of a batch is its
/// <see cref="TelemetryBatch.BatchId"/>, also sent in the <see cref="IdempotencyKeyHeader"/> header so proxies and logs
/// can see it; the body is authoritative.</description></item>
/// <item><description>2xx with a <see cref="BatchIngestResponse"/> body: delivered. The hub is idempotent by batch id and by
/// <see cref="TelemetryEvent.EventId"/>: a resent batch or event is counted in <c>duplicates</c>, never stored twice.</description></item>
/// <item><description>408, 429, 5xx, a timeout or a network error: not delivered; the bridge retries the same batch later
/// (exponential backoff with jitter, circuit breaker).</description></item>
/// <item><description>Any other 4xx (400 malformed, 401/403 key refused, 413 too large, 422 rejected): undeliverable as sent;
/// the bridge quarantines the batch with the status and the response text as the reason.</description></item>
/// </list>
/// </summary>
public static class BridgeIngestContract
{
    /// <summary>Path of the hub's batch ingest endpoint.</summary>
    public const string BatchesPath = "/api/bridge/v1/batches";

    /// <summary>Default of the largest request body the hub takes (hub <c>Devices:Ingest:MaxRequestBytes</c>, 32 MiB); a
    /// bridge keeps its batches under it (<c>ApplianceBridge:ForwardBatchMaxBytes</c>).</summary>
    public const long DefaultMaxRequestBytes = 32L * 1024 * 1024;

    /// <summary>Default of the most events the hub takes in one batch (hub <c>Devices:Ingest:MaxEventsPerBatch</c>); the
    /// bridge's <c>ForwardBatchSize</c> defaults to it.</summary>
    public const int DefaultMaxEventsPerBatch = 5000;

    /// <summary>Header carrying <see cref="TelemetryBatch.BatchId"/> (also in the body).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Classifies the hub's HTTP status code; a missing answer (timeout, refused connection) is
    /// <see cref="DeliveryOutcome.Retry"/> too.</summary>
    /// <param name="statusCode">The HTTP status code of the hub's response.</param>
    /// <returns>What the bridge does with the batch.</returns>
    public static DeliveryOutcome Classify(int statusCode) => statusCode switch
    {
        >= 200 and < 300 => DeliveryOutcome.Delivered,
        408 or 429 => DeliveryOutcome.Retry,
        >= 500 => DeliveryOutcome.Retry,
        _ => DeliveryOutcome.Undeliverable,
    };
}
