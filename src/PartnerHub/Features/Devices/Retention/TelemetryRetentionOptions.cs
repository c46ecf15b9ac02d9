using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Devices.Retention;

/// <summary>How long raw telemetry is kept (section <c>Devices:Retention</c>).</summary>
public sealed class TelemetryRetentionOptions
{
    public const string Section = "Devices:Retention";

    /// <summary>Sensor events (alerts, heartbeats, raw records) older than this many days, counted from when the bridge received them, are deleted.</summary>
    [Range(7, 3650)]
    public int EventDays { get; set; } = 395;

    /// <summary>Batch receipts older than this many days are deleted; a bridge never resends a batch that old.</summary>
    [Range(1, 365)]
    public int BatchReceiptDays { get; set; } = 30;

    /// <summary>How often the clean-up runs, in hours.</summary>
    [Range(1, 168)]
    public int RunEveryHours { get; set; } = 24;
}
