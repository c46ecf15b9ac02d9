using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

public class DeviceStateEvaluatorTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_silent_appliance_goes_offline_once_and_the_partner_and_operations_are_told_once()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var stopped = "stopped-" + Guid.NewGuid().ToString("N")[..8] + "@minato.example";
        var english = "english-" + Guid.NewGuid().ToString("N")[..8] + "@minato.example";
        await using (var users = app.CreateContext(TenantScope.System))
        {
            users.Users.Add(new PartnerHub.Data.ApplicationUser
            {
                UserName = stopped, NormalizedUserName = stopped.ToUpperInvariant(), Email = stopped, NormalizedEmail = stopped.ToUpperInvariant(),
                OrganisationId = DemoOrganisations.MinatoPartner, LockoutEnabled = true, LockoutEnd = DateTimeOffset.MaxValue,
            });
            users.Users.Add(new PartnerHub.Data.ApplicationUser
            {
                UserName = english, NormalizedUserName = english.ToUpperInvariant(), Email = english, NormalizedEmail = english.ToUpperInvariant(),
                OrganisationId = DemoOrganisations.MinatoPartner, PreferredCulture = "en",
            });
            await users.SaveChangesAsync(Token);
        }

        var longAgo = TimeProvider.System.GetUtcNow().AddMinutes(-20);
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, longAgo, 3600), DeviceTestData.Stats(deployment.Serial, longAgo, 1_000, 1_000_000)), Token);
        var evaluator = app.Services.GetRequiredService<DeviceStateEvaluator>();

        await evaluator.EvaluateAsync(Token);
        await evaluator.EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token)).State.ShouldBe(DeviceState.Offline);
        var changes = await db.DeviceStateChanges.Where(c => c.ApplianceId == deployment.ApplianceId && !c.Restart).ToListAsync(Token);
        changes.ShouldHaveSingleItem().To.ShouldBe(DeviceState.Offline);
        var notices = await db.OutboundEmails.Where(e => e.Body.Contains(deployment.Serial)).ToListAsync(Token);
        // Other tests add Minato staff in parallel: every recipient is Minato's or operations', each told once.
        var recipients = notices.Select(n => n.Recipient).ToList();
        recipients.ShouldContain("ops@vendor.example");
        recipients.ShouldContain("admin@minato.example");
        recipients.ShouldContain("staff@minato.example");
        recipients.ShouldAllBe(r => r == "ops@vendor.example" || r.EndsWith("@minato.example", StringComparison.Ordinal));
        recipients.ShouldBeUnique();
        recipients.ShouldNotContain(stopped);
        notices.ShouldAllBe(n => n.Subject.Contains(deployment.Serial) && n.PartnerId == DemoOrganisations.MinatoPartner);
        // Each in the language the person chose in the hub.
        var staff = notices.Single(n => n.Recipient == "staff@minato.example");
        staff.Subject.ShouldContain("オフライン");
        staff.Body.ShouldContain("電源・ネットワークケーブル");
        var inEnglish = notices.Single(n => n.Recipient == english);
        inEnglish.Subject.ShouldContain("Offline");
        inEnglish.Body.ShouldContain("Check power, cabling");
        inEnglish.Body.ShouldNotContain("オフライン");
    }

    [Fact]
    public async Task Recovery_within_the_notice_interval_changes_the_state_without_another_e_mail()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-15), 600)), Token);
        var evaluator = app.Services.GetRequiredService<DeviceStateEvaluator>();
        await evaluator.EvaluateAsync(Token);
        int noticesWhenOffline;
        await using (var before = app.CreateContext(TenantScope.System))
        {
            noticesWhenOffline = await before.OutboundEmails.CountAsync(e => e.Body.Contains(deployment.Serial), Token);
        }

        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now, 1500), DeviceTestData.Stats(deployment.Serial, now, 5_000, 9_000_000)), Token);
        await evaluator.EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token)).State.ShouldBe(DeviceState.Online);
        (await db.DeviceStateChanges.Where(c => c.ApplianceId == deployment.ApplianceId && !c.Restart).OrderBy(c => c.At).Select(c => c.To).ToListAsync(Token))
            .ShouldBe([DeviceState.Offline, DeviceState.Online]);
        noticesWhenOffline.ShouldBeGreaterThan(0);
        (await db.OutboundEmails.CountAsync(e => e.Body.Contains(deployment.Serial), Token)).ShouldBe(noticesWhenOffline);
    }

    [Fact]
    public async Task A_sensor_that_reports_but_captures_nothing_is_silent()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-40), 3600), DeviceTestData.Stats(deployment.Serial, now.AddMinutes(-40), 1_000, 1_000_000),
            DeviceTestData.Heartbeat(deployment.Serial, now, 6000), DeviceTestData.Stats(deployment.Serial, now, 1_000, 1_000_000)), Token);

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token)).State.ShouldBe(DeviceState.Silent);
    }

    [Fact]
    public async Task Queued_notices_are_sent_and_their_delivery_time_recorded()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, TimeProvider.System.GetUtcNow().AddMinutes(-30), 60)), Token);
        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        // The outbox sends the oldest 50 per round and other tests queue notices too: run rounds until it is empty.
        var outbox = app.Services.GetRequiredService<PartnerHub.Infrastructure.Mail.EmailOutbox>();
        for (int round = 0; round < 100 && await outbox.SendPendingAsync(Token) > 0; round++)
        {
        }

        await using var db = app.CreateContext(TenantScope.System);
        var notices = await db.OutboundEmails.Where(e => e.Body.Contains(deployment.Serial)).ToListAsync(Token);
        notices.ShouldNotBeEmpty();
        notices.ShouldAllBe(n => n.SentAt != null && n.Attempts == 1);
    }
}
