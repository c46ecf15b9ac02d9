namespace PartnerHub.Features.Logistics.Reports;

/// <summary>Marker for HardwareReportStrings.resx (the hardware reports page and its Excel files).</summary>
public sealed class HardwareReportStrings
{
}
