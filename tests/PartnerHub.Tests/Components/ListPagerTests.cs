using System.Globalization;
using Bunit;
using MudBlazor;
using PartnerHub.Components.Lists;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Components;

/// <summary>The lists' pager (markup in one component instead of MudDataGridPager): counts, pages and page size.</summary>
public class ListPagerTests : MudTestContext
{
    public ListPagerTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    private sealed record Row(string Name);

    private IRenderedComponent<MudDataGrid<Row>> RenderGrid(int rows) =>
        Render<MudDataGrid<Row>>(grid => grid
            .Add(g => g.Items, [.. Enumerable.Range(1, rows).Select(i => new Row($"顧客{i:D3}"))])
            .Add(g => g.Columns, builder =>
            {
                builder.OpenComponent<PropertyColumn<Row, string>>(0);
                builder.AddAttribute(1, nameof(PropertyColumn<Row, string>.Property), (System.Linq.Expressions.Expression<Func<Row, string>>)(r => r.Name));
                builder.CloseComponent();
            })
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<ListPager<Row>>(0);
                builder.CloseComponent();
            }));

    [Fact]
    public void Render_MoreRowsThanAPage_ShowsTheFirstPageAndTheTotal()
    {
        var grid = RenderGrid(30);

        grid.WaitForAssertion(() => grid.Find("[data-testid=pager-info]").TextContent.ShouldBe("30 件中 1～25 件"));
        grid.FindAll("tbody tr.mud-table-row").Count.ShouldBe(25);
        grid.Find("button[aria-label=前のページ]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task Next_OnTheFirstPage_ShowsTheRest()
    {
        var grid = RenderGrid(30);

        await grid.InvokeAsync(() => grid.Find("button[aria-label=次のページ]").Click());

        grid.WaitForAssertion(() => grid.Find("[data-testid=pager-info]").TextContent.ShouldBe("30 件中 26～30 件"));
        grid.FindAll("tbody tr.mud-table-row").Count.ShouldBe(5);
        grid.Find("button[aria-label=次のページ]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task PageSize_Changed_ShowsMoreRowsPerPage()
    {
        var grid = RenderGrid(30);

        await grid.InvokeAsync(() => grid.Find("select[data-testid=pager-size]").Change("50"));

        grid.WaitForAssertion(() => grid.Find("[data-testid=pager-info]").TextContent.ShouldBe("30 件中 1～30 件"));
        grid.FindAll("tbody tr.mud-table-row").Count.ShouldBe(30);
    }
}
