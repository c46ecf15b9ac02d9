using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.ScaleData.Catalogues;

/// <summary>Which side starts the flow an alert fires on.</summary>
internal enum FlowDirection
{
    /// <summary>From the internet to the customer's network (scans, probes).</summary>
    Inbound,

    /// <summary>From a customer host to the internet (downloads, C&amp;C, Tor).</summary>
    Outbound,

    /// <summary>Between customer hosts (lateral movement).</summary>
    Internal,
}

/// <summary>
/// One ET Open style rule as a sensor reports it, the threat class the hub's classifier must give it, the flow it fires
/// on, and how common it is among a fleet's alerts.
/// </summary>
internal sealed record SuricataRule(
    long SignatureId,
    int Revision,
    string Signature,
    string Category,
    int Severity,
    ThreatClass ExpectedClass,
    FlowDirection Direction,
    string Protocol,
    string? AppProtocol,
    int DestinationPort,
    double Weight,
    string? Host = null);

/// <summary>
/// The rules the generated alerts come from: scans dominate a sensor's alerts, policy and info rules (unclassified) are
/// next, real malware traffic is rare. Every threat class the service reports appears.
/// </summary>
internal static class SuricataRules
{
    public static IReadOnlyList<SuricataRule> All { get; } =
    [
        new(2001219, 20, "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", "ssh", 22, 14),
        new(2002911, 6, "ET SCAN Potential VNC Scan 5900-5920", "Attempted Information Leak", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", null, 5900, 6),
        new(2009582, 3, "ET SCAN NMAP -sS window 1024", "Attempted Information Leak", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", null, 443, 5),
        new(2024364, 4, "ET SCAN Possible Nmap User-Agent Observed", "Web Application Attack", 1, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", "http", 80, 4),
        new(2010935, 3, "ET SCAN Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", null, 1433, 5),
        new(2010937, 3, "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", null, 3306, 4),
        new(2023753, 2, "ET SCAN MS Terminal Server Traffic on Non-standard Port", "Attempted Information Leak", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "TCP", "rdp", 3389, 5),
        new(2011716, 5, "ET SCAN Sipvicious User-Agent Detected (friendly-scanner)", "Attempted Information Leak", 2, ThreatClass.Reconnaissance, FlowDirection.Inbound, "UDP", "sip", 5060, 3),
        new(2027397, 2, "ET INFO Observed DNS Query to .cloud TLD", "Potentially Bad Traffic", 3, ThreatClass.Unclassified, FlowDirection.Outbound, "UDP", "dns", 53, 7, "files.sync.cloud"),
        new(2012647, 4, "ET POLICY Dropbox.com Offsite File Backup in Use", "Potential Corporate Privacy Violation", 3, ThreatClass.Unclassified, FlowDirection.Outbound, "TCP", "tls", 443, 6, "client.dropbox.com"),
        new(2016149, 3, "ET INFO Session Traversal Utilities for NAT (STUN Binding Request)", "Attempted User Privilege Gain", 3, ThreatClass.Unclassified, FlowDirection.Outbound, "UDP", "stun", 3478, 4),
        new(2013028, 7, "ET USER_AGENTS Go HTTP Client User-Agent", "Misc activity", 3, ThreatClass.Unclassified, FlowDirection.Outbound, "TCP", "http", 80, 3, "update.example-cdn.net"),
        new(2024897, 3, "ET CURRENT_EVENTS Malicious Redirect to Exploit Kit Landing Page", "A Network Trojan was detected", 1, ThreatClass.MaliciousSiteAccess, FlowDirection.Outbound, "TCP", "http", 80, 2, "promo-cheap-deals.example"),
        new(2049812, 1, "ET PHISHING Successful Microsoft 365 Credential Phish 2024-05-14", "Possible Social Engineering Attempted", 1, ThreatClass.MaliciousSiteAccess, FlowDirection.Outbound, "TCP", "http", 80, 2, "login-m365-verify.example"),
        new(2047621, 1, "ET WEB_CLIENT Tech Support Scam Landing Page 2023-08-01", "Possible Social Engineering Attempted", 1, ThreatClass.MaliciousSiteAccess, FlowDirection.Outbound, "TCP", "http", 80, 2, "pc-warning-support.example"),
        new(2044023, 2, "ET CURRENT_EVENTS SocGholish Injected Script on Compromised Site", "A Network Trojan was detected", 1, ThreatClass.MaliciousSiteAccess, FlowDirection.Outbound, "TCP", "http", 80, 2, "shop-kitchen-news.example"),
        new(2031312, 2, "ET EXPLOIT_KIT RIG EK Landing Page", "Exploit Kit Activity Detected", 1, ThreatClass.MaliciousSiteAccess, FlowDirection.Outbound, "TCP", "http", 80, 1, "188-rig-landing.example"),
        new(2020202, 5, "ET POLICY Terse Named Filename EXE Download - Possibly Hostile", "A Network Trojan was detected", 1, ThreatClass.MaliciousFileDownload, FlowDirection.Outbound, "TCP", "http", 80, 5, "dl.freeware-mirror.example"),
        new(2016141, 4, "ET INFO Executable Download from dotted-quad Host", "Potentially Bad Traffic", 2, ThreatClass.MaliciousFileDownload, FlowDirection.Outbound, "TCP", "http", 80, 3),
        new(2032086, 2, "ET HUNTING Suspicious Office Document with Macro Downloaded", "Potentially Bad Traffic", 2, ThreatClass.MaliciousFileDownload, FlowDirection.Outbound, "TCP", "http", 80, 2, "invoice-docs.example"),
        new(2031336, 1, "ET EXPLOIT_KIT Exploit Kit Payload Download", "Exploit Kit Activity Detected", 1, ThreatClass.MaliciousFileDownload, FlowDirection.Outbound, "TCP", "http", 80, 1, "188-rig-landing.example"),
        new(2028765, 3, "ET MALWARE Cobalt Strike Beacon Observed", "A Network Trojan was detected", 1, ThreatClass.MalwareCommunication, FlowDirection.Outbound, "TCP", "http", 8080, 1.2),
        new(2035595, 2, "ET MALWARE Win32/Emotet CnC Activity (POST) M11", "A Network Trojan was detected", 1, ThreatClass.MalwareCommunication, FlowDirection.Outbound, "TCP", "http", 8080, 1),
        new(2044137, 1, "ET MALWARE Observed Qakbot Style Checkin", "Malware Command and Control Activity Detected", 1, ThreatClass.MalwareCommunication, FlowDirection.Outbound, "TCP", "tls", 443, 0.8),
        new(2030358, 2, "ET MALWARE AgentTesla Exfil Via SMTP", "Malware Command and Control Activity Detected", 1, ThreatClass.MalwareCommunication, FlowDirection.Outbound, "TCP", "smtp", 587, 0.6),
        new(2048412, 1, "ET MALWARE LockBit Ransomware Related Domain in DNS Lookup", "A Network Trojan was detected", 1, ThreatClass.MalwareCommunication, FlowDirection.Outbound, "UDP", "dns", 53, 0.3, "lockbit-decryptor.example"),
        new(2024218, 4, "ET EXPLOIT Possible ETERNALBLUE Probe MS17-010 (Generic Flags)", "Attempted Administrator Privilege Gain", 1, ThreatClass.MalwareCommunication, FlowDirection.Internal, "TCP", "smb", 445, 0.6),
        new(2025719, 2, "ET RPC DCERPC SVCCTL - Remote Service Control Manager Access", "Attempted Administrator Privilege Gain", 2, ThreatClass.MalwareCommunication, FlowDirection.Internal, "TCP", "dcerpc", 135, 0.5),
        new(2018789, 5, "ET POLICY TLS possible TOR SSL traffic", "Misc activity", 3, ThreatClass.SuspiciousCommunication, FlowDirection.Outbound, "TCP", "tls", 9001, 4),
        new(2022048, 3, "ET INFO Observed DNS Query to .onion proxy Domain", "Potentially Bad Traffic", 2, ThreatClass.SuspiciousCommunication, FlowDirection.Outbound, "UDP", "dns", 53, 2, "hidden-service.onion"),
    ];

    /// <summary>
    /// The hub's classifier must put every rule where this catalogue says; a rule that lands elsewhere means the catalogue or
    /// the classifier changed, and the generated alert mix would no longer be what the figures claim.
    /// </summary>
    public static void CheckAgainst(ThreatClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var wrong = All.Where(r => classifier.Classify(r.Signature, r.Category).Class != r.ExpectedClass)
            .Select(r => $"{r.Signature} → {classifier.Classify(r.Signature, r.Category).Class}, expected {r.ExpectedClass}")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException("The threat classifier disagrees with the rule catalogue: " + string.Join("; ", wrong));
        }
    }
}
