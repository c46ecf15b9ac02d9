using Microsoft.EntityFrameworkCore;

namespace PartnerHub.Infrastructure.Querying;

public static class PagingExtensions
{
    /// <summary>
    /// Counts the rows that match, then reads one page of <paramref name="ordered"/> and projects only that page (joins
    /// for names run over the page, not over the whole table).
    /// </summary>
    public static Task<PagedResult<TItem>> ToPageAsync<TRow, TItem>(
        this IOrderedQueryable<TRow> ordered, ListRequest request, Func<IQueryable<TRow>, IQueryable<TItem>> project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        return ordered.ToPageAsync(request, project, ordered.CountAsync, cancellationToken);
    }

    /// <summary>
    /// As above, with the total from <paramref name="count"/>: for lists whose rows join other tables only for names (joins
    /// that can drop no row), counting the list's own table lets an index answer instead of joining every row (50,000
    /// contracts × their customer and partner at scale).
    /// </summary>
    public static async Task<PagedResult<TItem>> ToPageAsync<TRow, TItem>(
        this IOrderedQueryable<TRow> ordered, ListRequest request, Func<IQueryable<TRow>, IQueryable<TItem>> project,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(count);
        int total = await count(cancellationToken);
        var items = total == 0 ? [] : await project(ordered.Skip(request.Skip).Take(request.Take)).ToListAsync(cancellationToken);
        return new PagedResult<TItem>(items, total);
    }
}
