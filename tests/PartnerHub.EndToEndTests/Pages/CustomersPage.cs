using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for /customers and /customers/{id}.</summary>
public sealed class CustomersPage(IPage page)
{
    public ILocator Grid => page.GetByTestId("customer-grid");

    public async Task OpenFromMenuAsync()
    {
        await page.GetByTestId("nav-customers").ClickAsync();
        await Grid.Locator("tbody tr").First.WaitForAsync();
    }

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("検索").FillAsync(text);
    }

    public async Task<IReadOnlyList<string>> VisibleCompanyNamesAsync()
    {
        var cells = await Grid.Locator("tbody tr td:first-child").AllInnerTextsAsync();
        return cells.Select(c => c.Trim()).ToList();
    }
}
