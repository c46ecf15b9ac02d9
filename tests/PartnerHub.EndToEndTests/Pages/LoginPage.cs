using Microsoft.Playwright;
using PartnerHub.Data.Seeding;
using PartnerHub.Testing;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for the sign-in pages (password, then TOTP for vendor roles).</summary>
public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password = DemoOrganisations.DemoPassword)
    {
        await SubmitPasswordAsync(email, password);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (page.Url.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            await page.Locator("#Input\\.TwoFactorCode").FillAsync(Totp.Code(DemoOrganisations.DemoAuthenticatorKey, TimeProvider.System.GetUtcNow()));
            await page.GetByTestId("login-2fa-submit").ClickAsync();
        }

        await page.GetByTestId("home-title").WaitForAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Signs in an account that must still enrol its second factor: the hub sends it straight to enrolment.</summary>
    public async Task SignInBeforeEnrolmentAsync(string email, string password = DemoOrganisations.DemoPassword)
    {
        await SubmitPasswordAsync(email, password);
        await page.GetByTestId("2fa-required").WaitForAsync();
    }

    private async Task SubmitPasswordAsync(string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }
}
