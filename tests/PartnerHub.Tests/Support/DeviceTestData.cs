using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace PartnerHub.Tests.Support;

public sealed record Deployment(string Serial, Guid ApplianceId, Guid ContractId, Guid SheetId, Guid CustomerId);

/// <summary>Sensors at customers and telemetry for them, sent the way a bridge sends it.</summary>
public static class DeviceTestData
{
    private static int s_sequence;

    /// <summary>A delivered contract of <paramref name="partnerId"/> with its appliance at the customer and a registered sheet.</summary>
    public static async Task<Deployment> DeployAsync(HubAppFactory app, Guid partnerId, CancellationToken cancellationToken, Guid? customerId = null, int deliveredDaysAgo = 7)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = TimeProvider.System.GetUtcNow();
        var serial = "TST-" + Interlocked.Increment(ref s_sequence).ToString("D4", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId && (customerId == null || c.Id == customerId)).OrderBy(c => c.NameKana).FirstAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var contract = new ServiceContract(Guid.NewGuid(), "T-" + serial, partnerId, customer.Id, ServicePlan.SensorService.Code, 1, new Yen(480_000), null,
            today.AddDays(-deliveredDaysAgo).AddMonths(-1), now, "test");
        contract.StartKitting(now, "test").ShouldBeNull();
        contract.Ship(now, "test", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(today.AddDays(-deliveredDaysAgo), now, "test").ShouldBeNull();
        var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now, "test");
        appliance.AllocateTo(contract.Id, partnerId, PartnerHub.Data.Seeding.DemoOrganisations.TohoHardwareVendor, now, "test");
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
        return new Deployment(serial, appliance.Id, contract.Id, sheet.Id, customer.Id);
    }

    /// <summary>A heartbeat stamped <paramref name="at"/> by the appliance's clock, received by the bridge at
    /// <paramref name="receivedAt"/> (the same instant unless given).</summary>
    public static TelemetryEvent Heartbeat(string serial, DateTimeOffset at, long uptime, DateTimeOffset? receivedAt = null, string? version = "7.0.8") =>
        Line(serial, at, TelemetryKind.Heartbeat, "heartbeat",
            $"{{\"timestamp\":\"{at:O}\",\"event_type\":\"heartbeat\",\"heartbeat\":{{\"uptime\":{uptime}{(version is null ? "" : $",\"version\":\"{version}\"")}}}}}",
            receivedAt, heartbeat: new HeartbeatPayload(20, 50, 30, uptime, version, 300));

    public static TelemetryEvent Stats(string serial, DateTimeOffset at, long packets, long bytes, DateTimeOffset? receivedAt = null) =>
        Line(serial, at, TelemetryKind.CaptureStats, "stats",
            $"{{\"timestamp\":\"{at:O}\",\"event_type\":\"stats\",\"stats\":{{\"capture\":{{\"kernel_packets\":{packets},\"kernel_drops\":0}},\"decoder\":{{\"bytes\":{bytes}}}}}}}",
            receivedAt, stats: new CaptureStatsPayload(packets, 0, bytes, 3600));

    public static TelemetryEvent Alert(string serial, DateTimeOffset at, string signature = "ET MALWARE Cobalt Strike Beacon Observed",
        string category = "Malware Command and Control Activity Detected", DateTimeOffset? receivedAt = null, long signatureId = 2028591) =>
        Line(serial, at, TelemetryKind.Alert, "alert",
            $"{{\"timestamp\":\"{at:O}\",\"event_type\":\"alert\",\"src_ip\":\"192.168.10.23\",\"dest_ip\":\"198.51.100.9\",\"alert\":{{\"signature_id\":{signatureId},\"signature\":\"{signature}\",\"category\":\"{category}\",\"severity\":1,\"rule\":\"desk-only detail\"}}}}",
            receivedAt, alert: new AlertPayload(signatureId, signature, category, 1, "192.168.10.23", 50123, "198.51.100.9", 443, "TCP", "tls"));

    /// <summary>A Suricata flow record (kept raw, kind "other").</summary>
    public static TelemetryEvent Flow(string serial, DateTimeOffset at, DateTimeOffset? receivedAt = null, string source = "192.168.10.23", string destination = "198.51.100.9") =>
        Line(serial, at, TelemetryKind.Other, "flow",
            $"{{\"timestamp\":\"{at:O}\",\"flow_id\":{Interlocked.Increment(ref s_sequence)},\"event_type\":\"flow\",\"src_ip\":\"{source}\",\"src_port\":50123,\"dest_ip\":\"{destination}\",\"dest_port\":443,\"proto\":\"TCP\",\"flow\":{{\"pkts_toserver\":12,\"pkts_toclient\":10,\"state\":\"closed\"}}}}",
            receivedAt);

    public static TelemetryBatch Batch(params TelemetryEvent[] events) => new("test-bridge", Guid.NewGuid(), events);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, TelemetryBatch batch, CancellationToken cancellationToken, string? apiKey = HubAppFactory.BridgeApiKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, BridgeIngestContract.BatchesPath)
        {
            Content = JsonContent.Create(batch, TelemetryJsonContext.Default.TelemetryBatch),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    private static TelemetryEvent Line(string serial, DateTimeOffset at, TelemetryKind kind, string eventType, string raw, DateTimeOffset? receivedAt,
        HeartbeatPayload? heartbeat = null, CaptureStatsPayload? stats = null, AlertPayload? alert = null) =>
        new(TelemetryEventId.Derive(serial, Encoding.UTF8.GetBytes(raw)), serial, at, receivedAt ?? at, kind, heartbeat, stats, alert, eventType, raw);
}
