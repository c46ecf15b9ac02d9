using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.ParameterSheets;

/// <summary>
/// What the customer fills in for one appliance so the vendor can register it and kit it (004 別紙4 §2-4): site,
/// management network, mirror port and monitored segments, expected load, notification and on-site contact.
/// </summary>
public sealed record ParameterSheetContent
{
    /// <summary>Fastest line speed a sheet may state (100 Gbps): anything above is a typing error.</summary>
    public const long MaxLineSpeedMbps = 100_000;

    /// <summary>Install site name (設置場所).</summary>
    public string SiteName { get; init; } = string.Empty;

    /// <summary>Install site address.</summary>
    public string SiteAddress { get; init; } = string.Empty;

    /// <summary>Rack or room location.</summary>
    public string? RackLocation { get; init; }

    /// <summary>Management IPv4 address of the appliance.</summary>
    public string ManagementIp { get; init; } = string.Empty;

    /// <summary>Management subnet prefix length (e.g. 24).</summary>
    public int PrefixLength { get; init; } = 24;

    /// <summary>Default gateway; must be inside the management subnet.</summary>
    public string Gateway { get; init; } = string.Empty;

    /// <summary>DNS servers, comma-separated (1–2).</summary>
    public string DnsServers { get; init; } = string.Empty;

    /// <summary>NTP servers, comma-separated (optional).</summary>
    public string? NtpServers { get; init; }

    /// <summary>Proxy as host:port (optional).</summary>
    public string? Proxy { get; init; }

    /// <summary>Switch and port mirrored to the sensor (SPAN/mirror port).</summary>
    public string MirrorPort { get; init; } = string.Empty;

    /// <summary>Monitored segments as CIDRs, comma-separated; host bits zero, no overlaps.</summary>
    public string MonitoredSegments { get; init; } = string.Empty;

    /// <summary>Expected monitored bandwidth in Mbps.</summary>
    public long ExpectedBandwidthMbps { get; init; }

    /// <summary>Contracted speed of the customer's internet line in Mbps (回線速度), when the sheet states it: sheets made
    /// before the field existed (and old workbooks without its row) have none. Traffic seen above it means the mirror
    /// carries more than the line the sheet describes.</summary>
    public long? LineSpeedMbps { get; init; }

    /// <summary>Expected monitored endpoints.</summary>
    public int ExpectedEndpoints { get; init; }

    /// <summary>Alert e-mail recipients, comma-separated.</summary>
    public string NotificationEmails { get; init; } = string.Empty;

    /// <summary>Notification language: ja or en (004 別紙2: e-mail notices are in English).</summary>
    public string NotificationLanguage { get; init; } = "ja";

    /// <summary>On-site contact name.</summary>
    public string OnSiteContactName { get; init; } = string.Empty;

    /// <summary>On-site contact phone.</summary>
    public string OnSiteContactPhone { get; init; } = string.Empty;

