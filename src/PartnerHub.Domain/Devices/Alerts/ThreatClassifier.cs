using System.Text.RegularExpressions;

namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>A threat class with its finer kind.</summary>
public sealed record ThreatClassification(ThreatClass Class, ThreatKind Kind)
{
    /// <summary>No rule maps the alert.</summary>
    public static ThreatClassification Unclassified { get; } = new(ThreatClass.Unclassified, ThreatKind.None);
}

/// <summary>What the classifier reads of one alert.</summary>
/// <param name="Signature"><c>alert.signature</c> (the rule's msg).</param>
/// <param name="Category"><c>alert.category</c> (the description of the rule's classtype), or the classtype itself.</param>
/// <param name="Metadata"><c>alert.metadata</c>.</param>
/// <param name="SignatureId"><c>alert.signature_id</c>.</param>
public sealed record AlertFacts(string Signature, string? Category, AlertMetadata Metadata, long? SignatureId = null);

/// <summary>
/// Maps Suricata alerts to the service's threat classes (004 別紙2 §3), reading real rule sets as they are written:
/// <list type="number">
/// <item><description>vendor operations' own mapping rules (by signature id, then text, then category) win;</description></item>
/// <item><description>the ET family in the signature ("ET MALWARE …", "ET SCAN …", "GPL EXPLOIT …") decides the class,
/// with <c>metadata former_category</c> standing in where the family says nothing (CURRENT_EVENTS, DELETED);</description></item>
/// <item><description>within a family, the signature's words decide the finer kind (ransomware, lateral movement, C&amp;C,
/// a file download) and <c>metadata attack_target</c> separates client-side exploits (malicious sites, or a download when
/// an exploit kit serves the code) from exploits thrown at servers (probing, 偵察) — unless the signature names server
/// software or a redirect, which outweigh the metadata;</description></item>
/// <item><description>rules without a family (local rules, other vendors) are classified by their category (classtype),
/// <c>metadata malware_family</c>, then keywords;</description></item>
/// <item><description>informational families (POLICY, INFO, HUNTING, RPC…) are hints, not threats: only Tor, lateral
/// movement, an explicit C&amp;C category, an executable or macro document download or a malware family rated
/// Major/Critical classify them.</description></item>
/// </list>
/// The hand-checked ET Open corpus in tests/PartnerHub.Domain.Tests/Devices/Corpus measures it (figures in its README).
/// </summary>
public sealed class ThreatClassifier
{
    // Generous: the patterns are linear, the timeout only guards against a pathological input; a timeout fails the batch.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Family = Pattern(@"^\s*(?:ET|ETPRO|GPL)\s+([A-Z0-9_]+)\s");
    private static readonly Regex Tor = Pattern(@"\bTOR\b|\.onion\b");
    private static readonly Regex Ransomware = Pattern(@"RANSOM");
    private static readonly Regex Spreading = Pattern(@"LATERAL|ETERNAL(BLUE|ROMANCE|CHAMPION|SYNERGY)|ECLIPSEDWING|MS17-010|MS08-067|DOUBLEPULSAR|PSEXEC|\bWMI\b.*\bEXEC|DCERPC.*(SVCCTL|ATSVC)");
    private static readonly Regex Control = Pattern(@"\bC&?C\b|\bCNC\b|\bC2\b|CHECK-?IN|BEACON|BOTNET|HEARTBEAT|KEEP-?ALIVE|\bPANEL\b");
    private static readonly Regex FileArrives = Pattern(@"\bDOWNLOAD(S|ED|ING)?\b|\bDL\b|\bPAYLOAD\b|\bDROPPER\b|EXECUTABLE\s+SENT|\bSENT\b.*\b(EXE|EXECUTABLE|BINARY)\b");
    private static readonly Regex ExecutableNamed = Pattern(@"\b(EXE|DLL|EXECUTABLE|PE|MACRO|MALDOC)\b");
    private static readonly Regex DownloadNamed = Pattern(@"DOWNLOAD");
    private static readonly Regex Delivery = Pattern(@"PAYLOAD|DOWNLOAD");
    private static readonly Regex Lure = Pattern(@"PHISH|LANDING|\bEK\b|EXPLOIT.?KIT|REDIRECT|COMPROMISED|INJECT|FAKE|SCAM|TECH SUPPORT|SOCIAL ENGINEER|FINGERPRINT|MALVERTIS|\bGATE\b|CREDENTIAL|TAMPER");
    private static readonly Regex ClientSoftware = Pattern(@"BROWSER|\bIE\b|INTERNET EXPLORER|FIREFOX|CHROME|SAFARI|\bEDGE\b|FLASH|ACTIVEX|\bJAVA\b|APPLET|ADOBE|ACROBAT|\bPDF\b|\bOFFICE\b|\bWORD\b|\bEXCEL\b|POWERPOINT|\bRTF\b|\bVML\b|\bSWF\b|SILVERLIGHT");
    // Server software: an exploit naming it is thrown at a server, whatever the rule's attack_target metadata or a word
    // such as "Java" suggests.
    private static readonly Regex ServerSoftware = Pattern(@"STRUTS|\bOGNL\b|REDIS|CITRIX|WEBLOGIC|JBOSS|TOMCAT|DESERIALI[SZ]|SERIALI[SZ]ED\s+JAVA|DEBUG\s+BRIDGE|\bEXIM\b|DRUPAL|JENKINS|CONFLUENCE|ELASTICSEARCH");
    // A redirect, or a page making the browser reconfigure the home router (DNSChanger), happens while visiting a site.
    private static readonly Regex SiteDriven = Pattern(@"REDIRECT|DNS\s*CHANGE");
    private static readonly Regex ExploitKit = Pattern(@"\bEK\b|EXPLOIT.?KIT");
    private static readonly Regex Probing = Pattern(@"\bSCAN(S|NERS?|NING|NED)?\b|\bSWEEP(S|ING)?\b|\bPROB(E|ES|ING)\b|\bRECON|NMAP|MASSCAN|ZMAP|NIKTO|SQLMAP|DIRBUSTER|GOBUSTER|\bPORTSCAN\b");

