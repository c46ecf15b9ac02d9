using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Data;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Features.Documents.CustomerData;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.Devices.Retention;

/// <summary>Every alert stored for the customer, for the customer data export.</summary>
public sealed class AlertDataSheet(IStringLocalizer<CustomerDataStrings> strings, IStringLocalizer<DeviceStrings> deviceStrings) : ICustomerDataExporter
{
    public async Task AddToAsync(HubDbContext db, Guid customerId, CustomerDataPackage package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(package);
        var alerts = await db.SensorEvents.AsNoTracking()
            .Where(e => e.CustomerId == customerId && e.Kind == TelemetryKind.Alert)
            .OrderBy(e => e.ObservedAt)
            .ToListAsync(cancellationToken);
        package.AddSheet(new ExcelExport<SensorEvent>()
            .DateTime(strings["ObservedAt"], e => e.ObservedAt)
            .Text(strings["Serial"], e => e.ApplianceSerial, width: 16)
            .Text(strings["Signature"], e => e.Signature, width: 60)
            .Text(strings["ThreatClass"], e => e.ThreatClass is { } c ? deviceStrings["Class_" + c].Value : null, width: 16)
            .Text(strings["Source"], e => Endpoint(e.SourceIp, e.SourcePort), width: 24)
            .Text(strings["Destination"], e => Endpoint(e.DestinationIp, e.DestinationPort), width: 24)
            .ToSheet(strings["Sheet_Alerts"], alerts));
    }

    private static string? Endpoint(string? ip, int? port) => ip is null ? null : port is { } p ? $"{ip}:{p}" : ip;
}