    /// <summary>
    /// Field name → reason for every invalid field, checked against the appliance model's limits (004 別紙2: about
    /// 1,000 endpoints and 1 Gbps per appliance).
    /// </summary>
    public IReadOnlyDictionary<string, SheetFieldProblem> Validate(ApplianceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new Dictionary<string, SheetFieldProblem>(StringComparer.Ordinal);
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems[field] = SheetFieldProblem.Required;
            }
        }

        Require(nameof(SiteName), SiteName);
        Require(nameof(SiteAddress), SiteAddress);
        Require(nameof(MirrorPort), MirrorPort);
        Require(nameof(OnSiteContactName), OnSiteContactName);

        var ip = IpAddresses.ValidateV4(ManagementIp);
        if (!ip.IsValid)
        {
            problems[nameof(ManagementIp)] = SheetFieldProblem.InvalidAddress;
        }

        if (PrefixLength is < 8 or > 30)
        {
            problems[nameof(PrefixLength)] = SheetFieldProblem.OutOfRange;
        }

        var gateway = IpAddresses.ValidateV4(Gateway);
        if (!gateway.IsValid)
        {
            problems[nameof(Gateway)] = SheetFieldProblem.InvalidAddress;
        }
        else if (ip.IsValid && !problems.ContainsKey(nameof(PrefixLength))
            && !CidrBlock.Containing(ip.Value, PrefixLength).Contains(gateway.Value))
        {
            problems[nameof(Gateway)] = SheetFieldProblem.GatewayOutsideSubnet;
        }

        var dns = List(DnsServers);
        if (dns.Count is < 1 or > 2 || dns.Any(d => !IpAddresses.Validate(d).IsValid))
        {
            problems[nameof(DnsServers)] = SheetFieldProblem.InvalidAddress;
        }

        if (List(NtpServers).Any(n => string.IsNullOrWhiteSpace(n) || n.Contains(' ', StringComparison.Ordinal)))
        {
            problems[nameof(NtpServers)] = SheetFieldProblem.InvalidFormat;
        }

        if (!string.IsNullOrWhiteSpace(Proxy) && !IsHostPort(Proxy))
        {
            problems[nameof(Proxy)] = SheetFieldProblem.InvalidFormat;
        }

        var segments = List(MonitoredSegments).Select(CidrBlock.Validate).ToList();
        if (segments.Count == 0)
        {
            problems[nameof(MonitoredSegments)] = SheetFieldProblem.Required;
        }
        else if (segments.Any(s => !s.IsValid))
        {
            problems[nameof(MonitoredSegments)] = segments.Any(s => s.Failure == ValidationFailure.HostBitsSet) ? SheetFieldProblem.HostBitsSet : SheetFieldProblem.InvalidAddress;
        }
        else if (segments.SelectMany((a, i) => segments.Skip(i + 1), (a, b) => a.Value.Overlaps(b.Value)).Any(overlap => overlap))
        {
            problems[nameof(MonitoredSegments)] = SheetFieldProblem.OverlappingSegments;
        }

        if (ExpectedEndpoints < 1)
        {
            problems[nameof(ExpectedEndpoints)] = SheetFieldProblem.OutOfRange;
        }
        else if (ExpectedEndpoints > model.MaxEndpoints)
        {
            problems[nameof(ExpectedEndpoints)] = SheetFieldProblem.AboveModelLimit;
        }

        if (ExpectedBandwidthMbps < 1)
        {
            problems[nameof(ExpectedBandwidthMbps)] = SheetFieldProblem.OutOfRange;
        }
        else if (model.MaxBandwidthMbps is { } limit && ExpectedBandwidthMbps > limit)
        {
            problems[nameof(ExpectedBandwidthMbps)] = SheetFieldProblem.AboveModelLimit;
        }

        if (LineSpeedMbps is { } lineSpeed && lineSpeed is < 1 or > MaxLineSpeedMbps)
        {
            problems[nameof(LineSpeedMbps)] = SheetFieldProblem.OutOfRange;
        }

        var emails = List(NotificationEmails);
        if (emails.Count == 0 || emails.Any(e => !EmailAddress.Validate(e).IsValid))
        {
            problems[nameof(NotificationEmails)] = SheetFieldProblem.InvalidEmail;
        }

        if (NotificationLanguage is not ("ja" or "en"))
        {
            problems[nameof(NotificationLanguage)] = SheetFieldProblem.InvalidFormat;
        }

        if (!PhoneNumber.Validate(OnSiteContactPhone).IsValid)
        {
            problems[nameof(OnSiteContactPhone)] = SheetFieldProblem.InvalidPhone;
        }

        return problems;
    }

    /// <summary>Fields whose values differ from <paramref name="other"/>, with before (other) and after (this).</summary>
    public IReadOnlyList<(string Field, string? Before, string? After)> DiffFrom(ParameterSheetContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return typeof(ParameterSheetContent).GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => (p.Name, Before: Convert.ToString(p.GetValue(other), System.Globalization.CultureInfo.InvariantCulture), After: Convert.ToString(p.GetValue(this), System.Globalization.CultureInfo.InvariantCulture)))
            .Where(d => !string.Equals(d.Before, d.After, StringComparison.Ordinal))
            .ToList();
    }

    private static List<string> List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split([',', '\n', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool IsHostPort(string value)
    {
        int colon = value.LastIndexOf(':');
        return colon > 0 && int.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port)
            && port is > 0 and < 65536 && !value[..colon].Contains(' ', StringComparison.Ordinal);
    }
}

/// <summary>Why a parameter-sheet field is invalid.</summary>
public enum SheetFieldProblem
{
    /// <summary>Missing.</summary>
    Required,

    /// <summary>Not a valid IP address.</summary>
    InvalidAddress,

    /// <summary>The gateway is not in the management subnet.</summary>
    GatewayOutsideSubnet,

    /// <summary>A segment has host bits set (e.g. 10.0.0.1/24).</summary>
    HostBitsSet,

    /// <summary>Monitored segments overlap.</summary>
    OverlappingSegments,

    /// <summary>Above what one appliance of the model handles.</summary>
    AboveModelLimit,

    /// <summary>Out of the accepted range.</summary>
    OutOfRange,

    /// <summary>Malformed.</summary>
    InvalidFormat,

    /// <summary>Not a valid e-mail list.</summary>
    InvalidEmail,

    /// <summary>Not a valid phone number.</summary>
    InvalidPhone,
}
