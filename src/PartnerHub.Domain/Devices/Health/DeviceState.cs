namespace PartnerHub.Domain.Devices.Health;

/// <summary>What the hub currently believes about an appliance in the field.</summary>
public enum DeviceState
{
    /// <summary>No telemetry has ever arrived (not yet installed, or not yet connected).</summary>
    NeverSeen,

    /// <summary>Reporting and capturing traffic within its limits.</summary>
    Online,

    /// <summary>Reporting, but capturing poorly or beyond the model's limits (drops, bandwidth, endpoints).</summary>
    Degraded,

    /// <summary>Heartbeats arrive but no traffic is captured: the mirror port or cabling is likely wrong.</summary>
    Silent,

    /// <summary>Nothing has arrived for longer than the policy's silence.</summary>
    Offline,
}

/// <summary>Problems found in an otherwise reporting appliance; more than one can hold.</summary>
[Flags]
public enum DeviceIssues
{
    /// <summary>No problem.</summary>
    None = 0,

    /// <summary>Capture drop rate at or above the policy threshold.</summary>
    HighDropRate = 1,

    /// <summary>Monitored bandwidth above the model's limit (1 Gbps for the CTS, 004 別紙2 §2-4).</summary>
    OverBandwidth = 2,

    /// <summary>Monitored endpoints above the model's limit (about 1,000 for the CTS).</summary>
    OverEndpoints = 4,

    /// <summary>The appliance or its sensor restarted within the policy's window.</summary>
    RecentRestart = 8,

    /// <summary>The appliance's clock is further from the bridge's than the policy allows (informational: its records are
    /// still judged by when they arrive, but their times cannot be trusted).</summary>
    ClockSkew = 16,

    /// <summary>The reported sensor software version is older than the version required for the model (informational:
    /// the appliance still captures; vendor operations schedule the update).</summary>
    OutdatedSoftware = 32,

    /// <summary>A version is required for the model but the appliance reported none, or text that is no version.</summary>
    SoftwareVersionUnknown = 64,
}

/// <summary>An appliance's evaluated health.</summary>
/// <param name="State">The state.</param>
/// <param name="Issues">Problems behind <see cref="DeviceState.Degraded"/>, and a recent restart (informational).</param>
public sealed record DeviceHealthAssessment(DeviceState State, DeviceIssues Issues);