    private static readonly HashSet<string> MalwareFamilies = Set("MALWARE", "TROJAN", "MOBILE_MALWARE", "WORM", "CNC", "COINMINER");
    private static readonly HashSet<string> SiteFamilies = Set("WEB_CLIENT", "ACTIVEX", "PHISHING", "EXPLOIT_KIT");
    private static readonly HashSet<string> ExploitFamilies = Set("EXPLOIT", "WEB_SERVER", "WEB_SPECIFIC_APPS", "SQL", "SHELLCODE");
    private static readonly HashSet<string> HostileSourceFamilies = Set("SCAN", "DROP", "CINS", "CIARMY", "DSHIELD", "COMPROMISED");
    private static readonly HashSet<string> InformationalFamilies = Set("POLICY", "INFO", "HUNTING", "USER_AGENTS", "GAMES", "CHAT", "P2P", "DNS", "JA3",
        "INAPPROPRIATE", "ADWARE_PUP", "ICMP_INFO", "ICMP", "SNMP", "TFTP", "FTP", "IMAP", "POP3", "SMTP", "VOIP", "TELNET", "NETBIOS", "RPC", "MISC");
    private static readonly HashSet<string> ControlCategories = Set("Malware Command and Control Activity Detected", "Domain Observed Used for C2 Detected",
        "command-and-control", "domain-c2");
    private static readonly HashSet<string> MalwareCategories = Set("A Network Trojan was detected", "Targeted Malicious Activity was Detected", "trojan-activity",
        "targeted-activity");
    private static readonly HashSet<string> SiteCategories = Set("Exploit Kit Activity Detected", "Possible Social Engineering Attempted",
        "Successful Credential Theft Detected", "exploit-kit", "social-engineering", "credential-theft");
    private static readonly HashSet<string> ProbeCategories = Set("Detection of a Network Scan", "Attempted Information Leak", "network-scan", "attempted-recon");
    private static readonly HashSet<string> ClientTargets = Set("Client_Endpoint", "Web_Browser", "Client_and_Server", "Mobile_Client");

    private readonly IReadOnlyList<ThreatMappingRule> _mappings;

    private ThreatClassifier(IReadOnlyList<ThreatMappingRule> mappings) => _mappings = mappings;

    /// <summary>The classifier for ET Open / Suricata output without vendor mapping rules.</summary>
    public static ThreatClassifier Default { get; } = new([]);

    /// <summary>This classifier with (more) vendor mapping rules tried first: by signature id, then text, then category,
    /// the oldest first within each.</summary>
    public ThreatClassifier WithMappings(IEnumerable<ThreatMappingRule> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        return new ThreatClassifier(_mappings.Concat(mappings).OrderBy(m => m.MatchBy).ThenBy(m => m.CreatedAt).ToList());
    }

    /// <summary>Classifies an alert known only by signature and category.</summary>
    public ThreatClassification Classify(string signature, string? category) => Classify(new AlertFacts(signature, category, AlertMetadata.Empty));

    /// <summary>Classifies one alert; <see cref="ThreatClass.Unclassified"/> when nothing maps it.</summary>
    public ThreatClassification Classify(AlertFacts alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(alert.Signature);
        foreach (var mapping in _mappings)
        {
            if (mapping.Matches(alert))
            {
                return new ThreatClassification(mapping.ThreatClass, mapping.ThreatKind);
            }
        }

        var family = FamilyOf(alert);
        return family switch
        {
            "TOR" => new(ThreatClass.SuspiciousCommunication, ThreatKind.Tor),
            _ when MalwareFamilies.Contains(family) => MalwareBehaviour(alert, family),
            _ when Tor.IsMatch(alert.Signature) => new(ThreatClass.SuspiciousCommunication, ThreatKind.Tor),
            _ when HostileSourceFamilies.Contains(family) => new(ThreatClass.Reconnaissance, ThreatKind.None),
            _ when ExploitFamilies.Contains(family) => Exploit(alert),
            _ when SiteFamilies.Contains(family) => SiteVisit(alert),
            _ when InformationalFamilies.Contains(family) => Informational(alert),
            _ => ByCategoryAndWords(alert),
        };
    }

