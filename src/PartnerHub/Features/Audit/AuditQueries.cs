using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Auditing;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Search;

namespace PartnerHub.Features.Audit;

/// <summary>
/// The audit trail; the tenant filter limits a partner to the history of its own records (desk-internal entries carry no
/// partner, so no partner sees them). A text search counts only as far as <see cref="SearchOptions.CountLimit"/>.
/// </summary>
public sealed class AuditQueries(IDbContextFactory<HubDbContext> contextFactory, IOptions<SearchOptions> searchOptions)
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

        if (string.IsNullOrWhiteSpace(query.Search))
        {
            int total = await entries.CountAsync(cancellationToken);
            return new PagedResult<AuditEntry>(await NewestFirst(entries, query).ToListAsync(cancellationToken), total);
        }

        var term = query.Search.Trim();
        int limit = searchOptions.Value.CountLimit;
        if (TextSearchIndex.AuditRowIds(db, term) is { } indexed)
        {
            return await SearchIndexedAsync(db, query, indexed, limit, cancellationToken);
        }

        // SQL Server: the columns themselves (docs/search.md), counted as far as the limit like the index's answer.
        entries = entries.Where(a => (a.UserName != null && a.UserName.Contains(term)) || a.EntityId.Contains(term) || a.Changes.Contains(term));
        var count = await BoundedCount.CountAsync(entries, limit, cancellationToken);
        return count.Page<AuditEntry>(await NewestFirst(entries, query).ToListAsync(cancellationToken));
    }

    // Counted and paged on the narrow key table (KeyTableSearch); only the page's entries are read.
    private static async Task<PagedResult<AuditEntry>> SearchIndexedAsync(HubDbContext db, AuditQuery query, IQueryable<long> indexed, int limit,
        CancellationToken cancellationToken)
    {
        var rows = db.Set<AuditSearchRow>().AsNoTracking();
        if (!db.Tenant.SeesAllPartners)
        {
            // Stated on its own (the query filter has it too) so that the (PartnerId, At) index drives the walk.
            Guid partnerId = db.Tenant.PartnerId;
            rows = rows.Where(r => r.PartnerId == partnerId);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            rows = rows.Where(r => r.EntityType == query.EntityType);
        }

        var page = await KeyTableSearch.PageAsync(rows, indexed, r => r.At, r => r.EntryId, query.Page, query.PageSize, limit, cancellationToken);
        var ids = page.Keys;
        var entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return page.InKeyOrder(entries, a => a.Id);
    }

    private static IQueryable<AuditEntry> NewestFirst(IQueryable<AuditEntry> entries, AuditQuery query) =>
        entries.OrderByDescending(a => a.At).Skip(query.Page * query.PageSize).Take(query.PageSize);

    public async Task<IReadOnlyList<string>> ListEntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}

public sealed record AuditQuery(string? EntityType = null, string? Search = null, int Page = 0, int PageSize = 50);
