using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.EndToEndTests;

/// <summary>The vendor narrows the contract list, shares it by its URL, chooses its columns and exports exactly what it shows.</summary>
public class ListWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task VendorAdmin_FiltersContractsByStatus_FilterSurvivesReloadAndTheExportHoldsEveryMatchingRow()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("admin@vendor.example");
        await page.GotoInteractiveAsync("/contracts");
        var grid = page.GetByTestId("contract-table");
        await grid.GetByTestId("contract-status").First.WaitForAsync();

        await page.ChooseAsync(page.GetByTestId("contract-status-filter"), "稼働中");
        await Expect(grid.GetByTestId("contract-status").Filter(new() { HasNotText = "稼働中" })).ToHaveCountAsync(0);
        await Expect(grid.GetByTestId("contract-status").First).ToHaveTextAsync("稼働中");
        await page.WaitForURLAsync(url => url.Contains("status=Active", StringComparison.Ordinal));

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await grid.GetByTestId("contract-status").First.WaitForAsync();
        await Expect(grid.GetByTestId("contract-status").Filter(new() { HasNotText = "稼働中" })).ToHaveCountAsync(0);
        int shown = await grid.GetByTestId("contract-status").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("contract-export").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("契約一覧_稼働中_");
        using var file = new MemoryStream(await download.BytesAsync());
        var sheet = ExcelReader.ReadAll(file)[0];
        int exported = sheet.Rows.Count - 2; // header and totals
        // Other workflows may activate contracts meanwhile: never fewer rows than the list showed, never more than exist.
        exported.ShouldBeGreaterThanOrEqualTo(shown);
        exported.ShouldBeLessThanOrEqualTo(await CountAsync(ContractStatus.Active));
    }

    [Fact]
    public async Task VendorAdmin_HidesAColumn_ChoiceIsKeptAfterReload()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("ops@vendor.example");
        await page.GotoInteractiveAsync("/contracts");
        var grid = page.GetByTestId("contract-table");
        await grid.Locator("tbody tr").First.WaitForAsync();
        await Expect(grid.Locator("thead th:visible", new() { HasText = "サービスプラン" })).ToHaveCountAsync(1);

        await page.GetByTestId("column-chooser").ClickAsync();
        var choice = page.GetByTestId("column-choice").Filter(new() { HasText = "サービスプラン" });
        await choice.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await choice.ClickAsync();
        await Expect(grid.Locator("thead th:visible", new() { HasText = "サービスプラン" })).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await grid.Locator("tbody tr").First.WaitForAsync();
        await Expect(grid.Locator("thead th:visible", new() { HasText = "サービスプラン" })).ToHaveCountAsync(0);
    }

    private async Task<int> CountAsync(ContractStatus status)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        return await db.Contracts.CountAsync(c => c.Status == status);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
