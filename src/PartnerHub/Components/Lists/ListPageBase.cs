using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A list page whose filters live in the URL, so a filtered list can be shared and survives a reload. A filter change
/// rewrites the query string (replacing the history entry); the router hands the new values back through the page's
/// <see cref="SupplyParameterFromQueryAttribute"/> properties, and the grid reloads from the first page.
/// </summary>
public abstract class ListPageBase<TItem> : ComponentBase
{
    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected MudDataGrid<TItem>? Grid { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Grid is null)
        {
            return;
        }

        if (Grid.CurrentPage != 0)
        {
            // Moving to the first page loads it.
            Grid.NavigateTo(Page.First);
            return;
        }

        await Grid.ReloadServerData();
    }

    protected void SetFilter(string name, object? value) => SetFilters(new Dictionary<string, object?> { [name] = value });

    protected void SetFilters(IReadOnlyDictionary<string, object?> filters) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(filters), replace: true);

    /// <summary>A link (an export, say) that carries the list's current filters.</summary>
    protected string WithFilters(string relativeUrl) => relativeUrl + new Uri(Navigation.Uri).Query;

    protected Task ReloadAsync() => Grid?.ReloadServerData() ?? Task.CompletedTask;
}
