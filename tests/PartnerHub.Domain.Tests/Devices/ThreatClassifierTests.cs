using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Domain.Tests.Devices;

// 004 別紙2 §3 names the classes a customer is told about; these are real ET Open signatures of each.
public class ThreatClassifierTests
{
    [Theory]
    [InlineData("ET SCAN Potential SSH Scan", "Attempted Information Leak", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET SCAN Nmap Scripting Engine User-Agent Detected (Nmap Scripting Engine)", "Web Application Attack", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET CURRENT_EVENTS Malicious Redirect to Exploit Kit Landing Page", "A Network Trojan was detected", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET EXPLOIT_KIT RIG EK Landing Page M2", "Exploit Kit Activity Detected", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET PHISHING Suspicious Browser Fingerprinting Script Observed", "Possible Social Engineering Attempted", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    // A plain executable download is a policy hint; one the rule calls hostile, or exploit code from a kit, is a download.
    [InlineData("ET POLICY PE EXE or DLL Windows file download HTTP", "Potential Corporate Privacy Violation", ThreatClass.Unclassified, ThreatKind.None)]
    [InlineData("ET POLICY Terse Named Filename EXE Download - Possibly Hostile", "Potential Corporate Privacy Violation", ThreatClass.MaliciousFileDownload, ThreatKind.None)]
    [InlineData("ET CURRENT_EVENTS Terror EK CVE-2016-0189 Exploit", "A Network Trojan was detected", ThreatClass.MaliciousFileDownload, ThreatKind.None)]
    [InlineData("ET MALWARE Searchmiracle.com Spyware Install (protector.exe)", "A Network Trojan was detected", ThreatClass.MaliciousFileDownload, ThreatKind.None)]
    [InlineData("ET CURRENT_EVENTS DRIVEBY GENERIC CollectGarbage in Hex String No Seps", "A Network Trojan was detected", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET MALWARE Windows executable sent when remote host claims to send an image", "A Network Trojan was detected", ThreatClass.MaliciousFileDownload, ThreatKind.None)]
    [InlineData("ET MALWARE Cobalt Strike Beacon Observed", "Malware Command and Control Activity Detected", ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl)]
    [InlineData("ET MALWARE Possible Ransomware SMB File Rename Activity", "A Network Trojan was detected", ThreatClass.MalwareCommunication, ThreatKind.Ransomware)]
    [InlineData("ET EXPLOIT Possible ETERNALBLUE MS17-010 Echo Response", "Attempted Administrator Privilege Gain", ThreatClass.MalwareCommunication, ThreatKind.LateralMovement)]
    [InlineData("ET POLICY TLS possible TOR SSL traffic", "Misc activity", ThreatClass.SuspiciousCommunication, ThreatKind.Tor)]
    [InlineData("ET TOR Known Tor Relay/Router (Not Exit) Node Traffic group 1", "Misc Attack", ThreatClass.SuspiciousCommunication, ThreatKind.Tor)]
    public void Maps_signatures_to_the_classes_of_the_terms(string signature, string category, ThreatClass expectedClass, ThreatKind expectedKind)
    {
        var classification = ThreatClassifier.Default.Classify(signature, category);

        classification.ShouldBe(new ThreatClassification(expectedClass, expectedKind));
    }

    [Fact]
    public void A_category_alone_classifies_when_the_signature_says_nothing()
    {
        ThreatClassifier.Default.Classify("ET INFO Something vague", "Malware Command and Control Activity Detected")
            .ShouldBe(new ThreatClassification(ThreatClass.MalwareCommunication, ThreatKind.CommandAndControl));
    }

    [Fact]
    public void Words_that_merely_contain_tor_are_not_tor()
    {
        ThreatClassifier.Default.Classify("ET INFO Monitor Director Heartbeat", "Misc activity").Class.ShouldBe(ThreatClass.Unclassified);
    }

    [Fact]
    public void Unknown_signatures_stay_visible_as_unclassified()
    {
        ThreatClassifier.Default.Classify("GPL ICMP_INFO PING", null).ShouldBe(new ThreatClassification(ThreatClass.Unclassified, ThreatKind.None));
    }

    // Local rules (a site's own, no ET family), as sensors write them: often an empty or generic category (issue 14).
    [Theory]
    [InlineData("LOCAL ICMP sweep", "Detection of a Network Scan", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL ICMP ping sweeping several hosts", "", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL ICMP Echo sweeps from one source", "Misc activity", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL HTTP vulnerability scan /cgi-bin/", "", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL HTTP vulnerability scanners (Nikto, Nessus)", "Web Application Attack", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL HTTP vulnerability probing of /wp-admin", "", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL HTTP probes for .env files", "Misc activity", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL host scanned many ports", "", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL ICMP Echo Request", "Misc activity", ThreatClass.Unclassified)]
    [InlineData("LOCAL probably nothing", "", ThreatClass.Unclassified)]
    public void Classify_LocalRuleForSweepsAndScans_IsReconnaissanceByItsWords(string signature, string category, ThreatClass expected)
    {
        var result = ThreatClassifier.Default.Classify(signature, category.Length == 0 ? null : category);

        result.Class.ShouldBe(expected);
    }

    // Exploits: the hand-checked corpus showed the rule's attack_target metadata (or a word like "Java") misleading.
    [Theory]
    [InlineData("ET EXPLOIT REDIS Attemted SSH Authorized Key Writing Attempt", "Client_Endpoint", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET EXPLOIT Apache Struts Possible OGNL Java WriteFile in client_body", "", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET EXPLOIT Possible Citrix Application Delivery Controller Arbitrary Code Execution Attempt (CVE-2019-19781)", "Client_Endpoint", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET EXPLOIT Possible Redirect to SMB exploit attempt - 307", "", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET EXPLOIT TP-LINK DNS Change GET Request (DNSChanger EK)", "Networking_Equipment", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET EXPLOIT CVE-2015-2419 As observed in Magnitude EK", "Client_Endpoint", ThreatClass.MaliciousFileDownload, ThreatKind.None)]
    [InlineData("ET EXPLOIT Possible Internet Explorer CVE-2014-6332 Common Construct HEX", "", ThreatClass.MaliciousSiteAccess, ThreatKind.None)]
    [InlineData("ET EXPLOIT Possible IBM Data Risk Manager Arbitrary File Download Attempt", "Server", ThreatClass.Reconnaissance, ThreatKind.None)]
    [InlineData("ET EXPLOIT Possible ECLIPSEDWING RPCTOUCH MS08-067", "SMB_Server", ThreatClass.MalwareCommunication, ThreatKind.LateralMovement)]
    public void Classify_ExploitRule_ServerSoftwareAndRedirectsOutweighMetadataAndKitCodeIsADownload(string signature, string target, ThreatClass expectedClass, ThreatKind expectedKind)
    {
        var metadata = target.Length == 0 ? AlertMetadata.Empty : AlertMetadata.Of(("attack_target", target));

        var result = ThreatClassifier.Default.Classify(new AlertFacts(signature, "Attempted Administrator Privilege Gain", metadata));

        result.ShouldBe(new ThreatClassification(expectedClass, expectedKind));
    }

    // Decision of 2026-12-08 (corpus README): an exploit the rule sees leaving the customer's network is an infected host
    // spreading (別紙2 マルウェア通信, 感染拡大), whatever its target or metadata; the same exploit coming in is a probe.
    [Theory]
    [InlineData("ET EXPLOIT Linksys E-Series Device RCE Attempt Outbound", "Client_Endpoint", ThreatClass.MalwareCommunication)]
    [InlineData("ET EXPLOIT Multiple DrayTek Products Pre-authentication Remote RCE Outbound (CVE-2020-8515) M2", "Networking_Equipment", ThreatClass.MalwareCommunication)]
    [InlineData("ET EXPLOIT NetGain Systems Enterprise Manager CVE-2017-16602 (Outbound)", "IoT", ThreatClass.MalwareCommunication)]
    [InlineData("ET EXPLOIT Multiple DrayTek Products Pre-authentication Remote RCE Inbound (CVE-2020-8515) M2", "Networking_Equipment", ThreatClass.Reconnaissance)]
    [InlineData("ET EXPLOIT Linksys E-Series Device RCE Attempt", "IoT", ThreatClass.Reconnaissance)]
    [InlineData("ET EXPLOIT Possible OpenSSL HeartBleed Large HeartBeat Response from Common SSL Port (Outbound from Client)", "", ThreatClass.Reconnaissance)]
    public void Classify_DeviceExploitByDirection_OutboundIsAnInfectedHostInboundIsAProbe(string signature, string target, ThreatClass expected)
    {
        var metadata = target.Length == 0 ? AlertMetadata.Empty : AlertMetadata.Of(("attack_target", target));

        var result = ThreatClassifier.Default.Classify(new AlertFacts(signature, "Attempted Administrator Privilege Gain", metadata));

        result.Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData("ET WEB_SERVER PHP WebShell Embedded In JPG (OUTBOUND)", "Successful Administrator Privilege Gain", ThreatClass.MaliciousFileDownload)]
    [InlineData("ET WEB_SERVER AnonGhost PHP Webshell", "A Network Trojan was detected", ThreatClass.MaliciousFileDownload)]
    [InlineData("ET EXPLOIT Possible WebShell JPEG Upload", "Web Application Attack", ThreatClass.Reconnaissance)]
    public void Classify_WebShellRule_ItsCodeInTransitIsADownloadAnUploadToTheServerIsAProbe(string signature, string category, ThreatClass expected)
    {
        ThreatClassifier.Default.Classify(signature, category).Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData("ET ATTACK_RESPONSE Output of id command from HTTP server", "Potentially Bad Traffic", ThreatClass.MalwareCommunication)]
    [InlineData("ET ATTACK_RESPONSE Microsoft Powershell Banner Outbound", "Successful Administrator Privilege Gain", ThreatClass.MalwareCommunication)]
    [InlineData("ET ATTACK_RESPONSE Windows LMHosts File Download - Likely DNSChanger Infection", "A Network Trojan was detected", ThreatClass.MalwareCommunication)]
    [InlineData("ET ATTACK_RESPONSE PowerShell Execution String Base64 Encoded Start-Process (RhcnQtUHJvY2) in DNS TXT Reponse", "Potentially Bad Traffic", ThreatClass.MaliciousFileDownload)]
    [InlineData("ET ATTACK_RESPONSE UTF16-LE base64 string /This Program/ in DNS TXT Reponse", "Potentially Bad Traffic", ThreatClass.MaliciousFileDownload)]
    [InlineData("ET ATTACK_RESPONSE FTP inaccessible directory access LPT3", "A suspicious string was detected", ThreatClass.Reconnaissance)]
    [InlineData("ET ATTACK_RESPONSE Weak Netbios Lanman Auth Challenge Detected", "Potential Corporate Privacy Violation", ThreatClass.Unclassified)]
    [InlineData("ET ATTACK_RESPONSE Possible Lateral Movement - File Creation Request in Remote System32 Directory (T1105)", "Attempted User Privilege Gain", ThreatClass.MalwareCommunication)]
    public void Classify_AttackResponseRule_ACompromisedHostAnsweringIsMalwareUnlessTheRuleSaysOtherwise(string signature, string category, ThreatClass expected)
    {
        ThreatClassifier.Default.Classify(signature, category).Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData("GPL NETBIOS SMB-DS InitiateSystemShutdown unicode attempt", ThreatClass.Reconnaissance)]
    [InlineData("GPL NETBIOS SMB NT Trans NT CREATE invalid SACL ace size dos attempt", ThreatClass.Reconnaissance)]
    [InlineData("GPL NETBIOS SMB winreg unicode andx bind attempt", ThreatClass.Unclassified)]
    [InlineData("GPL NETBIOS SMB C$ share access", ThreatClass.Unclassified)]
    public void Classify_ProtocolDecodeRuleInAnInformationalFamily_ARequestToStopOrBreakTheServiceIsAProbe(string signature, ThreatClass expected)
    {
        ThreatClassifier.Default.Classify(signature, "Generic Protocol Command Decode").Class.ShouldBe(expected);
    }

    // Server-protocol families (blind sample 3): an attack category means an attack at the service; others stay hints.
    [Theory]
    [InlineData("GPL POP3 AUTH overflow attempt", "Attempted Administrator Privilege Gain", ThreatClass.Reconnaissance)]
    [InlineData("GPL IMAP login buffer overflow attempt", "Attempted User Privilege Gain", ThreatClass.Reconnaissance)]
    [InlineData("GPL TELNET Bad Login", "Potentially Bad Traffic", ThreatClass.Reconnaissance)]
    [InlineData("GPL SNMP SNMP trap Format String detected", "Attempted Information Leak", ThreatClass.Reconnaissance)]
    [InlineData("ET SCADA SEIG Modbus 3.4 - Remote Code Execution", "Attempted User Privilege Gain", ThreatClass.Reconnaissance)]
    [InlineData("GPL FTP large PWD command", "Generic Protocol Command Decode", ThreatClass.Reconnaissance)]
    [InlineData("ET TFTP Outbound TFTP Data Transfer with Cisco config", "Potential Corporate Privacy Violation", ThreatClass.Unclassified)]
    [InlineData("ET RPC DCERPC SVCCTL - Remote Service Control Manager Access", "Attempted Administrator Privilege Gain", ThreatClass.MalwareCommunication)]
    public void Classify_ServerProtocolFamily_AnAttackCategoryIsAnAttackAtTheServiceOtherwiseAHint(string signature, string category, ThreatClass expected)
    {
        ThreatClassifier.Default.Classify(signature, category).Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData("黑客后门或shell Microsoft Windows", "Misc Attack", ThreatClass.MalwareCommunication)]
    [InlineData("LOCAL reverse shell banner outbound", "", ThreatClass.MalwareCommunication)]
    [InlineData("CRLF found", "Web Application Attack", ThreatClass.Reconnaissance)]
    [InlineData("LOCAL PowerShell user agent", "Misc Attack", ThreatClass.Unclassified)]
    [InlineData("ET USER_AGENTS Suspicious User-Agent (DownloadMR)", "A Network Trojan was detected", ThreatClass.MalwareCommunication)]
    [InlineData("ET USER_AGENTS Go HTTP Client User-Agent", "Misc activity", ThreatClass.Unclassified)]
    [InlineData("ET SHELLCODE Unescape Variable Unicode Shellcode", "Executable code was detected", ThreatClass.MaliciousSiteAccess)]
    public void Classify_LocalRulesUserAgentsAndShellcode_ReadByWhatTheyNameAndTheirCategory(string signature, string category, ThreatClass expected)
    {
        ThreatClassifier.Default.Classify(signature, category).Class.ShouldBe(expected);
    }

    [Theory]
    [InlineData(1, AlertSeverity.High)]
    [InlineData(2, AlertSeverity.Medium)]
    [InlineData(3, AlertSeverity.Low)]
    [InlineData(4, AlertSeverity.Informational)]
    [InlineData(0, AlertSeverity.Informational)]
    public void Suricata_severity_maps_to_the_portal_severity(int suricata, AlertSeverity expected)
    {
        ThreatClassifier.SeverityOf(suricata).ShouldBe(expected);
    }
}
