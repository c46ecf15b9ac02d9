using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue.PriceLists;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Features.Catalogue;

// Its own hub: a version in force from today moves every later quote of the plan.
public sealed class IssuedDocumentsKeepTheirPricesTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => CatalogueSteps.Today;

    [Fact]
    public async Task Schedule_VersionInForceToday_LeavesIssuedQuotesContractsAndInvoicesAsIssued()
    {
        await using var before = app.CreateContext(TenantScope.System);
        var quotes = await before.Quotes.AsNoTracking().Select(q => new { q.Id, q.UnitRetail, q.RetailTotal, q.WholesaleTotal, q.PriceListName }).ToListAsync(Token);
        var contracts = await before.Contracts.AsNoTracking().Select(c => new { c.Id, c.AnnualFee, c.WholesaleAnnualFee }).ToListAsync(Token);
        var invoices = await before.Invoices.AsNoTracking().Select(i => new { i.Id, i.GrandTotal, i.TaxTotal }).ToListAsync(Token);
        quotes.ShouldNotBeEmpty();
        contracts.ShouldNotBeEmpty();
        var draft = PriceListDraft.From((await app.VersionAsync(CatalogueSteps.SensorInForce)).List);
        draft.Name = "センサーサービス 改定価格表";
        draft.ValidFrom = Today.ToDateTime(TimeOnly.MinValue);
        foreach (var tier in draft.Entries.SelectMany(e => e.Tiers))
        {
            (tier.Wholesale, tier.Retail) = (tier.Wholesale * 2, tier.Retail * 2);
        }

        // The scheduled next-year sensor version starts later: a version from today must end before it, which the vendor
        // does by revising that version instead; so this test prices the sensor plan for one segment only.
        draft.Entries.RemoveAll(e => e.Segment == CustomerSegment.ChamberMember);
        var result = await app.ScheduleAsync(draft);

        result.Issues.Select(i => i.Key).ShouldBe(["Problem_OverlappingPriceLists"]);
        var utm = await app.ScheduleAsync(CatalogueSteps.UtmDraft(Today, 50_000));
        utm.Issues.ShouldBeEmpty();
        (await app.QuoteAsync(ServicePlan.ChamberUtm, CustomerSegment.ChamberMember, Today)).Quote!.Price.SuggestedRetailPrice.ShouldBe(new Yen(50_000));
        await using var after = app.CreateContext(TenantScope.System);
        (await after.Quotes.AsNoTracking().Select(q => new { q.Id, q.UnitRetail, q.RetailTotal, q.WholesaleTotal, q.PriceListName }).ToListAsync(Token))
            .Where(q => quotes.Any(b => b.Id == q.Id)).ShouldBe(quotes, ignoreOrder: true);
        (await after.Contracts.AsNoTracking().Select(c => new { c.Id, c.AnnualFee, c.WholesaleAnnualFee }).ToListAsync(Token))
            .Where(c => contracts.Any(b => b.Id == c.Id)).ShouldBe(contracts, ignoreOrder: true);
        (await after.Invoices.AsNoTracking().Select(i => new { i.Id, i.GrandTotal, i.TaxTotal }).ToListAsync(Token))
            .Where(i => invoices.Any(b => b.Id == i.Id)).ShouldBe(invoices, ignoreOrder: true);
    }
}
