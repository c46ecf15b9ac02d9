using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// A row of a narrow key table kept beside a searched table (<see cref="AlertSearchRow"/>, <see cref="AuditSearchRow"/>):
/// <see cref="Id"/> is the searched row's rowid, the key the FTS tables answer with.
/// </summary>
public interface ISearchKeyRow
{
    long Id { get; }
}

/// <summary>How many rows a search found: exact, or at least this many when the count stopped at the limit.</summary>
public readonly record struct BoundedCount(int Total, bool IsLowerBound)
{
    /// <summary>
    /// Counts <paramref name="rows"/> up to <paramref name="limit"/> (<see cref="SearchOptions.CountLimit"/>): beyond it
    /// the total is stated as a lower bound rather than read to the end.
    /// </summary>
    public static async Task<BoundedCount> CountAsync<T>(IQueryable<T> rows, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int counted = await rows.Take(limit + 1).CountAsync(cancellationToken);
        return new BoundedCount(Math.Min(counted, limit), counted > limit);
    }

    public PagedResult<T> Page<T>(IReadOnlyList<T> items) => new(items, Total) { TotalIsLowerBound = IsLowerBound };
}

/// <summary>One page of a search's keys, newest first, and the bounded count of its matches.</summary>
public sealed record KeyPage<TKey>(IReadOnlyList<TKey> Keys, BoundedCount Count)
    where TKey : notnull
{
    /// <summary>The page's rows, read by key in any order, put back in the page's order.</summary>
    public PagedResult<T> InKeyOrder<T>(IEnumerable<T> rows, Func<T, TKey> keyOf)
    {
        var order = Keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i);
        return Count.Page<T>([.. rows.OrderBy(r => order[keyOf(r)])]);
    }
}

/// <summary>
/// A text search answered by an index (docs/search.md): the matches are filtered, counted and paged on a narrow key table,
/// never on the wide rows, and only the page's rows are read afterwards. Shared by the alert list and the audit trail.
/// </summary>
public static class KeyTableSearch
{
    /// <summary>
    /// The keys of page <paramref name="page"/> of the <paramref name="rows"/> (already filtered: tenant, list filters)
    /// whose <see cref="ISearchKeyRow.Id"/> is among <paramref name="matches"/>, newest first by <paramref name="time"/>.
    /// The count stops after <paramref name="limit"/>; a term that matches more than that is frequent, so its page is found
    /// by walking the rows newest first and keeping the matches (a few pages of keys), instead of sorting every match.
    /// </summary>
    public static async Task<KeyPage<TKey>> PageAsync<TRow, TKey>(IQueryable<TRow> rows, IQueryable<long> matches,
        Expression<Func<TRow, DateTimeOffset>> time, Expression<Func<TRow, TKey>> key, int page, int pageSize, int limit,
        CancellationToken cancellationToken)
        where TRow : class, ISearchKeyRow
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        var count = await BoundedCount.CountAsync(rows.Where(r => matches.Contains(r.Id)), limit, cancellationToken);
        // "+ 0" keeps SQLite from looking the keys up one by one and sorting them all: it then walks the time order.
        var matching = count.IsLowerBound ? rows.Where(r => matches.Contains(r.Id + 0)) : rows.Where(r => matches.Contains(r.Id));
        var keys = await matching.OrderByDescending(time).ThenByDescending(r => r.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(key)
            .ToListAsync(cancellationToken);
        return new KeyPage<TKey>(keys, count);
    }
}
