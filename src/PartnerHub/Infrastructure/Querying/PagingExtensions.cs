using Microsoft.EntityFrameworkCore;

namespace PartnerHub.Infrastructure.Querying;

public static class PagingExtensions
{
    /// <summary>
    /// Counts the rows that match, then reads one page of <paramref name="ordered"/> and projects only that page (joins
    /// for names run over the page, not over the whole table).
    /// </summary>
    public static async Task<PagedResult<TItem>> ToPageAsync<TRow, TItem>(
        this IOrderedQueryable<TRow> ordered, ListRequest request, Func<IQueryable<TRow>, IQueryable<TItem>> project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(project);
        int total = await ordered.CountAsync(cancellationToken);
        var items = total == 0 ? [] : await project(ordered.Skip(request.Skip).Take(request.Take)).ToListAsync(cancellationToken);
        return new PagedResult<TItem>(items, total);
    }
}
