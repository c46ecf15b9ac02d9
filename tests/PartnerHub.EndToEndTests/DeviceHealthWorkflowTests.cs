using Microsoft.Playwright;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>A partner follows its customers' sensors: the board, a device's health and an alert in Japanese, never another partner's.</summary>
public class DeviceHealthWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task PartnerStaff_FindsASilentSensor_OpensItsAlerts_AndReadsWhatTheAlertMeans()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@minato.example");
        await page.GotoInteractiveAsync("/devices");

        var grid = page.GetByTestId("device-grid");
        await grid.GetByText("SIM-0002").WaitForAsync();
        var silentRow = grid.Locator("tr", new() { HasText = "SIM-0002" });
        (await silentRow.GetByTestId("device-state").InnerTextAsync()).ShouldContain("通信なし");
        (await grid.GetByText("SIM-0003").CountAsync()).ShouldBe(0);

        await grid.Locator("tr", new() { HasText = "SIM-0001" }).ClickAsync();
        await page.GetByTestId("device-serial").WaitForAsync();
        (await page.GetByTestId("device-serial").InnerTextAsync()).ShouldBe("SIM-0001");
        await page.GetByTestId("uptime-chart").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "この機器のアラート" }).ClickAsync();
        var alerts = page.GetByTestId("alert-grid");
        await alerts.Locator("tbody tr").First.WaitForAsync();
        (await alerts.GetByText("SIM-0002").CountAsync()).ShouldBe(0);
        await alerts.Locator("tbody tr").First.ClickAsync();

        await page.GetByTestId("alert-advice").WaitForAsync();
        (await page.GetByTestId("alert-advice").InnerTextAsync()).ShouldContain("この分類について");
        (await page.GetByTestId("alert-raw").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task PartnerStaff_FindsASensorWhoseClockIsMonthsBehind_SeesTheSkewFlaggedAndTheSensorOnline()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@minato.example");
        await page.GotoInteractiveAsync("/devices");

        // The demo's SIM-0008 stamps its records 92 days 3 hours behind, and the bridge receives them all the time.
        var grid = page.GetByTestId("device-grid");
        var skewedRow = grid.Locator("tr", new() { HasText = "SIM-0008" });
        await skewedRow.GetByTestId("clock-skew-flag").WaitForAsync();
        (await skewedRow.GetByTestId("device-state").InnerTextAsync()).ShouldContain("正常");
        (await grid.Locator("tr", new() { HasText = "SIM-0001" }).GetByTestId("clock-skew-flag").CountAsync()).ShouldBe(0);

        await skewedRow.ClickAsync();
        await page.GetByTestId("device-serial").WaitForAsync();
        (await page.GetByTestId("device-serial").InnerTextAsync()).ShouldBe("SIM-0008");
        (await page.GetByTestId("device-clock-skew").InnerTextAsync()).Trim().ShouldBe("-92 日 3 時間");
        (await page.GetByTestId("device-state").InnerTextAsync()).ShouldContain("正常");
        (await page.GetByTestId("device-state").InnerTextAsync()).ShouldNotContain("オフライン");
        await page.GetByText("機器の時刻ずれ", new() { Exact = true }).First.WaitForAsync();
        (await page.GetByTestId("device-last-seen").InnerTextAsync()).ShouldNotBe("まだデータを受信していません");
    }

    [Fact]
    public async Task PartnerStaff_ClosesBoardTabsAsSoonAsTheyAreLive_ThenAsksForTheChart_NoErrorIsLogged()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@minato.example");
        long mark = hub.ServerLog.Mark;

        // A tab closed before the alerts chart had drawn used to leave MudChart's JS call to a gone browser
        // (JSDisconnectedException in the server log); the board now draws the chart only when asked.
        for (int i = 0; i < 5; i++)
        {
            var tab = await page.Context.NewPageAsync();
            await tab.GotoAsync("/devices");
            await tab.Locator("[data-interactive=true]").WaitForAsync();
            await tab.CloseAsync();
        }

        await page.GotoInteractiveAsync("/devices");
        await page.GetByTestId("alerts-chart-show").ClickAsync();
        await page.GetByTestId("alerts-total").WaitForAsync();

        hub.ServerLog.ErrorsSince(mark).ShouldBeEmpty();
    }
}
