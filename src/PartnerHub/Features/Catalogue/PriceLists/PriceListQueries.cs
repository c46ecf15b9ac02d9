using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Catalogue.PriceLists;

/// <summary>Where a version stands on a day.</summary>
public enum PriceListStanding
{
    Past,
    InForce,
    Scheduled,
}

public sealed record PriceListVersionItem(Guid Id, string Name, DateOnly ValidFrom, DateOnly? ValidTo, PriceBasis Basis, PriceListStanding Standing, IReadOnlyList<string> Plans);

/// <summary>A stored version with its validated content and whether it may still be revised.</summary>
public sealed record PriceListVersion(Guid Id, Guid Version, PriceList List, PriceListStanding Standing)
{
    public bool IsEditable => Standing == PriceListStanding.Scheduled;
}

/// <summary>The price list versions, newest first, a page at a time.</summary>
public sealed class PriceListQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    public DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    public async Task<PagedResult<PriceListVersionItem>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ordered = db.PriceLists.AsNoTracking().OrderByDescending(p => p.ValidFrom).ThenBy(p => p.Name);
        var page = await ordered.ToPageAsync(request, rows => rows, cancellationToken);
        var today = Today;
        return new PagedResult<PriceListVersionItem>(
            [.. page.Items.Select(d => new PriceListVersionItem(d.Id, d.Name, d.ValidFrom, d.ValidTo, d.Basis, StandingOf(d.ValidFrom, d.ValidTo, today),
                [.. d.ToPriceList().Entries.Select(e => e.PlanCode).Distinct(StringComparer.Ordinal)]))],
            page.TotalCount);
    }

    public async Task<PriceListVersion?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.PriceLists.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is null ? null : new PriceListVersion(document.Id, document.Version, document.ToPriceList(), StandingOf(document.ValidFrom, document.ValidTo, Today));
    }

    /// <summary>The version a new one is best copied from: the latest to start.</summary>
    public async Task<PriceListVersion?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.PriceLists.AsNoTracking().OrderByDescending(d => d.ValidFrom).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } latest ? await GetAsync(latest, cancellationToken) : null;
    }

    public static PriceListStanding StandingOf(DateOnly validFrom, DateOnly? validTo, DateOnly today) =>
        validFrom > today ? PriceListStanding.Scheduled
        : validTo is { } end && end < today ? PriceListStanding.Past
        : PriceListStanding.InForce;
}
