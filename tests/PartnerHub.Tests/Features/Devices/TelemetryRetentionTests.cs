using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Features.Devices.Retention;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

public class TelemetryRetentionTests(HubAppFactory app)
{
    [Fact]
    public async Task Events_past_retention_are_deleted_and_the_health_picture_and_recent_events_stay()
    {
        var token = TestContext.Current.CancellationToken;
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, token);
        var now = TimeProvider.System.GetUtcNow();
        var old = DeviceTestData.Alert(deployment.Serial, now.AddDays(-400));
        var recent = DeviceTestData.Alert(deployment.Serial, now.AddDays(-1));
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(old, recent, DeviceTestData.Heartbeat(deployment.Serial, now, 60)), token);

        var (events, _) = await app.Services.GetRequiredService<TelemetryRetention>().RunOnceAsync(token);

        events.ShouldBeGreaterThanOrEqualTo(1);
        await using var db = app.CreateContext(TenantScope.System);
        var left = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).Select(e => e.EventId).ToListAsync(token);
        left.ShouldNotContain(old.EventId);
        left.ShouldContain(recent.EventId);
        (await db.DeviceHealths.AnyAsync(h => h.ApplianceId == deployment.ApplianceId, token)).ShouldBeTrue();
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == deployment.ApplianceId).SumAsync(c => c.Count, token)).ShouldBe(2);
    }
}
