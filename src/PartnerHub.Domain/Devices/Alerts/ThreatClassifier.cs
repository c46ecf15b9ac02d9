using System.Text.RegularExpressions;

namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>A threat class with its finer kind.</summary>
public sealed record ThreatClassification(ThreatClass Class, ThreatKind Kind);

/// <summary>
/// One mapping rule: a Suricata alert whose signature matches <see cref="SignaturePattern"/> or whose category is one of
/// <see cref="Categories"/> belongs to <see cref="Classification"/>. Rules are tried in order; the first match wins.
/// </summary>
public sealed record ThreatRule(ThreatClassification Classification, Regex? SignaturePattern, IReadOnlySet<string> Categories)
{
    /// <summary>Whether the alert matches this rule.</summary>
    public bool Matches(string signature, string? category) =>
        SignaturePattern?.IsMatch(signature) == true || (category is not null && Categories.Contains(category));
}

/// <summary>
/// Maps sensor alerts (ET Open style signatures and categories) to the service's threat classes (004 別紙2 §3).
/// The order matters: the most specific behaviour (Tor, ransomware, lateral movement, C&amp;C) is decided before
/// broader families, so "exploit kit payload download" is a download, not a site visit.
/// </summary>
public sealed class ThreatClassifier(IReadOnlyList<ThreatRule> rules)
{
    // Generous: the patterns are linear, the timeout only guards against a pathological rule; a timeout fails the batch.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The default rule set for ET Open / Suricata output.</summary>
    public static ThreatClassifier Default { get; } = new(
    [
        Rule(ThreatClass.SuspiciousCommunication, ThreatKind.Tor, @"\bTOR\b|\.onion\b"),
        Rule(ThreatClass.MalwareCommunication, ThreatKind.Ransomware, @"RANSOM"),
        Rule(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement, @"LATERAL|ETERNALBLUE|MS17-010|PSEXEC|\bWMI\b.*\bEXEC|DCERPC.*(SVCCTL|ATSVC)"),
        Rule(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl, @"\bCNC\b|\bC2\b|BEACON|BOTNET|CHECKIN",
            "Malware Command and Control Activity Detected", "Domain Observed Used for C2 Detected"),
        Rule(ThreatClass.MaliciousFileDownload, ThreatKind.None, @"DOWNLOAD|EXECUTABLE|\bPE EXE\b|\bDLL\b|PAYLOAD|\bMACRO\b"),
        Rule(ThreatClass.MaliciousSiteAccess, ThreatKind.None, @"EXPLOIT_KIT|\bEK\b|LANDING|REDIRECT|PHISHING|FINGERPRINT|MALVERTIS|COMPROMISED|WEB_CLIENT|INJECTED|TAMPER",
            "Exploit Kit Activity Detected", "Possible Social Engineering Attempted"),
        Rule(ThreatClass.Reconnaissance, ThreatKind.None, @"\bSCAN\b|\bSCANNER\b|\bPROBE\b|\bRECON",
            "Attempted Information Leak", "Detection of a Network Scan", "Network Scan"),
    ]);

    /// <summary>Classifies one alert; <see cref="ThreatClass.Unclassified"/> when no rule matches.</summary>
    public ThreatClassification Classify(string signature, string? category)
    {
        ArgumentNullException.ThrowIfNull(signature);
        foreach (var rule in rules)
        {
            if (rule.Matches(signature, category))
            {
                return rule.Classification;
            }
        }

        return new ThreatClassification(ThreatClass.Unclassified, ThreatKind.None);
    }

    /// <summary>Maps Suricata's <c>alert.severity</c> (1 highest) to the portal's severity.</summary>
    public static AlertSeverity SeverityOf(int suricataSeverity) => suricataSeverity switch
    {
        1 => AlertSeverity.High,
        2 => AlertSeverity.Medium,
        3 => AlertSeverity.Low,
        _ => AlertSeverity.Informational,
    };

    private static ThreatRule Rule(ThreatClass threatClass, ThreatKind kind, string signaturePattern, params string[] categories) =>
        new(new ThreatClassification(threatClass, kind),
            new Regex(signaturePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout),
            new HashSet<string>(categories, StringComparer.OrdinalIgnoreCase));
}
