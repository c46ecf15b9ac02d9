using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

/// <summary>
/// A notice targets units serving a live contract (<c>HubDbContext.HealthOfServingUnits</c>): not the unit of a contract
/// that has ended, been terminated or cancelled, nor a unit back in stock that last reported for a contract it no longer
/// serves. The composer's version choices, the targeting by version or state, and the health watch all follow it.
/// </summary>
public class LiveContractUnitsTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    public enum Closing
    {
        Terminated,
        Cancelled,
        BackInStockAfterSwap,
    }

    [Theory]
    [InlineData(Closing.Terminated)]
    [InlineData(Closing.Cancelled)]
    [InlineData(Closing.BackInStockAfterSwap)]
    public async Task SoftwareVersionChoicesAndTargeting_UnitNoLongerServingALiveContract_AreNotOfferedAndReachNoOne(Closing closing)
    {
        var version = "9.7." + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + closing;
        var unit = await ReportingAsync(version, deliver: closing != Closing.Cancelled);
        (await VersionChoicesAsync()).ShouldContain(version);
        (await PreviewAsync(new NoticeTargeting(TargetKind.SoftwareVersions, [version]))).Customers.ShouldBe(1);

        await CloseAsync(unit, closing);

        (await VersionChoicesAsync()).ShouldNotContain(version);
        (await PreviewAsync(new NoticeTargeting(TargetKind.SoftwareVersions, [version]))).Customers.ShouldBe(0);
        await using var db = app.CreateContext(TenantScope.System);
        (await NoticeTargets.Customers(db, new NoticeTargeting(TargetKind.DeviceStates, [nameof(DeviceState.Online)]))
            .AnyAsync(c => c.CustomerId == unit.CustomerId, Token)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Closing.Cancelled)]
    [InlineData(Closing.BackInStockAfterSwap)]
    public async Task Evaluate_UnitNoLongerServingALiveContract_NeitherMarksItOfflineNorTellsThePartner(Closing closing)
    {
        var unit = await ReportingAsync("7.0.8", deliver: closing != Closing.Cancelled);
        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);
        await CloseAsync(unit, closing);
        // Twenty silent minutes pass only after the close, so another test's evaluation in between finds nothing to mark offline.
        await using (var clock = app.CreateContext(TenantScope.System))
        {
            await clock.DeviceHealths.Where(h => h.ApplianceId == unit.ApplianceId)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.LastSeenAt, TimeProvider.System.GetUtcNow().AddMinutes(-20)), Token);
        }

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == unit.ApplianceId, Token)).State.ShouldNotBe(DeviceState.Offline);
        (await db.OutboundEmails.CountAsync(e => e.Body.Contains(unit.Serial), Token)).ShouldBe(0);
    }

    private async Task<IReadOnlyList<string>> VersionChoicesAsync()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, PartnerHub.Domain.Partners.HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().SoftwareVersionsAsync(Token);
    }

    private async Task<TargetPreview> PreviewAsync(NoticeTargeting targeting)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, PartnerHub.Domain.Partners.HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().PreviewAsync(targeting, Token);
    }

    // A unit of the test's own customer reporting now: delivered, or still on its way (an order that can be cancelled).
    private async Task<Deployment> ReportingAsync(string version, bool deliver)
    {
        var customerId = await NewCustomerAsync();
        var deployment = deliver
            ? await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId)
            : await ShippedAsync(customerId);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddSeconds(-30), 3600, version: version),
            DeviceTestData.Stats(deployment.Serial, now.AddSeconds(-29), 1_000, 1_000_000)), Token)).EnsureSuccessStatusCode();
        return deployment;
    }

    private async Task<Deployment> ShippedAsync(Guid customerId)
    {
        var now = TimeProvider.System.GetUtcNow();
        var serial = "TSC-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var contract = new ServiceContract(Guid.NewGuid(), "T-" + serial, DemoOrganisations.MinatoPartner, customerId, ServicePlan.SensorService.Code, 1,
            new Yen(480_000), null, Today, now, "test");
        contract.StartKitting(now, "test").ShouldBeNull();
        contract.Ship(now, "test", "test shipment").ShouldBeNull();
        var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now, "test");
        appliance.AllocateTo(contract.Id, DemoOrganisations.MinatoPartner, DemoOrganisations.TohoHardwareVendor, now, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Kitting, now, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Shipped, now, "test").ShouldBeTrue();
        await using var db = app.CreateContext(TenantScope.System);
        db.Contracts.Add(contract);
        db.Appliances.Add(appliance);
        await db.SaveChangesAsync(Token);
        return new Deployment(serial, appliance.Id, contract.Id, Guid.Empty, customerId);
    }

    private async Task CloseAsync(Deployment unit, Closing closing)
    {
        var at = TimeProvider.System.GetUtcNow();
        await using var db = app.CreateContext(TenantScope.System);
        switch (closing)
        {
            case Closing.Terminated:
                // The customer cancels with today as the last day; the renewal run ends the contract the next day.
                var ending = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == unit.ContractId, Token);
                ending.ScheduleEnd(Today, TerminationCause.CustomerConvenience, Today, "test", Today, at, "test").ShouldBeNull();
                ending.End(Today.AddDays(1), at, "renewal-run").ShouldBeNull();
                ending.Status.ShouldBe(ContractStatus.Terminated);
                break;
            case Closing.Cancelled:
                var order = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == unit.ContractId, Token);
                order.CancelBeforeDelivery(at, "test", "the customer withdrew the order").ShouldBeNull();
                break;
            case Closing.BackInStockAfterSwap:
                // The contract goes on with a replacement; the old unit came back and was put back in stock.
                var old = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == unit.ApplianceId, Token);
                old.SwapOut(Guid.NewGuid(), at, "test").ShouldBeTrue();
                old.MoveTo(ApplianceStatus.Returned, at, "test").ShouldBeTrue();
                old.MoveTo(ApplianceStatus.InStock, at, "test").ShouldBeTrue();
                break;
        }

        await db.SaveChangesAsync(Token);
    }

    private async Task<Guid> NewCustomerAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = new Customer(Guid.NewGuid(), DemoOrganisations.MinatoPartner, "株式会社稼働契約テスト" + suffix, "カドウケイヤクテスト",
            new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@test.example", "03-1111-2222", "情報システム部"), TimeProvider.System.GetUtcNow());
        await using var db = app.CreateContext(TenantScope.System);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(Token);
        return customer.Id;
    }
}
