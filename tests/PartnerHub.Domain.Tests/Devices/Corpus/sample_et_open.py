#!/usr/bin/env python3
"""Builds et-open-labelled.tsv: a sample of real ET Open rules, each labelled with the threat class of 004 別紙2 §3.

The label comes from the rule's family (the word after "ET" in msg), its classtype and its metadata, by the table in
README.md, written here on its own: it never calls, copies or imports the hub's classifier, so the test that compares
the two measures the classifier against an independent reading of the rules.

Sources (public copies of ET Open, fetched into /work/.mirror):
  Atieno-Ouma/MonitoringServer @ HEAD (ET Open of June 2020, after TROJAN was renamed MALWARE): malware, scan, exploit,
      tor, botcc (ET CNC), mobile_malware, web_client, current_events, policy, info.
  xisafe/suricata-rule @ HEAD (ET Open of April 2019): emerging-trojan.rules (the ET TROJAN family before the rename).
Usage: python3 label_et_open.py > et-open-labelled.tsv
"""
import re
import subprocess
import sys

ATIENO = "/work/.mirror/Atieno-Ouma+MonitoringServer/repo"
XISAFE = "/work/.mirror/xisafe+suricata-rule/repo/.git"

# (repository, file, how many rules to take, evenly spaced by sid)
SOURCES = [
    (ATIENO, "rules/emerging-malware.rules", 160),
    (XISAFE, "rules/emerging-trojan.rules", 160),
    (ATIENO, "rules/botcc.rules", 52),
    (ATIENO, "rules/emerging-scan.rules", 90),
    (ATIENO, "rules/emerging-exploit.rules", 90),
    (ATIENO, "rules/tor.rules", 40),
    (ATIENO, "rules/emerging-mobile_malware.rules", 30),
    (ATIENO, "rules/emerging-web_client.rules", 30),
    (ATIENO, "rules/emerging-current_events.rules", 40),
    (ATIENO, "rules/emerging-policy.rules", 40),
    (ATIENO, "rules/emerging-info.rules", 40),
]

# alert.category as Suricata writes it for each classtype (classification.config of Suricata 5+).
CATEGORY = {
    "not-suspicious": "Not Suspicious Traffic", "unknown": "Unknown Traffic", "bad-unknown": "Potentially Bad Traffic",
    "attempted-recon": "Attempted Information Leak", "successful-recon-limited": "Information Leak",
    "successful-recon-largescale": "Large Scale Information Leak", "attempted-dos": "Attempted Denial of Service",
    "successful-dos": "Denial of Service", "attempted-user": "Attempted User Privilege Gain",
    "unsuccessful-user": "Unsuccessful User Privilege Gain", "successful-user": "Successful User Privilege Gain",
    "attempted-admin": "Attempted Administrator Privilege Gain", "successful-admin": "Successful Administrator Privilege Gain",
    "rpc-portmap-decode": "Decode of an RPC Query", "shellcode-detect": "Executable code was detected",
    "string-detect": "A suspicious string was detected", "suspicious-filename-detect": "A suspicious filename was detected",
    "suspicious-login": "An attempted login using a suspicious username was detected", "system-call-detect": "A system call was detected",
    "tcp-connection": "A TCP connection was detected", "trojan-activity": "A Network Trojan was detected",
    "unusual-client-port-connection": "A client was using an unusual port", "network-scan": "Detection of a Network Scan",
    "denial-of-service": "Detection of a Denial of Service Attack", "non-standard-protocol": "Detection of a non-standard protocol or event",
    "protocol-command-decode": "Generic Protocol Command Decode", "web-application-activity": "access to a potentially vulnerable web application",
    "web-application-attack": "Web Application Attack", "misc-activity": "Misc activity", "misc-attack": "Misc Attack",
    "icmp-event": "Generic ICMP event", "inappropriate-content": "Inappropriate Content was Detected",
    "policy-violation": "Potential Corporate Privacy Violation", "default-login-attempt": "Attempt to login by a default username and password",
    "targeted-activity": "Targeted Malicious Activity was Detected", "exploit-kit": "Exploit Kit Activity Detected",
    "external-ip-check": "Device Retrieving External IP Address Detected", "domain-c2": "Domain Observed Used for C2 Detected",
    "pup-activity": "Possibly Unwanted Program Detected", "credential-theft": "Successful Credential Theft Detected",
    "social-engineering": "Possible Social Engineering Attempted", "coin-mining": "Crypto Currency Mining Activity Detected",
    "command-and-control": "Malware Command and Control Activity Detected",
}

