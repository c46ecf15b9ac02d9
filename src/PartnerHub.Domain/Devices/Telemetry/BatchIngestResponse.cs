namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>The hub's 2xx answer to a batch: <c>{ "accepted": n, "duplicates": n, "refused": n }</c>.</summary>
/// <param name="Accepted">Events stored now.</param>
/// <param name="Duplicates">Events (or the whole batch, by <see cref="TelemetryBatch.BatchId"/>) stored before and
/// therefore not stored again.</param>
/// <param name="Refused">Events of appliances the bridge's key is not bound to (hub setting
/// <c>Devices:Ingest:Bridges:n:Appliances</c>): not stored, logged by the hub; the other events of the batch are stored.</param>
public sealed record BatchIngestResponse(int Accepted, int Duplicates, int Refused = 0);
