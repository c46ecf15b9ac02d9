namespace PartnerHub.Infrastructure.Querying;

/// <summary>One page of a server-side paged list and the total number of matching rows.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount)
{
    /// <summary>
    /// The list stopped counting at <see cref="TotalCount"/> (a search counts only so far, see SearchOptions): at least that
    /// many rows match, and the page shows so ("10,000件以上"), never the figure as if it were exact.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }
}
