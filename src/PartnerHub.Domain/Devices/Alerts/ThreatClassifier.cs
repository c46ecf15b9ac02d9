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
/// <item><description>a rule that says what it saw is simulated (a phishing-awareness exercise) sees a drill: unclassified;</description></item>
/// <item><description>the ET family in the signature ("ET MALWARE …", "ET SCAN …", "GPL EXPLOIT …") decides the class,
/// with <c>metadata former_category</c> standing in where the family says nothing (CURRENT_EVENTS, DELETED);</description></item>
/// <item><description>within a family, the signature's words decide the finer kind (ransomware, lateral movement, a file
/// arriving — named, disguised or fetched, even from the C&amp;C —, a landing page, redirect or skimmer, C&amp;C) and <c>metadata attack_target</c> separates client-side exploits (malicious sites, or a download when
/// an exploit kit serves the code) from exploits thrown at servers (probing, 偵察) — unless the signature names server
/// software, a deserialization tool or a redirect, which outweigh the metadata; an exploit the rule sends "toclient", or a
/// CURRENT_EVENTS rule's exploit in the user-privilege category, is client-side; an exploit the rule sees going outbound
/// (a router or IoT exploit leaving the customer's network) is an infected host spreading: malware communication; a web
/// shell's code in transit is a file arriving;</description></item>
/// <item><description>rules without a family (local rules, other vendors) are classified by their category (classtype),
/// <c>metadata malware_family</c>, then keywords;</description></item>
/// <item><description>an exploit kit's exploit code is a download, its landing page a site; an exploit outside the exploit
/// families (CURRENT_EVENTS) is client-side unless its metadata, category or text points at a server, and so is browser
/// or plug-in traffic (IE, Flash, Java click-to-play) in a trojan category that names no malware; an iframe is a site;</description></item>
/// <item><description>informational families (POLICY, INFO, HUNTING, RPC…) are hints, not threats: only Tor, lateral
/// movement, an explicit C&amp;C category, an executable the rule itself calls suspicious (drive-by, exploit kit, hostile…),
/// a cloned or phishing landing page, a named malware (W32/…) in a trojan category or a malware family rated
/// Major/Critical classify them, and so do a C&amp;C named outright, a rule ET filed under TROJAN/MALWARE before
/// (former_category) in a trojan category, and an overflow or exploit in a server-attack category (read as an exploit);
/// obfuscation markers and debugging proxies stay hints;</description></item>
/// <item><description>denial-of-service rules (DOS) are read as exploits: thrown at a service, unless they aim at a client;</description></item>
/// <item><description>ATTACK_RESPONSE rules see a host answering once an attack on it worked: someone controls it (malware
/// communication), unless the rule names spreading, an infection, a file or script arriving (also in DNS TXT answers), the
/// attacker's request at a server (by its category) or a hint;</description></item>
/// <item><description>server-protocol families (FTP, TFTP, SNMP, POP3, IMAP, SMTP, TELNET, RPC, VOIP, MISC, SCADA) in an attack
/// category are attacks at the service (read as exploits), otherwise hints; rules without a family that name a shell or
/// backdoor are someone controlling a host, and in a server-attack category an exploit.</description></item>
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
    private static readonly Regex Lure = Pattern(@"PHISH|LANDING|\bIFRAME\b|\bEK\b|EXPLOIT.?KIT|REDIRECT|COMPROMISED|INJECT|FAKE|SCAM|TECH SUPPORT|SOCIAL ENGINEER|FINGERPRINT|MALVERTIS|\bGATE\b|CREDENTIAL|TAMPER|DRIVE-?BY");
    private static readonly Regex ClientSoftware = Pattern(@"BROWSER|\bIE\b|INTERNET EXPLORER|FIREFOX|CHROME|SAFARI|\bEDGE\b|FLASH|ACTIVEX|\bJAVA\b|APPLET|ADOBE|ACROBAT|\bPDF\b|\bOFFICE\b|\bWORD\b|\bEXCEL\b|POWERPOINT|\bRTF\b|\bVML\b|\bSWF\b|SILVERLIGHT|WINDOW\.?\s*LOCATION|JAVASCRIPT|\bUNESCAPE\b|HEAP\s*SPRAY|CLICK-?(2|TO)-?PLAY");
    // Server software: an exploit naming it is thrown at a server, whatever the rule's attack_target metadata or a word
    // such as "Java" suggests; so is an exploit the rule sees going out (outbound), at a server or device elsewhere, and a
    // serialized object built by a deserialization tool (ysoserial).
    private static readonly Regex ServerSoftware = Pattern(@"STRUTS|\bOGNL\b|REDIS|CITRIX|WEBLOGIC|JBOSS|TOMCAT|DESERIALI[SZ]|SERIALI[SZ]ED\s+(\w+\s+){0,2}(JAVA|OBJECT)|YSOSERIAL|DEBUG\s+BRIDGE|WORDPRESS|\bEXIM\b|SENDMAIL|POSTFIX|DRUPAL|JENKINS|CONFLUENCE|ELASTICSEARCH|\bUPLOAD|CLIENT\s+HELLO|\bOUTBOUND\b");
    // A redirect, or a page making the browser reconfigure the home router (DNSChanger), happens while visiting a site.
    private static readonly Regex SiteDriven = Pattern(@"REDIRECT|DNS\s*CHANGE");
    // The rule says the exploit travels to the client ("toclient"): a client is its target.
    private static readonly Regex ToClient = Pattern(@"\bTO_?CLIENT\b|\bTO\s+CLIENTS?\b");
    private static readonly Regex ExploitKit = Pattern(@"\bEKS?\b|EXPLOIT.?(KIT|PACK)");
    // A file that runs or is opened as an attack named in the signature: a file name with such an extension, the file type as
    // a word ("EXE", "HTA", "JAR") or a script ("PowerShell Script").
    private static readonly Regex FileNamed = Pattern(@"\w\.(EXE|DLL|SCR|PIF|JAR|HTA|VBS|VBE|JSE|PS1|MSI|APK|BAT|LNK)\b|\b(EXE|DLL|EXECUTABLE|HTA|VBS|JAR|APK|PE|ELF|PIF|SCR)\b(?!/)|\b(POWERSHELL|JS|VBS|VB|JAVA)\s*SCRIPT\b|\b(JS|VBS|HTA|JAR)\s+FILES?\b|^\s*(ET|ETPRO|GPL)\s+[A-Z0-9_]+\s+JS\s");
    // The rule watches that file arrive: sent, inbound, observed over HTTP, as an attachment, an installer or packed in an archive.
    private static readonly Regex Arriving = Pattern(@"\bINBOUND\b|\bSENT\b|OVER\s+HTTP|ATTACHMENT|IN\s+TRANSIT|\bINSTALL(ER)?\b|\bFROM\b|\bLOAD\b|\bIN(SIDE)?\s+(OF\s+)?(AN?\s+)?(ZIP|RAR|ARCHIVE)\b");
    // A file pretending to be another kind (a payload disguised as a picture or text) is delivered malware.
    private static readonly Regex Disguised = Pattern(@"\bFAKE\s+(PNG|JPE?G|GIF|BMP|IMAGE|PICTURE|PDF|TXT|TEXT|DOC|FILE)\b|CLAIMING\s+TO\s+BE|DISGUISED|MASQUERAD");
    // The signature's subject is the file itself ("ET TROJAN EXE Using Suspicious IAT …"): a file seen in transit.
    private static readonly Regex FileIsSubject = Pattern(@"^\s*(ET|ETPRO|GPL)\s+[A-Z0-9_]+\s+(EXE|DLL|PE|ELF|JAR)\s");
    // A site that harms its visitors (a landing page, redirect, skimmer, phishing), named inside a malware or informational rule.
    private static readonly Regex HarmfulSite = Pattern(@"LANDING|PHISH|\bREDIRECT|COMPROMISED\s+SITE|SKIMMER|MAGECART|DRIVE-?BY|CLONED\b.*\bPAGE");
    // Exploit code, as opposed to a landing page or the kit's URL pattern: a CVE, an exploit, a JAR/SWF/payload.
    private static readonly Regex ExploitCode = Pattern(@"CVE-\d{4}-\d+|\bEXPLOIT\b(?!\s*(KIT|PACK))|\bJAR\b|\bSWF\b|PAYLOAD|\w\.(EXE|DLL|JAR|SWF)\b");
    // Markers that describe how code is written (obfuscation), or a tool (a debugging proxy): hints, not a threat.
    private static readonly Regex HintOnly = Pattern(@"OBFUSCAT|" + DebuggingToolPattern);
    private static readonly Regex DebuggingTool = Pattern(DebuggingToolPattern);
    private const string DebuggingToolPattern = @"FIDDLER|\bBURP\b|CHARLES\s+PROXY|MITMPROXY|DEBUGGING\s+PROXY";
    // Suspicion the rule itself states about a file it sees in an informational family.
    private static readonly Regex Suspicion = Pattern(@"SUSPICIOUS|MALICIOUS|\bEVIL\b|HOSTILE|SECOND\s+STAGE|DOTTED.?QUAD|LIKELY\s+(EXPLOIT|EK|MALWARE)|\bLURE\b|DRIVE-?BY|EXPLOIT.?KIT|\bEK\b");
    // A malware name in the usual platform/name form (W32/BitCoinMiner, Win32/Ramnit, Android/…).
    private static readonly Regex MalwareName = Pattern(@"\b(W32|WIN32|WIN64|MSIL|LINUX|OSX|ANDROID|JS|VBS)/[A-Z0-9]");
    // A browser extension or add-on is software installed on the client: when malicious, it is malware talking.
    private static readonly Regex BrowserAddOn = Pattern(@"(CHROME|FIREFOX|BROWSER)\s+EXTENSION|\bADD-?ON\b");
    // A client document or media file format: an exploit hidden in one is opened by the client.
    private static readonly Regex ClientFile = Pattern(@"\b(BMP|WMF|EMF|ANI|TIFF?|JPE?G|PNG|GIF|ICO|MP3|MP4|AVI|TTF|OTF|EOT|HTA|RTF)\b");
    // Mail delivers a document exploit to the reader as an attachment; a mail server exploit names the server instead.
    private static readonly Regex ByMail = Pattern(@"\bSMTP\b|\bIMAP\b|\bPOP3\b|E-?MAIL\s+ATTACHMENT");
    private static readonly Regex Landing = Pattern(@"LANDING");
    private static readonly Regex InformationalSite = Pattern(@"PHISH(ING)?\s+LANDING|CLONED\b.*\bPAGE");
    private static readonly Regex NamedExploit = Pattern(@"CVE-\d{4}-\d+|\bEXPLOIT\b(?!\s*(KIT|PACK))");
    private static readonly Regex DownloadFrom = Pattern(@"DOWNLOAD(ED|ING)?\s+FROM");
    // The rule says what it sees is an exercise (a simulated phishing campaign of an awareness training): a drill, not a threat.
    private static readonly Regex Drill = Pattern(@"\bSIMULAT(ED|ION)\b");
    // A C&C named outright (not the looser check-in/beacon words, which informational rules also use for benign software).
    private static readonly Regex NamedControl = Pattern(@"\bC&C\b|\bCNC\b|\bC2\b");
    // An attack on a service's code (an overflow, an exploit, code execution, injection), as opposed to a protocol event.
    private static readonly Regex ExploitAttempt = Pattern(@"OVERFLOW|\bEXPLOIT\b(?!\s*(KIT|PACK))|\bRCE\b|REMOTE\s+CODE|INJECTION");
    // A web shell's code itself (not its use: access, activity, a prompt, a command, an upload to the server): a malicious
    // script in transit, as a file arriving.
    private static readonly Regex WebShell = Pattern(@"WEB\s*SHELL|PHP\s*SHELL");
    private static readonly Regex WebShellUse = Pattern(@"ACCESS|ACTIVITY|PROMPT|COMMAND|UPLOAD|REQUEST|LOGIN|PASSWORD");
    // The rule sees the exploit leave the customer's network (ET's "Outbound" variants of router and IoT exploits, written
    // for the botnets that spread with them): a host inside is infected and attacking others. Not "outbound from client",
    // which ET uses for a client's answer to a hostile server (Heartbleed).
    private static readonly Regex OutboundAttack = Pattern(@"\bOUTBOUND\b(?!\s+FROM\s+CLIENT)");
    // The rule says the host is infected ("Likely DNSChanger Infection").
    private static readonly Regex Infection = Pattern(@"\bINFECT(ION|ED)\b");
    // Code or an executable carried in DNS TXT answers (DNSlivery): a file arriving over DNS.
    private static readonly Regex InDnsText = Pattern(@"\bIN\s+DNS\s+TXT\b");
    // A request meant to stop or break the service (a remote shutdown, an overflow, a denial of service).
    // An oversized command or field is how an overflow is tried.
    private static readonly Regex ServiceDisruption = Pattern(@"SHUTDOWN|OVERFLOW|\bDOS\b|DENIAL\s+OF\s+SERVICE|\bLARGE\b|OVERSIZED?\b");
    // The family at the start of a signature ("GPL POP3 "), so that words meant for the rest (a mail protocol) do not read it.
    private static readonly Regex FamilyPrefix = Pattern(@"^\s*(?:ET|ETPRO|GPL)\s+[A-Z0-9_]+\s+");
    // A shell or backdoor on a host, named by a rule without a family (a vendor's or site's own rule, in any language:
    // 后门 is "backdoor"): someone controls that host.
    private static readonly Regex RemoteShell = Pattern(@"(?<![A-Z0-9])SHELL(?![A-Z0-9])|BACKDOOR|后门");
    private static readonly Regex Probing = Pattern(@"\bSCAN(S|NERS?|NING|NED)?\b|\bSWEEP(S|ING)?\b|\bPROB(E|ES|ING)\b|\bRECON|NMAP|MASSCAN|ZMAP|NIKTO|SQLMAP|DIRBUSTER|GOBUSTER|\bPORTSCAN\b");

    private static readonly HashSet<string> MalwareFamilies = Set("MALWARE", "TROJAN", "MOBILE_MALWARE", "WORM", "CNC", "COINMINER");
    private static readonly HashSet<string> SiteFamilies = Set("WEB_CLIENT", "ACTIVEX", "PHISHING", "EXPLOIT_KIT");
    private static readonly HashSet<string> ExploitFamilies = Set("EXPLOIT", "WEB_SERVER", "WEB_SPECIFIC_APPS", "SQL", "SHELLCODE", "DOS");
    private static readonly HashSet<string> HostileSourceFamilies = Set("SCAN", "DROP", "CINS", "CIARMY", "DSHIELD", "COMPROMISED");
    // Families of rules that watch a server protocol (mostly GPL, i.e. Snort community rules): in an attack category, an attack at the service.
    private static readonly HashSet<string> ServiceFamilies = Set("FTP", "TFTP", "SNMP", "POP3", "IMAP", "SMTP", "TELNET", "RPC", "VOIP", "MISC", "SCADA");
    private static readonly HashSet<string> AttackCategories = Set("Attempted Administrator Privilege Gain", "Successful Administrator Privilege Gain",
        "Attempted User Privilege Gain", "Unsuccessful User Privilege Gain", "Successful User Privilege Gain", "Web Application Attack", "Misc Attack",
        "Attempted Information Leak", "Attempted Denial of Service", "Denial of Service", "Detection of a Denial of Service Attack",
        "Detection of a Network Scan", "An attempted login using a suspicious username was detected",
        "Attempt to login by a default username and password", "Potentially Bad Traffic", "A suspicious string was detected",
        "attempted-admin", "successful-admin", "attempted-user", "unsuccessful-user", "successful-user", "web-application-attack", "misc-attack",
        "attempted-recon", "attempted-dos", "successful-dos", "denial-of-service", "network-scan", "suspicious-login", "default-login-attempt",
        "bad-unknown", "string-detect");
    private static readonly HashSet<string> InformationalFamilies = Set("POLICY", "INFO", "HUNTING", "USER_AGENTS", "GAMES", "CHAT", "P2P", "DNS", "JA3",
        "INAPPROPRIATE", "ADWARE_PUP", "ICMP_INFO", "ICMP", "SNMP", "TFTP", "FTP", "IMAP", "POP3", "SMTP", "VOIP", "TELNET", "NETBIOS", "RPC", "MISC");
    private static readonly HashSet<string> ControlCategories = Set("Malware Command and Control Activity Detected", "Domain Observed Used for C2 Detected",
        "command-and-control", "domain-c2");
    private static readonly HashSet<string> MalwareCategories = Set("A Network Trojan was detected", "Targeted Malicious Activity was Detected", "trojan-activity",
        "targeted-activity");
    private static readonly HashSet<string> SiteCategories = Set("Exploit Kit Activity Detected", "Possible Social Engineering Attempted",
        "Successful Credential Theft Detected", "exploit-kit", "social-engineering", "credential-theft");
    private static readonly HashSet<string> ProtocolDecodeCategories = Set("Generic Protocol Command Decode", "protocol-command-decode");
    // An ATTACK_RESPONSE rule in these categories watches the attacker's request at the server, not the compromised host's answer.
    private static readonly HashSet<string> RequestCategories = Set("A suspicious string was detected", "Web Application Attack", "string-detect",
        "web-application-attack");
    private static readonly HashSet<string> HintCategories = Set("Potential Corporate Privacy Violation", "Misc activity", "policy-violation", "misc-activity");
    private static readonly HashSet<string> ProbeCategories = Set("Detection of a Network Scan", "Attempted Information Leak", "network-scan", "attempted-recon");
    private static readonly HashSet<string> ServerCategories = Set("Attempted Administrator Privilege Gain", "Web Application Attack",
        "attempted-admin", "web-application-attack");
    private static readonly HashSet<string> FormerMalwareFamilies = Set("TROJAN", "MALWARE");
    private static readonly HashSet<string> UserCategories = Set("Attempted User Privilege Gain", "attempted-user");
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

        if (Drill.IsMatch(alert.Signature))
        {
            return ThreatClassification.Unclassified;
        }

        var family = FamilyOf(alert);
        return family switch
        {
            "TOR" => new(ThreatClass.SuspiciousCommunication, ThreatKind.Tor),
            _ when MalwareFamilies.Contains(family) => MalwareBehaviour(alert, family),
            _ when Tor.IsMatch(alert.Signature) => new(ThreatClass.SuspiciousCommunication, ThreatKind.Tor),
            _ when HostileSourceFamilies.Contains(family) => new(ThreatClass.Reconnaissance, ThreatKind.None),
            _ when ExploitFamilies.Contains(family) => Exploit(alert),
            "ATTACK_RESPONSE" => AttackResponse(alert),
            _ when SiteFamilies.Contains(family) => SiteVisit(alert),
            _ when ServiceFamilies.Contains(family) => ServiceTraffic(alert, family),
            _ when InformationalFamilies.Contains(family) => Informational(alert, family),
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

        // A file the malware fetches or is delivered as is a download, even when it comes from the C&C server.
        if (DeliversFile(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        bool control = family == "CNC" || In(ControlCategories, alert.Category) || Control.IsMatch(signature);
        if (!control && HarmfulSite.IsMatch(signature))
        {
            // A landing page, redirect or skimmer on a tampered site: the visitor meets it on the site.
            return new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        if (control)
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl);
        }

        return FileArrives.IsMatch(signature)
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MalwareCommunication, ThreatKind.None);
    }

    // clientUnlessServer: for an exploit outside an exploit family (CURRENT_EVENTS, mostly drive-by campaigns), which is
    // read as client-side unless its metadata, category or text points at a server.
    private static ThreatClassification Exploit(AlertFacts alert, bool clientUnlessServer = false)
    {
        if (Spreading.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (SiteDriven.IsMatch(alert.Signature))
        {
            return new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        var signature = alert.Signature;
        if (WebShell.IsMatch(signature) && !WebShellUse.IsMatch(signature))
        {
            // A web shell's code in transit (served or fetched, even disguised as a picture): a malicious script arriving.
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        if (OutboundAttack.IsMatch(signature))
        {
            // Thrown from inside at a router, device or server elsewhere: the host is infected and spreading (別紙2 マルウェア通信,
            // 感染拡大), not someone probing the customer.
            return new(ThreatClass.MalwareCommunication, ThreatKind.None);
        }

        // A rule first filed under CURRENT_EVENTS (drive-by campaigns) whose category is a user privilege gain attacks the
        // user's client, even where its text names only a CVE.
        string subject = FamilyPrefix.Replace(signature, "", 1);
        bool driveBy = alert.Metadata["former_category"].Contains("CURRENT_EVENTS", StringComparer.OrdinalIgnoreCase) && In(UserCategories, alert.Category);
        bool clientSide = !ServerSoftware.IsMatch(signature)
            && (alert.Metadata["attack_target"].Any(ClientTargets.Contains) || ClientSoftware.IsMatch(signature) || ClientFile.IsMatch(signature)
                || ByMail.IsMatch(subject) || driveBy || ToClient.IsMatch(signature)
                || clientUnlessServer && !In(ServerCategories, alert.Category) && !alert.Metadata["attack_target"].Any(t => !ClientTargets.Contains(t)));
        if (!clientSide)
        {
            // Thrown at an exposed service: probing for vulnerable hosts.
            return new(ThreatClass.Reconnaissance, ThreatKind.None);
        }

        // Exploit code arriving from an exploit kit or as a download is 別紙2's "Exploit kit 攻撃コードのダウンロード";
        // a document exploit arriving by mail or a file arriving is too; otherwise a site served it (ブラウザの脆弱性を狙う攻撃サイト).
        return ExploitKit.IsMatch(signature) || FileArrives.IsMatch(signature) || ByMail.IsMatch(subject) || DeliversFile(signature)
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
    }

    // A lure (landing page, redirect, phishing) is a site visit unless the rule names the payload or download itself.
    // A debugging proxy is a tool, not a site; a malicious browser extension is malware installed on the client.
    private static ThreatClassification SiteVisit(AlertFacts alert)
    {
        var signature = alert.Signature;
        if (DebuggingTool.IsMatch(signature))
        {
            return ThreatClassification.Unclassified;
        }

        if (BrowserAddOn.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.None);
        }

        // A server attack on named server software (a WordPress plugin RCE) filed among the client rules is still thrown at a server.
        if (In(ServerCategories, alert.Category) && ServerSoftware.IsMatch(signature))
        {
            return Exploit(alert);
        }

        return ExploitKitCode(signature) || FileArrives.IsMatch(signature) && (Delivery.IsMatch(signature) || !Lure.IsMatch(signature))
            ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None)
            : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
    }

    // Exploit code an exploit kit serves (not its landing page or URL pattern): 別紙2's "Exploit kit 攻撃コードのダウンロード".
    private static bool ExploitKitCode(string signature) =>
        ExploitKit.IsMatch(signature) && ExploitCode.IsMatch(signature) && !Landing.IsMatch(signature);

    // The signature names a malicious file arriving: disguised as another type, seen in transit as the rule's subject, a
    // named executable or script arriving, or downloaded from somewhere.
    private static bool DeliversFile(string signature) =>
        Disguised.IsMatch(signature) || FileIsSubject.IsMatch(signature) || FileNamed.IsMatch(signature) && Arriving.IsMatch(signature)
        || DownloadFrom.IsMatch(signature);

    // A server protocol's rule in an attack category (an overflow at POP3, a format string in an SNMP trap, a failed telnet
    // login from outside, a SCADA RCE) is thrown at the service, read as an exploit; in another category it is a hint.
    private static ThreatClassification ServiceTraffic(AlertFacts alert, string family) =>
        In(AttackCategories, alert.Category) || Probing.IsMatch(alert.Signature) ? Exploit(alert) : Informational(alert, family);

    private static ThreatClassification Informational(AlertFacts alert, string family)
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

        var signature = alert.Signature;
        if (HintOnly.IsMatch(signature))
        {
            return ThreatClassification.Unclassified;
        }

        // A C&C named outright, or a rule ET filed under TROJAN/MALWARE before (former_category) that sits in a trojan
        // category (a downloader's user agent), is the malware talking, whichever family holds it now (USER_AGENTS, DNS);
        // so is a user agent ET files in a trojan category (its verdict on who sends it).
        if (NamedControl.IsMatch(signature)
            || In(MalwareCategories, alert.Category)
               && (alert.Metadata["former_category"].Any(FormerMalwareFamilies.Contains) || family == "USER_AGENTS"))
        {
            return MalwareBehaviour(alert, "");
        }

        // An overflow or exploit in a server-attack category (GPL NETBIOS "… overflow attempt"), or a request to shut down,
        // overflow or deny the service in a protocol-decode category (GPL NETBIOS "InitiateSystemShutdown attempt"), is thrown
        // at the service.
        if (In(ServerCategories, alert.Category) && ExploitAttempt.IsMatch(signature)
            || In(ProtocolDecodeCategories, alert.Category) && ServiceDisruption.IsMatch(signature))
        {
            return Exploit(alert);
        }

        // A plain executable download is a hint; one the rule itself calls suspicious, drive-by or exploit-kit is a download.
        bool fileArrives = (FileNamed.IsMatch(signature) || ExecutableNamed.IsMatch(signature))
            && (DownloadNamed.IsMatch(signature) || Arriving.IsMatch(signature));
        if (fileArrives && Suspicion.IsMatch(signature) || Disguised.IsMatch(signature) && Suspicion.IsMatch(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        if (InformationalSite.IsMatch(signature))
        {
            return new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        // A named malware (W32/…) in a trojan category is the malware talking, whichever family the rule was filed under.
        if (MalwareName.IsMatch(signature) && (In(MalwareCategories, alert.Category) || alert.Metadata.Has("malware_family")))
        {
            return MalwareBehaviour(alert, "");
        }

        bool seriousMalwareHunt = alert.Metadata.Has("malware_family")
            && (alert.Metadata.Has("signature_severity", "Major") || alert.Metadata.Has("signature_severity", "Critical"));
        return seriousMalwareHunt ? MalwareBehaviour(alert, "") : ThreatClassification.Unclassified;
    }

    // ATTACK_RESPONSE: what a host answers once an attack on it has worked (command output, a shell's banner, a web shell in
    // use, data leaving): someone controls the host — malware communication. Unless the rule says otherwise: spreading, an
    // infection it names, a script or executable arriving (downloaded, or carried in DNS TXT answers), the attacker's request
    // at a server (its category a suspicious string or a web-application attack), or a hint (policy, misc activity, a tool).
    private static ThreatClassification AttackResponse(AlertFacts alert)
    {
        var signature = alert.Signature;
        if (Spreading.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.LateralMovement);
        }

        if (Infection.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.None);
        }

        if (InDnsText.IsMatch(signature) || FileArrives.IsMatch(signature) || DeliversFile(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        if (In(RequestCategories, alert.Category))
        {
            return new(ThreatClass.Reconnaissance, ThreatKind.None);
        }

        return In(HintCategories, alert.Category) || HintOnly.IsMatch(signature)
            ? ThreatClassification.Unclassified
            : new(ThreatClass.MalwareCommunication, ThreatKind.None);
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

        if (RemoteShell.IsMatch(signature))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.None);
        }

        if (ExploitKitCode(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        if (Lure.IsMatch(signature) || In(SiteCategories, alert.Category))
        {
            bool delivers = FileArrives.IsMatch(signature) && Delivery.IsMatch(signature);
            return delivers ? new(ThreatClass.MaliciousFileDownload, ThreatKind.None) : new(ThreatClass.MaliciousSiteAccess, ThreatKind.None);
        }

        if (FileArrives.IsMatch(signature) || DeliversFile(signature))
        {
            return new(ThreatClass.MaliciousFileDownload, ThreatKind.None);
        }

        // An exploit named by its CVE or as an exploit, outside an exploit family (CURRENT_EVENTS): read as one.
        if (NamedExploit.IsMatch(signature))
        {
            return Exploit(alert, clientUnlessServer: true);
        }

        if (Probing.IsMatch(signature) || In(ProbeCategories, alert.Category))
        {
            return new(ThreatClass.Reconnaissance, ThreatKind.None);
        }

        // In a trojan category, browser or plug-in traffic (IE, Flash, Java click-to-play) that names no malware is an
        // attack through the browser: read as a client-side exploit.
        if (In(MalwareCategories, alert.Category) && !alert.Metadata.Has("malware_family") && ClientSoftware.IsMatch(signature))
        {
            return Exploit(alert, clientUnlessServer: true);
        }

        if (In(MalwareCategories, alert.Category) || alert.Metadata.Has("malware_family"))
        {
            return new(ThreatClass.MalwareCommunication, ThreatKind.None);
        }

        // A rule of no known family whose category is a server attack (a site's own "CRLF found" as a web-application
        // attack): thrown at a server unless it names client software.
        return In(ServerCategories, alert.Category) ? Exploit(alert) : ThreatClassification.Unclassified;
    }

    private static bool In(HashSet<string> set, string? value) => value is not null && set.Contains(value.Trim());

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.OrdinalIgnoreCase);

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
}
