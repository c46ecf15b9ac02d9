using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>A partner quotes a customer's network, downloads nothing yet, and turns the quote into an order.</summary>
public class QuoteToOrderWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task PartnerStaff_QuotesTwoAppliances_AndPlacesTheOrder()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@sakura.example");
        await page.GetByTestId("nav-quotes").ClickAsync();
        await page.GetByTestId("quote-new").ClickAsync();
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("quote-customer").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.GetByLabel("監視対象端末数").FillAsync("1500");
        await page.GetByLabel("監視帯域（Mbps）").FillAsync("600");
        await page.GetByLabel("監視帯域（Mbps）").PressAsync("Tab");

        await page.GetByTestId("quote-breakdown").GetByText("2 台").WaitForAsync();
        (await page.GetByTestId("quote-total").InnerTextAsync()).ShouldBe("¥3,520,000");

        await page.GetByTestId("quote-issue").ClickAsync();
        await page.GetByTestId("quote-order").ClickAsync();

        await page.GetByTestId("contract-steps").WaitForAsync();
        (await page.GetByTestId("contract-status").InnerTextAsync()).Trim().ShouldBe("受注");
    }
}
