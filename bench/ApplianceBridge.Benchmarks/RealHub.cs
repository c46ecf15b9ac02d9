extern alias hub;

using System.Globalization;
using hub::PartnerHub.Data;
using hub::PartnerHub.Data.Seeding;
using hub::PartnerHub.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace ApplianceBridge.Benchmarks;

// The real hub (its Program: migrations, demo seed, bearer key, TelemetryIngestor) on Kestrel at a loopback port over a
// fresh SQLite file, with a pooled connection string as in production (appsettings.json).
internal sealed class RealHub : WebApplicationFactory<hub::Program>
{
    public const string ApiKey = "bench-real-hub-api-key-0123456789";

    private RealHub(string databaseFile, int port)
    {
        DatabaseFile = databaseFile;
        Url = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(port);
    }

    public string DatabaseFile { get; }

    public Uri Url { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabaseFile }.ToString();

    public static async Task<RealHub> StartAsync(string databaseFile, int port, int simulatedAppliances)
    {
        var hub = new RealHub(databaseFile, port);
        hub.StartServer();
        await hub.RegisterSimulatorAppliancesAsync(simulatedAppliances);
        return hub;
    }

    public HubDbContext SystemContext() =>
        Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Wherever the bench is started from (WebApplicationFactory would look for <solution>/PartnerHub).
        builder.UseContentRoot(BenchSupport.SourceFolder("PartnerHub"));
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Devices:Ingest:Bridges:0:BridgeId", "bridge-1");
        builder.UseSetting("Devices:Ingest:Bridges:0:ApiKey", ApiKey);
        builder.UseSetting("Devices:Ingest:Bridges:0:Appliances:0", "*");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "mail"));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    // The demo seed registers SIM-0001…SIM-0008; the rest of the simulator's serials get a delivered contract and a
    // registered sheet here, so every event is linked to a partner and customer like in production.
    private async Task RegisterSimulatorAppliancesAsync(int count)
    {
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        Guid[] partners = [DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner];
        await using HubDbContext db = SystemContext();
        var existing = (await db.Appliances.Select(a => a.SerialNumber).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        for (int i = 1; i <= count; i++)
        {
            string serial = string.Create(CultureInfo.InvariantCulture, $"SIM-{i:D4}");
            if (existing.Contains(serial))
            {
                continue;
            }

            Guid partnerId = partners[i % partners.Length];
            var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync();
            var contract = new ServiceContract(Guid.NewGuid(), "B-" + serial, partnerId, customer.Id, ServicePlan.SensorService.Code, 1, new Yen(480_000), null,
                DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-1), now, "bench");
            contract.StartKitting(now, "bench");
            contract.Ship(now, "bench", "bench shipment");
            contract.CompleteDelivery(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7), now, "bench");
            var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now, "bench");
            appliance.AllocateTo(contract.Id, partnerId, DemoOrganisations.TohoHardwareVendor, now, "bench");
            appliance.MoveTo(ApplianceStatus.Kitting, now, "bench");
            appliance.MoveTo(ApplianceStatus.Shipped, now, "bench");
            appliance.MoveTo(ApplianceStatus.AtCustomer, now, "bench");
            var sheet = new ParameterSheet(Guid.NewGuid(), partnerId, customer.Id, contract.Id, ApplianceModel.CyberThreatSensor.Code, new ParameterSheetContent
            {
                SiteName = "本社", SiteAddress = "東京都港区芝浦3-4-1", ManagementIp = "192.168.10.20", Gateway = "192.168.10.1", DnsServers = "192.168.10.2",
                MirrorPort = "SW1 Gi1/0/48", MonitoredSegments = "192.168.10.0/24", ExpectedBandwidthMbps = 300, ExpectedEndpoints = 200,
                NotificationEmails = "soc@example.jp", OnSiteContactName = "鈴木 一郎", OnSiteContactPhone = "03-1234-5678",
            }, now, "bench");
            sheet.MoveTo(ParameterSheetStatus.Submitted, now, "bench", null);
            sheet.MoveTo(ParameterSheetStatus.Registered, now, "bench", null);
            db.Contracts.Add(contract);
            db.Appliances.Add(appliance);
            db.ParameterSheets.Add(sheet);
        }

        await db.SaveChangesAsync();
    }
}
