using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.BridgeIntegration.Tests.Support;

public sealed record Deployment(string Serial, Guid ApplianceId, Guid ContractId, Guid SheetId, Guid CustomerId, Guid PartnerId);

/// <summary>Registers a sensor at a customer of a demo partner, as the fulfilment workflow leaves it (delivered, sheet registered).</summary>
public static class Deployments
{
    public static async Task<Deployment> DeployAsync(RealHub hub, CancellationToken cancellationToken, Guid? partner = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var partnerId = partner ?? DemoOrganisations.MinatoPartner;
        var now = TimeProvider.System.GetUtcNow();
        var serial = "IT-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await using var db = hub.SystemContext();
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(cancellationToken);
        var contract = new ServiceContract(Guid.NewGuid(), "IT-" + serial, partnerId, customer.Id, ServicePlan.SensorService.Code, 1, new Yen(480_000), null,
            DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-1), now, "test");
        contract.StartKitting(now, "test");
        contract.Ship(now, "test", "test shipment");
        contract.CompleteDelivery(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7), now, "test").ShouldBeNull();
        var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now, "test");
        appliance.AllocateTo(contract.Id, partnerId, DemoOrganisations.TohoHardwareVendor, now, "test");
        appliance.MoveTo(ApplianceStatus.Kitting, now, "test");
        appliance.MoveTo(ApplianceStatus.Shipped, now, "test");
        appliance.MoveTo(ApplianceStatus.AtCustomer, now, "test");
        var sheet = new ParameterSheet(Guid.NewGuid(), partnerId, customer.Id, contract.Id, ApplianceModel.CyberThreatSensor.Code, new ParameterSheetContent
        {
            SiteName = "本社", SiteAddress = "東京都港区芝浦3-4-1", ManagementIp = "192.168.10.20", Gateway = "192.168.10.1", DnsServers = "192.168.10.2",
            MirrorPort = "SW1 Gi1/0/48", MonitoredSegments = "192.168.10.0/24", ExpectedBandwidthMbps = 300, ExpectedEndpoints = 200,
            NotificationEmails = "soc@example.jp", OnSiteContactName = "鈴木 一郎", OnSiteContactPhone = "03-1234-5678",
        }, now, "test");
        sheet.MoveTo(ParameterSheetStatus.Submitted, now, "test", null);
        sheet.MoveTo(ParameterSheetStatus.Registered, now, "test", null);
        db.Contracts.Add(contract);
        db.Appliances.Add(appliance);
        db.ParameterSheets.Add(sheet);
        await db.SaveChangesAsync(cancellationToken);
        return new Deployment(serial, appliance.Id, contract.Id, sheet.Id, customer.Id, partnerId);
    }

    /// <summary>A random appliance secret (the bridge wants at least 16 characters).</summary>
    public static string NewSecret() => "secret-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}
