namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>The hub's 2xx answer to a batch: <c>{ "accepted": n, "duplicates": n }</c>.</summary>
/// <param name="Accepted">Events stored now.</param>
/// <param name="Duplicates">Events (or the whole batch, by <see cref="TelemetryBatch.BatchId"/>) stored before and
/// therefore not stored again.</param>
public sealed record BatchIngestResponse(int Accepted, int Duplicates);
