using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>
/// Finds customers for a picker by name, kana or corporate number, a few at a time: a partner at real size has thousands,
/// far too many for a drop-down. The tenant filter decides whose customers are found.
/// </summary>
public sealed class CustomerLookup(IDbContextFactory<HubDbContext> contextFactory)
{
    public const int MaxMatches = 20;

    /// <summary>Up to <see cref="MaxMatches"/> + 1 matches (one more than shown tells the picker there are more), by kana.</summary>
    public async Task<IReadOnlyList<CustomerPick>> SearchAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (QueryValue.Text(text) is { } term)
        {
            customers = customers.Where(c => c.Name.Contains(term) || c.NameKana.Contains(term) || (c.CorporateNumber != null && c.CorporateNumber.Contains(term)));
        }

        return await customers.OrderBy(c => c.NameKana).ThenBy(c => c.Id).Take(MaxMatches + 1)
            .Select(c => new CustomerPick(c.Id, c.Name, c.NameKana, c.Segment))
            .ToListAsync(cancellationToken);
    }

    public async Task<CustomerPick?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CustomerPick(c.Id, c.Name, c.NameKana, c.Segment))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

public sealed record CustomerPick(Guid Id, string Name, string NameKana, CustomerSegment Segment);
