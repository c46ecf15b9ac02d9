using Microsoft.AspNetCore.Components;

namespace PartnerHub.Components;

/// <summary>
/// A MudBlazor SVG icon (<c>Icons.Material.*</c>) written as markup: the same <c>svg</c> a <c>MudIcon</c> renders, without a
/// component. Each component costs an idle interactive page ~3.5 KB of render-tree buffers (bench README, "Memory per idle
/// interactive page"), so the layout and list rows draw their icons this way.
/// </summary>
public static class SvgIcon
{
    /// <param name="icon">The icon's SVG content, e.g. <c>Icons.Material.Filled.Home</c>.</param>
    /// <param name="cssClass">MudBlazor's classes for the place, e.g. <c>mud-icon-size-small mud-chip-icon</c>.</param>
    public static RenderFragment Of(string icon, string cssClass) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", "mud-icon-root mud-svg-icon " + cssClass);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
