namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>The hub's receipt of a delivered batch: its id makes a resent batch a no-op.</summary>
/// <param name="BatchId">The bridge's batch id.</param>
/// <param name="BridgeId">The sending bridge.</param>
/// <param name="IngestedAt">When it was stored.</param>
/// <param name="Accepted">Events stored.</param>
/// <param name="Duplicates">Events already stored before.</param>
public sealed record IngestedBatch(Guid BatchId, string BridgeId, DateTimeOffset IngestedAt, int Accepted, int Duplicates);
