using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A toggle chip of a list's filter row (one state of several, pressed again to clear it), written as a button with
/// MudBlazor's chip classes: it looks as an outlined <c>MudChip</c> in a <c>MudChipSet</c> without the component per chip
/// (~3.5 KB each of an idle interactive page; bench README, "Memory per idle interactive page").
/// </summary>
public static class FilterChip
{
    /// <param name="receiver">The page that owns the filter (re-rendered after a click).</param>
    /// <param name="text">The chip's text.</param>
    /// <param name="color">MudBlazor colour.</param>
    /// <param name="selected">Whether the list is filtered by this chip now.</param>
    /// <param name="toggle">Sets the filter to this chip, or clears it when it is selected.</param>
    /// <param name="small">Small chips (a secondary filter row).</param>
    /// <param name="testId">The <c>data-testid</c> the feature's tests look for.</param>
    public static RenderFragment Of(object receiver, string? text, Color color, bool selected, Action toggle, bool small = false, string? testId = null) => builder =>
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "class",
            $"mud-chip mud-chip-outlined {(small ? "mud-chip-size-small" : "mud-chip-size-medium")} mud-chip-color-{CellChip.ColorClass(color)} mud-clickable mud-ripple{(selected ? " mud-chip-selected" : "")}");
        builder.AddAttribute(3, "style", "font-family: inherit");
        builder.AddAttribute(4, "aria-pressed", selected ? "true" : "false");
        builder.AddAttribute(5, "data-testid", testId);
        builder.AddAttribute(6, "onclick", EventCallback.Factory.Create<MouseEventArgs>(receiver, toggle));
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-chip-content");
        builder.AddContent(9, text);
        builder.CloseElement();
        builder.CloseElement();
    };
}
