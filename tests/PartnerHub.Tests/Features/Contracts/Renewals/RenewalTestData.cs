using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>Delivered contracts of the test's own, dated so their terms end when a renewal test needs them to.</summary>
internal static class RenewalTestData
{
    public static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    /// <summary>
    /// A delivered 004 contract of <paramref name="partnerId"/> (first term: the day after delivery to its anniversary,
    /// 004 §4-2), optionally with a non-renewal notice received on <paramref name="noticeOn"/>.
    /// </summary>
    public static async Task<ServiceContract> DeliveredAsync(HubAppFactory app, Guid partnerId, DateOnly deliveredOn, CancellationToken cancellationToken,
        DateOnly? noticeOn = null, long annualFee = 480_000)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(cancellationToken);
        var contract = new ServiceContract(Guid.NewGuid(), "R-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), partnerId, customer.Id,
            ServicePlan.SensorService.Code, 1, new Yen(annualFee), null, deliveredOn.AddDays(-20), now, "test");
        contract.StartKitting(now, "test").ShouldBeNull();
        contract.Ship(now, "test", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, now, "test").ShouldBeNull();
        if (noticeOn is { } notice)
        {
            contract.RecordNonRenewal(new NonRenewalNotice(notice, notice, notice, null), notice, now, "test").ShouldBeNull();
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        return contract;
    }

    public static async Task<ServiceContract> LoadAsync(HubAppFactory app, Guid contractId, CancellationToken cancellationToken)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Contracts.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == contractId, cancellationToken);
    }
}