KEEP_METADATA = ("malware_family", "attack_target", "signature_severity", "former_category")


def rules(repo, path):
    text = subprocess.run(["git", "--git-dir" if repo.endswith(".git") else "-C", repo, "show", "HEAD:" + path],
                          capture_output=True, text=True, check=True).stdout
    for line in text.splitlines():
        if not line.startswith("alert "):
            continue
        msg = re.search(r'msg:\s*"((?:[^"\\]|\\.)*)"', line)
        sid = re.search(r"\bsid:\s*(\d+)", line)
        classtype = re.search(r"\bclasstype:\s*([\w-]+)", line)
        if not (msg and sid):
            continue
        metadata = {}
        for block in re.findall(r"\bmetadata:\s*([^;]*);", line):
            for pair in block.split(","):
                parts = pair.strip().split(None, 1)
                if len(parts) == 2 and parts[0] in KEEP_METADATA:
                    metadata.setdefault(parts[0], []).append(parts[1].strip())
        # msg as EVE's alert.signature shows it: the rule's escapes (\; \" \\) undone.
        yield int(sid.group(1)), re.sub(r"\\(.)", r"\1", msg.group(1)), classtype.group(1) if classtype else "", metadata


def sample(items, count):
    items = sorted(items)
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


# ---- the labelling rule (README.md, "How the corpus is labelled") ----
SEEN_TOR = re.compile(r"\bTOR\b|\.ONION\b")
RANSOM = re.compile(r"RANSOM")
SPREAD = re.compile(r"ETERNAL(BLUE|ROMANCE|CHAMPION|SYNERGY)|MS17-010|DOUBLEPULSAR|PSEXEC|LATERAL")
CONTROL = re.compile(r"\bC&?C\b|\bCNC\b|\bC2\b|CHECK-?IN|BEACON|BOTNET|\bBOT\b.*COMMAND|HEARTBEAT|KEEP-?ALIVE|\bPANEL\b")
# A rule that sees a file arrive: a download verb, a payload or dropper, or an executable being sent. Names of malware
# that download (TrojanDownloader, Downloader) are not downloads themselves.
FETCHES_FILE = re.compile(r"\bDOWNLOAD(S|ED|ING)?\b|\bDL\b|\bPAYLOAD\b|\bDROPPER\b|EXECUTABLE SENT|\bSENT\b.*\b(EXE|EXECUTABLE|BINARY)\b")
CLIENT_SIDE = re.compile(r"BROWSER|\bIE\b|INTERNET EXPLORER|FIREFOX|CHROME|SAFARI|\bEDGE\b|FLASH|ACTIVEX|\bJAVA\b|APPLET|ADOBE|ACROBAT|\bPDF\b|\bOFFICE\b|\bWORD\b|\bEXCEL\b|POWERPOINT|\bRTF\b|\bVML\b|\bSWF\b|SILVERLIGHT|\bCVE-\d+-\d+ .*CLIENT")
LURE = re.compile(r"PHISH|LANDING|\bEK\b|EXPLOIT.?KIT|REDIRECT|COMPROMISED|INJECT|FAKE|SCAM|TECH SUPPORT|SOCIAL ENGINEER|FINGERPRINT|MALVERTIS|\bGATE\b|CREDENTIAL")
CLIENT_TARGETS = {"Client_Endpoint", "Web_Browser", "Client_and_Server", "Mobile_Client"}
MALWARE_FAMILIES = {"MALWARE", "TROJAN", "MOBILE_MALWARE", "WORM", "CNC"}
MALWARE_CLASSTYPES = {"trojan-activity", "command-and-control", "domain-c2", "targeted-activity"}
CONTROL_CLASSTYPES = {"command-and-control", "domain-c2"}


