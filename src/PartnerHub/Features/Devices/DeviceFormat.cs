using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PartnerHub.Features.Devices;

/// <summary>How the device pages write measurements (Japanese digit grouping, units as the portal shows them).</summary>
public static class DeviceFormat
{
    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    public static string Mbps(double? value, long? limit) => value is not { } v
        ? "-"
        : v.ToString("#,0", CultureInfo.InvariantCulture) + (limit is { } max ? " / " + max.ToString("#,0", CultureInfo.InvariantCulture) : "") + " Mbps";

    public static string Count(long? value, int limit) => value is { } v
        ? v.ToString("#,0", CultureInfo.InvariantCulture) + " / " + limit.ToString("#,0", CultureInfo.InvariantCulture)
        : "-";

    /// <summary>Clock skew as signed days, hours, minutes and seconds ("-92日 3時間", "+45秒"); "-" when not measured.</summary>
    public static string ClockSkew(double? seconds, IStringLocalizer<DeviceStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        if (seconds is not { } s)
        {
            return "-";
        }

        var span = TimeSpan.FromSeconds(Math.Abs(s));
        var sign = s < 0 ? "-" : "+";
        return span.TotalDays >= 1 ? sign + strings["SkewDays", (int)span.TotalDays, span.Hours]
            : span.TotalHours >= 1 ? sign + strings["SkewHours", (int)span.TotalHours, span.Minutes]
            : span.TotalMinutes >= 1 ? sign + strings["SkewMinutes", (int)span.TotalMinutes, span.Seconds]
            : sign + strings["SkewSeconds", Math.Round(span.TotalSeconds, 1)];
    }

    public static string Uptime(long? seconds, IStringLocalizer<DeviceStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        if (seconds is not { } s)
        {
            return "-";
        }

        var span = TimeSpan.FromSeconds(s);
        return strings["UptimeValue", (int)span.TotalDays, span.Hours];
    }
}