    /// <summary>Maps Suricata's <c>alert.severity</c> (1 highest) to the portal's severity.</summary>
    public static AlertSeverity SeverityOf(int suricataSeverity) => suricataSeverity switch
    {
        1 => AlertSeverity.High,
        2 => AlertSeverity.Medium,
        3 => AlertSeverity.Low,
        _ => AlertSeverity.Informational,
    };

    /// <summary>The ET family of a signature ("MALWARE" for "ET MALWARE …"); empty when it has none.</summary>
    public static string EtFamilyOf(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var match = Family.Match(signature);
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : "";
    }

    // CURRENT_EVENTS and DELETED say when a rule was written, not what it detects; the rule's former category does.
    private static string FamilyOf(AlertFacts alert)
    {
        var family = EtFamilyOf(alert.Signature);
        if (family is "" or "CURRENT_EVENTS" or "DELETED"
            && alert.Metadata["former_category"].FirstOrDefault(c => !c.Equals("CURRENT_EVENTS", StringComparison.OrdinalIgnoreCase)) is { } former)
        {
            return former.ToUpperInvariant();
        }

        return family;
    }

    private static ThreatClassification MalwareBehaviour(AlertFacts alert, string family)
    {
        var signature = alert.Signature;
        if (Ransomware.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.Ransomware);
        }

        if (Spreading.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (family == "CNC" || In(ControlCategories, alert.Category) || Control.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl);
        }

        return FileArrives.IsMatch(signature)
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MalwareCommunication, ThreatKind.None);
    }

    private static ThreatClassification Exploit(AlertFacts alert)
    {
        if (Spreading.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (SiteDriven.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        bool clientSide = !ServerSoftware.IsMatch(alert.Signature)
            && (alert.Metadata["attack_target"].Any(ClientTargets.Contains) || ClientSoftware.IsMatch(alert.Signature));
        if (!clientSide)
        {
            // Thrown at an exposed service: probing for vulnerable hosts.
            return new(ThreatClass.Reconnaissance, ThreatKind.None);
        }

        // Exploit code arriving from an exploit kit or as a download is 別紙2's "Exploit kit 攻撃コードのダウンロード";
        // otherwise a site served it (ブラウザの脆弱性を狙う攻撃サイト).
        return ExploitKit.IsMatch(alert.Signature) || FileArrives.IsMatch(alert.Signature)
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
    }

    // A lure (landing page, redirect, phishing) is a site visit unless the rule names the payload or download itself.
    private static ThreatClassification SiteVisit(AlertFacts alert) =>
        FileArrives.IsMatch(alert.Signature) && (Delivery.IsMatch(alert.Signature) || !Lure.IsMatch(alert.Signature))
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);

    private static ThreatClassification Informational(AlertFacts alert)
    {
        // Remote service control or PsExec over SMB/DCERPC is how malware spreads, whatever family the rule sits in.
        if (Spreading.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (In(ControlCategories, alert.Category))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl);
        }

        if (ExecutableNamed.IsMatch(alert.Signature) && DownloadNamed.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        bool seriousMalwareHunt = alert.Metadata.Has("malware_family")
            && (alert.Metadata.Has("signature_severity", "Major") || alert.Metadata.Has("signature_severity", "Critical"));
        return seriousMalwareHunt ? MalwareBehaviour(alert, "") : ThreatClassification.Unclassified;
    }

    private static ThreatClassification ByCategoryAndWords(AlertFacts alert)
    {
        var signature = alert.Signature;
        if (Ransomware.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.Ransomware);
        }

        if (Spreading.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (In(ControlCategories, alert.Category) || Control.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl);
        }

        if (Lure.IsMatch(signature) || In(SiteCategories, alert.Category))
        {
            bool delivers = FileArrives.IsMatch(signature) && Delivery.IsMatch(signature);
            return delivers ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None) : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        if (FileArrives.IsMatch(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        if (Probing.IsMatch(signature) || In(ProbeCategories, alert.Category))
        {
            return new(ThreatClass.Reconnaissance, ThreatKind.None);
        }

        return In(MalwareCategories, alert.Category) || alert.Metadata.Has("malware_family")
            ? new(ThreatClass.MalwareCommunication, ThreatKind.None)
            : ThreatClassification.Unclassified;
    }

    private static bool In(HashSet<string> set, string? value) => value is not null && set.Contains(value.Trim());

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.OrdinalIgnoreCase);

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
}