def malware_label(msg, classtype, family):
    if RANSOM.search(msg):
        return "MalwareCommunication"
    if SPREAD.search(msg):
        return "MalwareCommunication"
    if family == "CNC" or classtype in CONTROL_CLASSTYPES or CONTROL.search(msg):
        return "MalwareCommunication"
    if FETCHES_FILE.search(msg):
        return "MaliciousFileDownload"
    return "MalwareCommunication"


def label(family, msg, classtype, metadata):
    msg = msg.upper()
    if family == "TOR":
        return "SuspiciousCommunication"
    # Malware that reaches its servers through Tor (ransomware payment sites on .onion) is still that malware talking.
    if family in MALWARE_FAMILIES:
        return malware_label(msg, classtype, family)
    if SEEN_TOR.search(msg):
        return "SuspiciousCommunication"
    if family == "SCAN":
        return "Reconnaissance"
    if family == "EXPLOIT":
        if SPREAD.search(msg):
            return "MalwareCommunication"
        targets = set(metadata.get("attack_target", []))
        if targets & CLIENT_TARGETS or CLIENT_SIDE.search(msg):
            return "MaliciousSiteAccess"
        # An exploit thrown at an exposed service: probing for vulnerable hosts (偵察行為).
        return "Reconnaissance"
    if family in ("WEB_CLIENT", "ACTIVEX", "PHISHING", "EXPLOIT_KIT"):
        names_delivery = "PAYLOAD" in msg or "DOWNLOAD" in msg
        return "MaliciousFileDownload" if FETCHES_FILE.search(msg) and (names_delivery or not LURE.search(msg)) else "MaliciousSiteAccess"
    if family == "CURRENT_EVENTS":
        if classtype in CONTROL_CLASSTYPES or CONTROL.search(msg):
            return "MalwareCommunication"
        if LURE.search(msg) or classtype in ("social-engineering", "exploit-kit", "credential-theft"):
            delivers_file = FETCHES_FILE.search(msg) and ("PAYLOAD" in msg or "DOWNLOAD" in msg)
            return "MaliciousFileDownload" if delivers_file else "MaliciousSiteAccess"
        if FETCHES_FILE.search(msg):
            return "MaliciousFileDownload"
        if classtype in MALWARE_CLASSTYPES or metadata.get("malware_family"):
            return "MalwareCommunication"
        return "Unclassified"
    # POLICY, INFO and other informational families: hints, not threats, unless the rule itself says lateral movement,
    # C2, or an executable or macro document download.
    if SPREAD.search(msg) or classtype in CONTROL_CLASSTYPES:
        return "MalwareCommunication"
    if re.search(r"\b(EXE|DLL|EXECUTABLE|PE|MACRO|MALDOC)\b", msg) and re.search(r"DOWNLOAD", msg):
        return "MaliciousFileDownload"
    return "Unclassified"


def main():
    out = sys.stdout
    out.write("# ET Open rules labelled with 004 別紙2 §3 classes by label_et_open.py (see README.md). Columns: family, sid, expected class, category, metadata, msg\n")
    for repo, path, count in SOURCES:
        for sid, msg, classtype, metadata in sample(list(rules(repo, path)), count):
            family_match = re.match(r"(?:ET|ETPRO|GPL)\s+([A-Z0-9_]+)\s", msg)
            family = family_match.group(1) if family_match else ""
            expected = label(family, msg, classtype, metadata)
            meta = ";".join(f"{k}={'|'.join(v)}" for k, v in sorted(metadata.items()))
            category = CATEGORY.get(classtype, "")
            out.write("\t".join([family, str(sid), expected, category, meta, msg.replace("\t", " ")]) + "\n")


if __name__ == "__main__":
    main()
