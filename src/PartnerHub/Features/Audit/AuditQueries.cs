using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Auditing;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Search;

namespace PartnerHub.Features.Audit;

/// <summary>The audit trail; the tenant filter limits a partner to the history of its own records.</summary>
public sealed class AuditQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<PagedResult<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!db.Tenant.SeesAllPartners)
        {
            // As OwnPartnerRows: stated on its own, the partner's condition lets the (PartnerId, At) index serve the list.
            Guid partnerId = db.Tenant.PartnerId;
            entries = entries.Where(a => a.PartnerId == partnerId);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var indexed = TextSearchIndex.AuditEntryKeys(db, term);
            entries = indexed is not null
                ? entries.Where(a => indexed.Contains(a.Id))
                : entries.Where(a => (a.UserName != null && a.UserName.Contains(term)) || a.EntityId.Contains(term) || a.Changes.Contains(term));
        }

        int total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(a => a.At)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(items, total);
    }

    public async Task<IReadOnlyList<string>> ListEntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}

public sealed record AuditQuery(string? EntityType = null, string? Search = null, int Page = 0, int PageSize = 50);
