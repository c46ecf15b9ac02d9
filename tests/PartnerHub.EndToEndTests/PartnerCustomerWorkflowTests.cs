using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>A partner's staff member signs in, works with its own customers, cannot reach another partner's, switches language.</summary>
public class PartnerCustomerWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task PartnerStaff_SeesOwnCustomers_CannotOpenAnotherPartnersCustomer_AndSwitchesToEnglish()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@minato.example");
        (await page.GetByTestId("home-organisation").InnerTextAsync()).ShouldContain("株式会社みなと情報システム");

        var customers = new CustomersPage(page);
        await customers.OpenFromMenuAsync();
        // The first page holds 25 of the partner's 40 customers.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=customer-grid] tbody tr').length === 25");
        var (ownIds, otherCustomer) = await CustomersOfAsync();
        await customers.SearchAsync(ownIds.Name);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('[data-testid=customer-grid] tbody tr').length <= n", 1);
        (await customers.VisibleCompanyNamesAsync()).ShouldContain(ownIds.Name);

        await customers.Grid.Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = ownIds.Name }).First.ClickAsync();
        await page.GetByTestId("customer-name").WaitForAsync();
        (await page.GetByTestId("customer-name").InnerTextAsync()).ShouldBe(ownIds.Name);

        await page.GotoAsync($"/customers/{otherCustomer.Id}");
        await page.GetByTestId("not-found").WaitForAsync();
        (await page.ContentAsync()).ShouldNotContain(otherCustomer.Name);

        await page.GotoInteractiveAsync("/customers");
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-en").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Customers" }).WaitForAsync();
        (await page.GetByTestId("nav-customers").InnerTextAsync()).Trim().ShouldBe("Customers");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "customers-en.png") });
    }

    private async Task<((Guid Id, string Name) Own, (Guid Id, string Name) Other)> CustomersOfAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var own = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.MinatoPartner).OrderByDescending(c => c.NameKana).Select(c => new { c.Id, c.Name }).FirstAsync();
        var other = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.HokurikuPartner).OrderBy(c => c.NameKana).Select(c => new { c.Id, c.Name }).FirstAsync();
        return ((own.Id, own.Name), (other.Id, other.Name));
    }
}
