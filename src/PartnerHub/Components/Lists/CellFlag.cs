using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A small warning icon in a list cell with its explanation as hover text (and as its accessible name), written as markup:
/// the same look as <c>MudTooltip</c> around <c>MudIcon Size="Small" Color="Warning"</c>, without the two components per row
/// (each ~3.5 KB of an idle interactive page; bench README, "Memory per idle interactive page").
/// </summary>
public static class CellFlag
{
    /// <param name="icon">The icon (<c>Icons.Material.*</c>).</param>
    /// <param name="title">What the flag means: the hover text and what a screen reader says.</param>
    /// <param name="testId">The <c>data-testid</c> the feature's tests look for.</param>
    /// <param name="color">Warning unless said otherwise.</param>
    public static RenderFragment Of(string icon, string? title, string? testId = null, Color color = Color.Warning) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "title", title);
        builder.AddAttribute(2, "role", "img");
        builder.AddAttribute(3, "aria-label", title);
        builder.AddAttribute(4, "style", "display: inline-flex; vertical-align: middle");
        builder.AddAttribute(5, "data-testid", testId);
        builder.AddContent(6, SvgIcon.Of(icon, color switch
        {
            Color.Error => "mud-icon-size-small mud-error-text",
            Color.Info => "mud-icon-size-small mud-info-text",
            _ => "mud-icon-size-small mud-warning-text",
        }));
        builder.CloseElement();
    };
}
