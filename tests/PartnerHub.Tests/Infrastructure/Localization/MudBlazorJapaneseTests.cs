using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Infrastructure.Localization;

/// <summary>MudBlazor's own texts (the grid pager on every list page) follow the UI language.</summary>
public class MudBlazorJapaneseTests : MudTestContext
{
    public MudBlazorJapaneseTests()
    {
        Services.AddTransient<MudLocalizer, MudBlazorJapanese>();
    }

    private sealed record Row(string Name);

    private IRenderedComponent<MudDataGrid<Row>> RenderGridWithPager() =>
        Render<MudDataGrid<Row>>(grid => grid
            .Add(g => g.Items, [new Row("株式会社青葉建設"), new Row("株式会社青葉精工")])
            .Add(g => g.Columns, builder =>
            {
                builder.OpenComponent<PropertyColumn<Row, string>>(0);
                builder.AddAttribute(1, nameof(PropertyColumn<Row, string>.Property), (System.Linq.Expressions.Expression<Func<Row, string>>)(r => r.Name));
                builder.CloseComponent();
            })
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<Row>>(0);
                builder.CloseComponent();
            }));

    [Fact]
    public void The_pager_speaks_japanese_in_the_japanese_ui()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");

        var grid = RenderGridWithPager();

        grid.Markup.ShouldContain("表示件数:");
        grid.Markup.ShouldContain("2 件中 1～2 件");
        grid.Markup.ShouldNotContain("Rows per page");
    }

    [Fact]
    public void The_pager_keeps_mudblazors_english_in_the_english_ui()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        var grid = RenderGridWithPager();

        grid.Markup.ShouldContain("Rows per page");
        grid.Markup.ShouldNotContain("表示件数");
    }
}
