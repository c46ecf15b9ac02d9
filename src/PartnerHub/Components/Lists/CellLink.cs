using Microsoft.AspNetCore.Components;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A link in a list cell written as markup with MudBlazor's link classes (it looks as a <c>MudLink</c>), on one line: cut
/// with an ellipsis when too long for the column, the whole text on hover. A <c>MudLink</c> per row is a component each,
/// ~3.5 KB of an idle interactive page (bench README, "Memory per idle interactive page"); this is none. Blazor's router
/// follows the link as it follows a <c>MudLink</c>.
/// </summary>
public static class CellLink
{
    /// <param name="href">The address, relative to the app's base (as <c>MudLink.Href</c>).</param>
    /// <param name="text">The link's text (also its hover text).</param>
    /// <param name="testId">The <c>data-testid</c> the feature's tests look for.</param>
    /// <param name="wide">For free text such as titles, which may take more room than names (as <see cref="CellText"/>).</param>
    public static RenderFragment Of(string href, string? text, string? testId = null, bool wide = false) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2 "
            + (wide ? "cell-ellipsis-wide" : "cell-ellipsis"));
        builder.AddAttribute(3, "style", "display: inline-block; vertical-align: bottom");
        builder.AddAttribute(4, "title", text);
        builder.AddAttribute(5, "data-testid", testId);
        builder.AddContent(6, text);
        builder.CloseElement();
    };
}
