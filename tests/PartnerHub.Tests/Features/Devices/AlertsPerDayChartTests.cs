using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>The alerts-per-day chart of the device board, drawn only when asked (it costs an idle board tab its memory).</summary>
public class AlertsPerDayChartTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public AlertsPerDayChartTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public async Task Render_OnRequest_ShowsOnlyTheButtonUntilPressed()
    {
        await using var scope = _app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DeviceQueries>());

        var chart = Render<AlertsPerDayChart>(p => p.Add(c => c.OnRequest, true));

        chart.Find("[data-testid=alerts-chart-show]").TextContent.ShouldContain("グラフを表示");
        chart.FindAll("[data-testid=alerts-total]").ShouldBeEmpty();

        await chart.InvokeAsync(() => chart.Find("[data-testid=alerts-chart-show]").Click());

        chart.WaitForAssertion(() => chart.Find("[data-testid=alerts-total]"), TimeSpan.FromSeconds(10));
        chart.FindAll("[data-testid=alerts-chart-show]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_WithoutOnRequest_DrawsTheChartAtOnce()
    {
        await using var scope = _app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DeviceQueries>());

        var chart = Render<AlertsPerDayChart>();

        chart.WaitForAssertion(() => chart.Find("[data-testid=alerts-total]"), TimeSpan.FromSeconds(10));
        chart.FindAll("[data-testid=alerts-chart-show]").ShouldBeEmpty();
    }
}
