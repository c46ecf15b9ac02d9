using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Logistics;

public sealed class InventoryQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<Appliance> s_sorts = new SortMap<Appliance>(nameof(Appliance.SerialNumber))
        .Add(nameof(Appliance.SerialNumber), a => a.SerialNumber)
        .Add(nameof(Appliance.ModelCode), a => a.ModelCode)
        .Add(nameof(Appliance.Condition), a => a.Condition)
        .Add(nameof(Appliance.Status), a => a.Status)
        .ThenAlwaysBy(a => a.Id);

    public async Task<PagedResult<Appliance>> ListAsync(InventoryFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var appliances = db.Appliances.AsNoTracking();
        if (filter.Status is { } wanted)
        {
            appliances = appliances.Where(a => a.Status == wanted);
        }

        if (filter.Model is { } model)
        {
            appliances = appliances.Where(a => a.ModelCode == model);
        }

        if (filter.Search is { } term)
        {
            var serial = term.ToUpperInvariant();
            appliances = appliances.Where(a => a.SerialNumber.Contains(serial));
        }

        return await s_sorts.Apply(appliances, request).ToPageAsync(request, page => page, cancellationToken);
    }

    /// <summary>How many units of each model are in each status: the stock at a glance, counted by the database.</summary>
    public async Task<IReadOnlyList<InventoryCount>> CountByModelAndStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Appliances.AsNoTracking()
            .GroupBy(a => new { a.ModelCode, a.Status })
            .Select(g => new { g.Key.ModelCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.ModelCode, StringComparer.Ordinal).ThenBy(c => c.Status).Select(c => new InventoryCount(c.ModelCode, c.Status, c.Count))];
    }

    public async Task<int> CountInStockAsync(string modelCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Appliances.CountAsync(a => a.ModelCode == modelCode && a.Status == ApplianceStatus.InStock, cancellationToken);
    }
}

/// <summary>The inventory list's filters, as they travel in its URL.</summary>
public sealed record InventoryFilter(string? Search = null, ApplianceStatus? Status = null, string? Model = null)
{
    public static InventoryFilter FromUrl(string? search, string? status, string? model) =>
        new(QueryValue.Text(search), QueryValue.Enum<ApplianceStatus>(status), QueryValue.Text(model));
}

public sealed record InventoryCount(string ModelCode, ApplianceStatus Status, int Count);
