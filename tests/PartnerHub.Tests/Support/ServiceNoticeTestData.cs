using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Support;

/// <summary>
/// Customers of a test's own with a 004 contract in service, and notices published to exactly them (a customer list), so the
/// shared host's other data never changes what a test reads.
/// </summary>
internal static class ServiceNoticeTestData
{
    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    /// <summary>A new customer of <paramref name="partnerId"/> with a 004 contract delivered 100 days ago.</summary>
    public static async Task<ServiceContract> ActiveContractAsync(HubAppFactory app, Guid partnerId, Yen annualFee, Yen? wholesaleAnnualFee = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var at = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = new Customer(Guid.NewGuid(), partnerId, "株式会社お知らせ契約テスト" + suffix, "オシラセケイヤクテスト",
            new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@test.example", "03-1111-2222", "情報システム部"), at);
        var contract = new ServiceContract(Guid.NewGuid(), $"C-SN-{suffix}", partnerId, customer.Id, ServicePlan.SensorService.Code, 1, annualFee, null,
            Today.AddDays(-120), at, "test", wholesaleAnnualFee);
        contract.StartKitting(at, "test").ShouldBeNull();
        contract.Ship(at, "test", "test").ShouldBeNull();
        contract.CompleteDelivery(Today.AddDays(-100), at, "test").ShouldBeNull();
        contract.StartService(at, "test", "test").ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        db.Customers.Add(customer);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contract;
    }

    /// <summary>Publishes <paramref name="content"/> as vendor operations to <paramref name="customers"/>; fails the test when refused.</summary>
    public static async Task<Guid> PublishAsync(HubAppFactory app, NoticeContent content, params Guid[] customers)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var outcome = await scope.ServiceProvider.GetRequiredService<PublishServiceNotice>()
            .ExecuteAsync(content, new NoticeTargeting(TargetKind.Customers, [.. customers.Select(c => c.ToString())]), TestContext.Current.CancellationToken);
        return outcome.NoticeId.ShouldNotBeNull();
    }
}
