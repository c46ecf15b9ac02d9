namespace PartnerHub.Domain.Devices.Health;

/// <summary>A change of an appliance's state (or a restart), kept as its history and the basis of notifications.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="PartnerId">Partner at the time (tenant).</param>
/// <param name="At">When the change was noticed.</param>
/// <param name="From">Previous state.</param>
/// <param name="To">New state (equal to <paramref name="From"/> for a restart).</param>
/// <param name="Issues">Issues at the time.</param>
/// <param name="Restart">True when this records a restart rather than a state change.</param>
public sealed record DeviceStateChange(Guid Id, Guid ApplianceId, Guid? PartnerId, DateTimeOffset At, DeviceState From, DeviceState To, DeviceIssues Issues, bool Restart);
