using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A small status chip written as markup with MudBlazor's chip classes (it looks as a <c>MudChip Size="Small"</c>), its
/// explanation as the native hover text instead of a <c>MudTooltip</c>. For list rows and the feature chips: a
/// <c>MudChip</c> with its icon and tooltip is three to four components per row, each ~3.5 KB of an idle interactive page
/// (bench README, "Memory per idle interactive page"); this is none.
/// </summary>
public static class CellChip
{
    /// <param name="text">The chip's text.</param>
    /// <param name="color">MudBlazor colour, as <c>MudChip.Color</c>.</param>
    /// <param name="variant">Filled (MudChip's default), Outlined or Text.</param>
    /// <param name="title">Hover text (what a tooltip said); none when null.</param>
    /// <param name="icon">A leading icon (<c>Icons.Material.*</c>); none when null.</param>
    /// <param name="testId">The <c>data-testid</c> the feature's tests look for.</param>
    /// <param name="style">Inline style for colours outside the palette (TLP).</param>
    public static RenderFragment Of(string? text, Color color = Color.Default, Variant variant = Variant.Filled, string? title = null,
        string? icon = null, string? testId = null, string? style = null) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class",
            $"mud-chip mud-chip-{VariantClass(variant)} mud-chip-size-small mud-chip-color-{ColorClass(color)}");
        builder.AddAttribute(2, "style", style);
        builder.AddAttribute(3, "title", title);
        builder.AddAttribute(4, "data-testid", testId);
        if (icon is not null)
        {
            builder.AddContent(5, SvgIcon.Of(icon, "mud-icon-size-small mud-chip-icon"));
        }

        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-chip-content");
        builder.AddContent(8, text);
        builder.CloseElement();
        builder.CloseElement();
    };

    // MudBlazor's own class names (its ToDescriptionString of the enums).
    private static string VariantClass(Variant variant) => variant switch
    {
        Variant.Outlined => "outlined",
        Variant.Text => "text",
        _ => "filled",
    };

    internal static string ColorClass(Color color) => color switch
    {
        Color.Primary => "primary",
        Color.Secondary => "secondary",
        Color.Tertiary => "tertiary",
        Color.Info => "info",
        Color.Success => "success",
        Color.Warning => "warning",
        Color.Error => "error",
        Color.Dark => "dark",
        _ => "default",
    };
}
