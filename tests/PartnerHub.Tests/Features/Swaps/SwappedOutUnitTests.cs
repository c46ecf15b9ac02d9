using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Swaps;

/// <summary>
/// Once its replacement is delivered, a swapped-out unit no longer serves the contract: it goes silent on its way back, and
/// neither the health watch nor a notice's device targeting may take it for the customer's sensor.
/// </summary>
public class SwappedOutUnitTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evaluate_SwappedOutUnitFallsSilent_NeitherMarksItOfflineNorTellsThePartner()
    {
        var old = await ReportingAsync(await NewCustomerAsync(), "7.0.8");
        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);
        await SwapOutAsync(old);
        // Twenty silent minutes pass only after the swap, so another test's evaluation in between finds nothing to mark offline.
        await using (var clock = app.CreateContext(TenantScope.System))
        {
            await clock.DeviceHealths.Where(h => h.ApplianceId == old.ApplianceId)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.LastSeenAt, TimeProvider.System.GetUtcNow().AddMinutes(-20)), Token);
        }

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == old.ApplianceId, Token)).State.ShouldNotBe(DeviceState.Offline);
        (await db.OutboundEmails.CountAsync(e => e.Body.Contains(old.Serial), Token)).ShouldBe(0);
    }

    [Fact]
    public async Task NoticeTargeting_BySoftwareVersionOrDeviceState_ReachesTheCustomerWhoseServingUnitMatches_NotOneWhoseUnitWasSwappedOut()
    {
        // A version no other test reports; the customers are the test's own, so nothing else of theirs is online.
        var version = "9.9." + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-swaptest";
        var serving = await ReportingAsync(await NewCustomerAsync(), version);
        var swapped = await ReportingAsync(await NewCustomerAsync(), version);
        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);
        await SwapOutAsync(swapped);

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, PartnerHub.Domain.Partners.HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>();
        var byVersion = await queries.PreviewAsync(new NoticeTargeting(TargetKind.SoftwareVersions, [version]), Token);
        byVersion.Customers.ShouldBe(1);
        byVersion.Partners.ShouldHaveSingleItem().PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
        await using var db = app.CreateContext(TenantScope.System);
        var online = await NoticeTargets.Customers(db, new NoticeTargeting(TargetKind.DeviceStates, [nameof(DeviceState.Online)]))
            .Where(c => c.CustomerId == serving.CustomerId || c.CustomerId == swapped.CustomerId).Select(c => c.CustomerId).ToListAsync(Token);
        online.ShouldBe([serving.CustomerId]);
    }

    [Fact]
    public async Task SoftwareVersionChoices_VersionOnlyASwappedOutUnitReports_IsNotOffered()
    {
        var version = "9.8." + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-swapped";
        var swapped = await ReportingAsync(await NewCustomerAsync(), version);
        await using (var before = app.ScopeFor(TestScopes.VendorOperations, PartnerHub.Domain.Partners.HubRoles.VendorOperations))
        {
            (await before.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().SoftwareVersionsAsync(Token)).ShouldContain(version);
        }

        await SwapOutAsync(swapped);

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, PartnerHub.Domain.Partners.HubRoles.VendorOperations);
        (await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().SoftwareVersionsAsync(Token)).ShouldNotContain(version);
    }

    private async Task<Deployment> ReportingAsync(Guid customerId, string version)
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddSeconds(-30), 3600, version: version),
            DeviceTestData.Stats(deployment.Serial, now.AddSeconds(-29), 1_000, 1_000_000)), Token)).EnsureSuccessStatusCode();
        return deployment;
    }

    // The replacement was delivered: the unit is swapped out and waits to be sent back.
    private async Task SwapOutAsync(Deployment deployment)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var unit = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == deployment.ApplianceId, Token);
        unit.SwapOut(Guid.NewGuid(), TimeProvider.System.GetUtcNow(), "test").ShouldBeTrue();
        await db.SaveChangesAsync(Token);
    }

    private async Task<Guid> NewCustomerAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = new Customer(Guid.NewGuid(), DemoOrganisations.MinatoPartner, "株式会社交換テスト" + suffix, "コウカンテスト",
            new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@test.example", "03-1111-2222", "情報システム部"), TimeProvider.System.GetUtcNow());
        await using var db = app.CreateContext(TenantScope.System);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(Token);
        return customer.Id;
    }
}
