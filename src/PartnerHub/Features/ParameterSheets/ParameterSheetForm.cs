using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.Features.ParameterSheets;

/// <summary>The editable form behind a sheet's content (records are immutable; forms bind to setters).</summary>
public sealed class ParameterSheetForm
{
    public string SiteName { get; set; } = string.Empty;

    public string SiteAddress { get; set; } = string.Empty;

    public string? RackLocation { get; set; }

    public string ManagementIp { get; set; } = string.Empty;

    public int PrefixLength { get; set; } = 24;

    public string Gateway { get; set; } = string.Empty;

    public string DnsServers { get; set; } = string.Empty;

    public string? NtpServers { get; set; }

    public string? Proxy { get; set; }

    public string MirrorPort { get; set; } = string.Empty;

    public string MonitoredSegments { get; set; } = string.Empty;

    public long ExpectedBandwidthMbps { get; set; } = 100;

    public long? LineSpeedMbps { get; set; }

    public int ExpectedEndpoints { get; set; } = 100;

    public string NotificationEmails { get; set; } = string.Empty;

    public string NotificationLanguage { get; set; } = "ja";

    public string OnSiteContactName { get; set; } = string.Empty;

    public string OnSiteContactPhone { get; set; } = string.Empty;

    public ParameterSheetContent ToContent() => new()
    {
        SiteName = SiteName.Trim(),
        SiteAddress = SiteAddress.Trim(),
        RackLocation = string.IsNullOrWhiteSpace(RackLocation) ? null : RackLocation.Trim(),
        ManagementIp = ManagementIp.Trim(),
        PrefixLength = PrefixLength,
        Gateway = Gateway.Trim(),
        DnsServers = DnsServers.Trim(),
        NtpServers = string.IsNullOrWhiteSpace(NtpServers) ? null : NtpServers.Trim(),
        Proxy = string.IsNullOrWhiteSpace(Proxy) ? null : Proxy.Trim(),
        MirrorPort = MirrorPort.Trim(),
        MonitoredSegments = MonitoredSegments.Trim(),
        ExpectedBandwidthMbps = ExpectedBandwidthMbps,
        LineSpeedMbps = LineSpeedMbps,
        ExpectedEndpoints = ExpectedEndpoints,
        NotificationEmails = NotificationEmails.Trim(),
        NotificationLanguage = NotificationLanguage,
        OnSiteContactName = OnSiteContactName.Trim(),
        OnSiteContactPhone = OnSiteContactPhone.Trim(),
    };

    public static ParameterSheetForm From(ParameterSheetContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ParameterSheetForm
        {
            SiteName = content.SiteName,
            SiteAddress = content.SiteAddress,
            RackLocation = content.RackLocation,
            ManagementIp = content.ManagementIp,
            PrefixLength = content.PrefixLength,
            Gateway = content.Gateway,
            DnsServers = content.DnsServers,
            NtpServers = content.NtpServers,
            Proxy = content.Proxy,
            MirrorPort = content.MirrorPort,
            MonitoredSegments = content.MonitoredSegments,
            ExpectedBandwidthMbps = content.ExpectedBandwidthMbps,
            LineSpeedMbps = content.LineSpeedMbps,
            ExpectedEndpoints = content.ExpectedEndpoints,
            NotificationEmails = content.NotificationEmails,
            NotificationLanguage = content.NotificationLanguage,
            OnSiteContactName = content.OnSiteContactName,
            OnSiteContactPhone = content.OnSiteContactPhone,
        };
    }
}
