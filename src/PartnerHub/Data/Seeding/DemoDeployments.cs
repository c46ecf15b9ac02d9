using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Data.Seeding;

/// <summary>
/// Sensors already at customers, so the device board, alerts and the bridge simulator have something to show. Their
/// serials are the simulator's (SIM-0001…), so `ApplianceBridge simulate` feeds them. SIM-0004's contract waits for
/// its first telemetry: the simulator's first heartbeat confirms its parameter sheet and starts the service.
/// </summary>
internal static class DemoDeployments
{
    public static readonly (string Serial, Guid Partner, int CustomerIndex, bool AwaitsFirstTelemetry)[] Sensors =
    [
        ("SIM-0001", DemoOrganisations.MinatoPartner, 0, false),
        ("SIM-0002", DemoOrganisations.MinatoPartner, 1, false),
        ("SIM-0003", DemoOrganisations.HokurikuPartner, 0, false),
        ("SIM-0004", DemoOrganisations.SakuraPartner, 0, true),
    ];

    // The demo price list's first sensor tier: ¥360,000 wholesale a year, tax excluded, plus 10% (DemoPriceLists).
    private static readonly Yen DemoWholesaleSensorFee = new(396_000);

    public static async Task SeedAsync(HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var orderedOn = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-2);
        int sequence = 1;
        foreach (var (serial, partner, customerIndex, awaitsTelemetry) in Sensors)
        {
            var customer = await db.Customers.Where(c => c.PartnerId == partner).OrderBy(c => c.NameKana).Skip(customerIndex).FirstAsync(cancellationToken);
            var number = "C-" + orderedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + sequence++.ToString("D3", CultureInfo.InvariantCulture);
            var contract = new ServiceContract(Guid.NewGuid(), number, partner, customer.Id, ServicePlan.SensorService.Code, 1, new Yen(480_000), null, orderedOn, now, "seed",
                DemoWholesaleSensorFee);
            contract.StartKitting(now, "seed");
            contract.Ship(now, "seed", "demo shipment");
            contract.CompleteDelivery(orderedOn.AddDays(14), now, "seed");
            if (!awaitsTelemetry)
            {
                contract.StartService(now, "seed", "data collection confirmed");
            }

            var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now, "seed");
            appliance.AllocateTo(contract.Id, partner, DemoOrganisations.TohoHardwareVendor, now, "seed");
            appliance.MoveTo(ApplianceStatus.Kitting, now, "seed");
            appliance.MoveTo(ApplianceStatus.Shipped, now, "seed");
            appliance.MoveTo(ApplianceStatus.AtCustomer, now, "seed");

            var sheet = new ParameterSheet(Guid.NewGuid(), partner, customer.Id, contract.Id, ApplianceModel.CyberThreatSensor.Code, Sheet(customer.Name, awaitsTelemetry), now, "seed");
            sheet.MoveTo(ParameterSheetStatus.Submitted, now, "seed", null);
            sheet.MoveTo(ParameterSheetStatus.Registered, now, "seed", null);
            if (!awaitsTelemetry)
            {
                sheet.MoveTo(ParameterSheetStatus.DataCollectionConfirmed, now, "seed", "demo data");
            }

            db.Contracts.Add(contract);
            db.Appliances.Add(appliance);
            db.ParameterSheets.Add(sheet);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // A 1 Gbps office line, well above the ~250 Mbps the demo sensors measure; SIM-0004's sheet predates the field.
    private static ParameterSheetContent Sheet(string customerName, bool awaitsTelemetry) => new()
    {
        SiteName = customerName + " 本社",
        SiteAddress = "東京都港区芝浦3-4-1",
        ManagementIp = "192.168.10.20",
        PrefixLength = 24,
        Gateway = "192.168.10.1",
        DnsServers = "192.168.10.2",
        NtpServers = "ntp.nict.jp",
        MirrorPort = "コアSW GigabitEthernet1/0/48",
        MonitoredSegments = "192.168.10.0/24",
        ExpectedBandwidthMbps = 300,
        LineSpeedMbps = awaitsTelemetry ? null : 1_000,
        // The demo sensors report 312 endpoints: within what the sheet expects (issue 14 compares them).
        ExpectedEndpoints = 320,
        NotificationEmails = "soc@example.jp",
        NotificationLanguage = "ja",
        OnSiteContactName = "鈴木 一郎",
        OnSiteContactPhone = "03-1234-5678",
    };
}
