using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.Devices.Retention;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>An appliance is alive when the bridge receives its records, whatever its own clock says.</summary>
public class ReceiptTimeTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evaluate_RecordsStampedMonthsBehindButReceivedNow_StaysOnlineWithoutAnOfflineEmailAndShowsTheSkew()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        var deviceClock = now.AddDays(-120);
        var evaluator = app.Services.GetRequiredService<DeviceStateEvaluator>();
        for (int round = 0; round < 3; round++)
        {
            var at = deviceClock.AddSeconds(round * 30);
            var received = now.AddSeconds(round);
            (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
                DeviceTestData.Heartbeat(deployment.Serial, at, 3600 + (round * 30), received),
                DeviceTestData.Stats(deployment.Serial, at, 1_000_000 + (round * 10_000), 1_000_000_000 + (round * 1_000_000), received),
                DeviceTestData.Alert(deployment.Serial, at, receivedAt: received)), Token)).EnsureSuccessStatusCode();
            await evaluator.EvaluateAsync(Token);
        }

        await using var db = app.CreateContext(TenantScope.System);
        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token);
        health.State.ShouldBe(DeviceState.Online);
        health.LastSeenAt!.Value.ShouldBeGreaterThanOrEqualTo(now);
        health.ClockSkewSeconds!.Value.ShouldBe(TimeSpan.FromDays(-120).TotalSeconds, tolerance: 120);
        health.Issues.HasFlag(DeviceIssues.ClockSkew).ShouldBeTrue();
        (await db.DeviceStateChanges.AnyAsync(c => c.ApplianceId == deployment.ApplianceId && c.To == DeviceState.Offline, Token)).ShouldBeFalse();
        // Other tests share the host and run the evaluator at the same time; what this test owns is that no "offline" notice
        // went out for this unit.
        var subjects = await db.OutboundEmails.Where(e => e.Body.Contains(deployment.Serial)).Select(e => e.Subject).ToListAsync(Token);
        subjects.ShouldNotContain(subject => subject.Contains("オフライン") || subject.Contains("Offline"));
    }

    [Fact]
    public async Task Evaluate_AlertsAndFlowsWithoutStatsOrHeartbeat_IsOnline()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Flow(deployment.Serial, now.AddSeconds(-2)),
            DeviceTestData.Alert(deployment.Serial, now.AddSeconds(-1), "ET SCAN Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic")), Token)).EnsureSuccessStatusCode();

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token);
        health.State.ShouldBe(DeviceState.Online);
        health.LastTrafficAt.ShouldNotBeNull();
        health.Issues.HasFlag(DeviceIssues.ClockSkew).ShouldBeFalse();
    }

    [Fact]
    public async Task Retention_RecordStampedBeyondRetentionButReceivedRecently_IsKept()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        var oldClockRecentReceipt = DeviceTestData.Alert(deployment.Serial, now.AddDays(-400), receivedAt: now.AddHours(-1));
        var receivedLongAgo = DeviceTestData.Alert(deployment.Serial, now.AddDays(-1), receivedAt: now.AddDays(-400), signatureId: 2000001);
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(oldClockRecentReceipt, receivedLongAgo), Token)).EnsureSuccessStatusCode();

        await app.Services.GetRequiredService<TelemetryRetention>().RunOnceAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        var left = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).Select(e => e.EventId).ToListAsync(Token);
        left.ShouldContain(oldClockRecentReceipt.EventId);
        left.ShouldNotContain(receivedLongAgo.EventId);
    }

    [Fact]
    public async Task AlertsPerDay_AlertsStampedMonthsBehindButReceivedToday_CountOnTheTokyoDayReceived()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        var deviceClock = now.AddDays(-90);
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Alert(deployment.Serial, deviceClock, receivedAt: now),
            DeviceTestData.Alert(deployment.Serial, deviceClock.AddSeconds(1), receivedAt: now, signatureId: 2000002),
            DeviceTestData.Alert(deployment.Serial, now.AddDays(-3), "ET SCAN Potential SSH Scan", "Attempted Information Leak",
                receivedAt: now.AddDays(-3), signatureId: 2000003)), Token)).EnsureSuccessStatusCode();
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var perDay = await scope.ServiceProvider.GetRequiredService<DeviceQueries>().AlertsPerDayAsync(14, deployment.ApplianceId, Token);

        var today = JapaneseFormat.TokyoDate(now);
        int Count(DateOnly day, ThreatClass threatClass) => perDay.CountsByClass[threatClass][perDay.Days.ToList().IndexOf(day)];
        perDay.Days[^1].ShouldBe(today);
        Count(today, ThreatClass.MalwareCommunication).ShouldBe(2);
        Count(JapaneseFormat.TokyoDate(now.AddDays(-3)), ThreatClass.Reconnaissance).ShouldBe(1);
        perDay.CountsByClass.Values.Sum(v => v.Sum()).ShouldBe(3);
    }

    [Fact]
    public async Task CaptureSnapshot_AlertsStampedMonthsBehindButReceivedToday_AreTheLastDaysAlerts()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Alert(deployment.Serial, now.AddDays(-92), receivedAt: now.AddHours(-1)),
            DeviceTestData.Alert(deployment.Serial, now.AddHours(-2), "ET SCAN Potential SSH Scan", "Attempted Information Leak",
                receivedAt: now.AddDays(-2), signatureId: 2000004)), Token)).EnsureSuccessStatusCode();
        await using var db = app.CreateContext(TenantScope.System);

        var snapshot = await OpeningSnapshot.CaptureAsync(db, deployment.Serial, now, Token);

        var alert = snapshot!.Alerts.ShouldHaveSingleItem();
        alert.ObservedAt.ShouldBe(now.AddDays(-92), tolerance: TimeSpan.FromSeconds(1));
        alert.ThreatClass.ShouldBe(ThreatClass.MalwareCommunication);
    }
}
