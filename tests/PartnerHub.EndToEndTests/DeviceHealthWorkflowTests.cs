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
}
