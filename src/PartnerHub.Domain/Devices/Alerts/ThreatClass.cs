namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>The threat classes the service reports (004 別紙2 §3), the grouping partners and customers see.</summary>
public enum ThreatClass
{
    /// <summary>偵察通信: scans and probes of the customer's network.</summary>
    Reconnaissance,

    /// <summary>不正サイトへのアクセス: redirect, tampered, malvertising, browser-exploit and fingerprinting sites.</summary>
    MaliciousSiteAccess,

    /// <summary>不正ファイルのダウンロード: malware or exploit-kit code downloaded.</summary>
    MaliciousFileDownload,

    /// <summary>マルウェア通信: command and control, ransomware, lateral movement.</summary>
    MalwareCommunication,

    /// <summary>不審な通信: anonymising networks such as Tor.</summary>
    SuspiciousCommunication,

    /// <summary>A signature no rule maps; shown as such so it is looked at rather than hidden.</summary>
    Unclassified,
}

/// <summary>The finer kind within a <see cref="ThreatClass"/> where the terms name one (004 別紙2 §3).</summary>
public enum ThreatKind
{
    /// <summary>No finer kind.</summary>
    None,

    /// <summary>Command-and-control (C&amp;C) communication.</summary>
    CommandAndControl,

    /// <summary>Ransomware activity.</summary>
    Ransomware,

    /// <summary>Lateral movement inside the customer's network.</summary>
    LateralMovement,

    /// <summary>Tor traffic.</summary>
    Tor,
}

/// <summary>Alert severity as the portal shows it, from Suricata's <c>alert.severity</c> (1 highest … 4).</summary>
public enum AlertSeverity
{
    /// <summary>Severity 1.</summary>
    High,

    /// <summary>Severity 2.</summary>
    Medium,

    /// <summary>Severity 3.</summary>
    Low,

    /// <summary>Severity 4 or anything outside 1–3.</summary>
    Informational,
}
