using Bunit;
using MudBlazor;
using PartnerHub.Components.Lists;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Components;

/// <summary>Chips and flags written into list rows as markup: MudBlazor's look, the explanation on hover and for screen readers.</summary>
public class CellChipTests : MudTestContext
{
    [Fact]
    public void Of_WithTitleAndIcon_WritesAChipWithItsHoverText()
    {
        var chip = Render(CellChip.Of("契約中", Color.Success, Variant.Outlined, title: "説明", icon: Icons.Material.Filled.Block, testId: "state"));

        var span = chip.Find("[data-testid=state]");
        span.ClassList.ShouldContain("mud-chip");
        span.ClassList.ShouldContain("mud-chip-outlined");
        span.ClassList.ShouldContain("mud-chip-color-success");
        span.ClassList.ShouldContain("mud-chip-size-small");
        span.GetAttribute("title").ShouldBe("説明");
        span.QuerySelector(".mud-chip-content")!.TextContent.ShouldBe("契約中");
        span.QuerySelector("svg.mud-chip-icon").ShouldNotBeNull();
    }

    [Fact]
    public void Of_WithoutTitle_WritesNoHoverText()
    {
        var chip = Render(CellChip.Of("停止", Color.Error));

        chip.Find(".mud-chip").HasAttribute("title").ShouldBeFalse();
        chip.Find(".mud-chip").ClassList.ShouldContain("mud-chip-filled");
    }

    [Fact]
    public void Flag_WithMeaning_IsNamedForScreenReadersAndOnHover()
    {
        var flag = Render(CellFlag.Of(Icons.Material.Filled.Flag, "時刻ずれ", "skew"));

        var span = flag.Find("[data-testid=skew]");
        span.GetAttribute("title").ShouldBe("時刻ずれ");
        span.GetAttribute("aria-label").ShouldBe("時刻ずれ");
        span.GetAttribute("role").ShouldBe("img");
        span.QuerySelector("svg.mud-warning-text").ShouldNotBeNull();
    }

    [Fact]
    public void FilterChip_Clicked_TogglesItsFilterAndSaysWhetherItIsPressed()
    {
        int clicks = 0;
        var chip = Render(FilterChip.Of(new object(), "オフライン (2)", Color.Error, selected: true, () => clicks++, testId: "offline"));

        var button = chip.Find("button[data-testid=offline]");
        button.GetAttribute("aria-pressed").ShouldBe("true");
        button.ClassList.ShouldContain("mud-chip-selected");
        button.Click();

        clicks.ShouldBe(1);
    }
}
