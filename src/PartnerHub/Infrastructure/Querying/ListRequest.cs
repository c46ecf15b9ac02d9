using MudBlazor;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>
/// Which page of a list to read and how to sort it: the server side of a MudDataGrid's <see cref="GridState{T}"/>. SortBy is a
/// column's sort key (the grid's SortBy, usually the property name); null means the list's default order.
/// </summary>
public sealed record ListRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false)
{
    /// <summary>The largest page a caller may ask for: the grid offers 25, 50 and 100.</summary>
    public const int MaxPageSize = 200;

    public static ListRequest From<T>(GridState<T> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var sort = state.SortDefinitions.FirstOrDefault();
        return new ListRequest(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}
