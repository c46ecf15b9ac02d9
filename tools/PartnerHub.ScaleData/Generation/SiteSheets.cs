using System.Globalization;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.ScaleData.Generation;

/// <summary>
/// Parameter sheet content for a customer's site: a private network with its gateway and DNS, the switch port that mirrors
/// the traffic, the segments to watch, and the expected load within the model's limits. Checked by the sheet's own rules.
/// </summary>
internal static class SiteSheets
{
    private static readonly string[] s_mirrorPorts =
    [
        "コアSW GigabitEthernet1/0/48 (SPAN)", "L3SW Gi1/0/24 ミラーポート", "Catalyst 9300 Te1/1/4 (SPAN)", "YAMAHA SWX3220 port16 (ミラー)",
        "FortiSwitch port23 (mirror)", "NETGEAR GS728TP port24 (ミラー)", "Aruba 2930F 1/1/48 (mirror)", "AlaxalA AX2630S 0/48 (ミラー)",
    ];

    private static readonly string[] s_sites = [" 本社", " 本店", " 本社工場", " 事業所", " 本部", " 第二工場"];

    public static (ParameterSheetContent Content, SiteNetwork Network) Make(CustomerRef customer, ApplianceModel model, int endpoints, long bandwidthMbps, Random random)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(random);
        double kind = random.NextDouble();
        int b = random.Next(1, 250);
        string hostBase = kind switch
        {
            < 0.6 => Invariant($"192.168.{b}"),
            < 0.9 => Invariant($"10.{random.Next(0, 256)}.{b}"),
            _ => Invariant($"172.{random.Next(16, 32)}.{b}"),
        };
        string secondBase = hostBase[..hostBase.LastIndexOf('.')] + Invariant($".{b + 1}");
        string management = Invariant($"{hostBase}.{random.Next(20, 250)}");
        string segments = hostBase + ".0/24" + (random.NextDouble() < 0.4 ? ", " + secondBase + ".0/24" : string.Empty);
        string dns = random.Next(3) == 0 ? hostBase + ".2, " + hostBase + ".3" : hostBase + ".2";
        var content = new ParameterSheetContent
        {
            SiteName = customer.Name + s_sites[random.Next(s_sites.Length)],
            SiteAddress = customer.Region.Prefecture + customer.Address,
            RackLocation = random.Next(3) == 0 ? null : Invariant($"{random.Next(1, 6)}F サーバー室 ラック{(char)('A' + random.Next(0, 4))}-{random.Next(1, 10)}"),
            ManagementIp = management,
            PrefixLength = 24,
            Gateway = hostBase + (random.Next(4) == 0 ? ".254" : ".1"),
            DnsServers = dns,
            NtpServers = random.Next(3) == 0 ? hostBase + ".2" : "ntp.nict.jp",
            Proxy = random.Next(4) == 0 ? "proxy." + customer.Domain + ":8080" : null,
            MirrorPort = s_mirrorPorts[random.Next(s_mirrorPorts.Length)],
            MonitoredSegments = segments,
            ExpectedBandwidthMbps = model.MaxBandwidthMbps is { } max ? Math.Min(bandwidthMbps, max) : bandwidthMbps,
            ExpectedEndpoints = Math.Min(endpoints, model.MaxEndpoints),
            NotificationEmails = random.Next(2) == 0 ? "soc@" + customer.Domain : customer.Contact.Email,
            NotificationLanguage = random.NextDouble() < 0.05 ? "en" : "ja",
            OnSiteContactName = customer.Contact.Name,
            OnSiteContactPhone = customer.Contact.Phone,
        };
        var problems = content.Validate(model);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Generated parameter sheet fails its checks: " + string.Join(", ", problems.Select(p => p.Key + "=" + p.Value)));
        }

        return (content, new SiteNetwork(hostBase, 24, management));
    }

    /// <summary>The partner's correction after vendor operations returned the sheet: the mirror port named exactly.</summary>
    public static ParameterSheetContent Corrected(ParameterSheetContent content, Random random)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(random);
        return content with { MirrorPort = s_mirrorPorts[random.Next(s_mirrorPorts.Length)] + Invariant($" / 接続先 {random.Next(1, 49)}番ポート") };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
