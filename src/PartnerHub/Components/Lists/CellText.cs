using Microsoft.AspNetCore.Components;

namespace PartnerHub.Components.Lists;

/// <summary>
/// One line of a list cell: cut with an ellipsis when too long for the column, the whole text on hover. Markup written into
/// the grid's own render tree, not a component: a component per cell (two or three per row of a 25-row page) cost each idle
/// interactive page ~3 KB of render-tree buffers per cell (bench README, "Memory per idle interactive page").
/// </summary>
public static class CellText
{
    /// <param name="text">The cell's text (also its tooltip).</param>
    /// <param name="wide">For free text such as signatures and subjects, which may take more room than names.</param>
    public static RenderFragment Of(string? text, bool wide = false) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", wide ? "cell-ellipsis-wide" : "cell-ellipsis");
        builder.AddAttribute(2, "style", "display: inline-block; vertical-align: bottom");
        builder.AddAttribute(3, "title", text);
        builder.AddContent(4, text);
        builder.CloseElement();
    };
}
