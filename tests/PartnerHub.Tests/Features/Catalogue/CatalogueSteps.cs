using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue.PriceLists;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

/// <summary>The catalogue use cases as the tests call them, as the vendor administrator unless a scope and role are given.</summary>
public static class CatalogueSteps
{
    public static readonly Guid UtmList = new("5a1e0000-0000-4000-8000-000000000002");
    public static readonly Guid SensorInForce = new("5a1e0000-0000-4000-8000-000000000001");
    public static readonly Guid SensorScheduled = new("5a1e0000-0000-4000-8000-000000000003");

    public static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<PriceListVersion> VersionAsync(this HubAppFactory app, Guid id)
    {
        await using var services = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        return (await services.ServiceProvider.GetRequiredService<PriceListQueries>().GetAsync(id, Token))!;
    }

    public static async Task<PriceListSaveResult> ScheduleAsync(this HubAppFactory app, PriceListDraft draft, TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        return await services.ServiceProvider.GetRequiredService<SavePriceList>().ScheduleAsync(draft, Token);
    }

    public static async Task<PriceListSaveResult> ReviseAsync(this HubAppFactory app, Guid id, Guid version, PriceListDraft draft, TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        return await services.ServiceProvider.GetRequiredService<SavePriceList>().ReviseAsync(id, version, draft, Token);
    }

    public static async Task<QuoteResult> QuoteAsync(this HubAppFactory app, ServicePlan plan, CustomerSegment segment, DateOnly date)
    {
        await using var services = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        return await services.ServiceProvider.GetRequiredService<QuoteCalculator>().CalculateAsync(plan, segment, 30, 100, date, Token);
    }

    /// <summary>The 002 list from <paramref name="from"/> with the members' retail price <paramref name="memberRetail"/>.</summary>
    public static PriceListDraft UtmDraft(DateOnly from, long memberRetail)
    {
        var draft = new PriceListDraft { Name = $"UTM監視サービス 料金表 {from:yyyyMMdd}", ValidFrom = from.ToDateTime(TimeOnly.MinValue), Basis = PriceBasis.TaxIncluded };
        draft.Entries.Add(new EntryDraft
        {
            PlanCode = ServicePlan.ChamberUtm.Code, Segment = CustomerSegment.ChamberMember, Unit = PriceUnit.PerAppliance,
            Tiers = [new TierDraft { MinEndpoints = 1, Wholesale = memberRetail * 8 / 10, Retail = memberRetail }],
        });
        draft.Entries.Add(new EntryDraft
        {
            PlanCode = ServicePlan.ChamberUtm.Code, Segment = CustomerSegment.Standard, Unit = PriceUnit.PerAppliance,
            Tiers = [new TierDraft { MinEndpoints = 1, Wholesale = 79_200, Retail = 99_000 }],
        });
        return draft;
    }
}
