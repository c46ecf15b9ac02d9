using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.Quotes;

/// <summary>Prices a network for a plan from the price lists in effect, with the hub's tax table and rounding policy.</summary>
public sealed class QuoteCalculator(IDbContextFactory<HubDbContext> contextFactory)
{
    /// <summary>Fractions of a yen in tax are rounded down unless a contract says otherwise (003 §8-7 rounds up).</summary>
    public const RoundingMode TaxRounding = RoundingMode.Down;

    public async Task<QuoteResult> CalculateAsync(ServicePlan plan, CustomerSegment segment, int endpoints, long bandwidthMbps, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return Calculate(await CatalogAsync(db, cancellationToken), plan, segment, endpoints, bandwidthMbps, date);
    }

    /// <summary>The stored price lists as one catalog, for pricing many networks from one read (the demo seed does).</summary>
    public static async Task<PriceCatalog> CatalogAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = await db.PriceLists.AsNoTracking().ToListAsync(cancellationToken);
        return PriceCatalog.Create(documents.Select(d => d.ToPriceList()));
    }

    /// <summary>Prices a network from <paramref name="catalog"/> with the hub's tax table and rounding policy.</summary>
    public static QuoteResult Calculate(PriceCatalog catalog, ServicePlan plan, CustomerSegment segment, int endpoints, long bandwidthMbps, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Quote.Calculate(catalog, plan.Model, plan.Code, segment, endpoints, bandwidthMbps, date, TaxRounding, TaxRateTable.Japan);
    }
}
