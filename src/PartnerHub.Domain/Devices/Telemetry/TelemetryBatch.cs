namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// The body of <c>POST /api/bridge/v1/batches</c> (see <see cref="BridgeIngestContract"/>): events a bridge relays to
/// the hub. A bridge resends a batch after a failure with the same <see cref="BatchId"/> and the same events.
/// </summary>
/// <param name="BridgeId">The sending bridge's configured name, for diagnostics; the API key authenticates it.</param>
/// <param name="BatchId">Idempotency key: a batch id the hub has already stored is answered 2xx without storing again.</param>
/// <param name="Events">Events in the order the bridge accepted them; each is also idempotent by its
/// <see cref="TelemetryEvent.EventId"/>.</param>
public sealed record TelemetryBatch(
    string BridgeId,
    Guid BatchId,
    IReadOnlyList<TelemetryEvent> Events);
