using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>The vendor administrator (TOTP sign-in) registers a partner and issues its first account, which then signs in.</summary>
public class VendorAdministrationWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task VendorAdmin_RegistersPartner_IssuesAccount_AndTheNewUserSignsIn()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("admin@vendor.example");
        await page.GetByTestId("nav-organisations").ClickAsync();
        await page.GetByTestId("organisation-create").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("名称").FillAsync("株式会社しずおかITパートナーズ");
        await dialog.GetByLabel("フリガナ").FillAsync("shizuoka");
        await page.GetByTestId("org-save").ClickAsync();
        await dialog.GetByText("全角カタカナで入力してください").First.WaitForAsync();

        await dialog.GetByLabel("フリガナ").FillAsync("シズオカアイティーパートナーズ");
        await page.GetByTestId("org-save").ClickAsync();
        await page.GetByTestId("organisation-name").WaitForAsync();
        (await page.GetByTestId("organisation-name").InnerTextAsync()).ShouldBe("株式会社しずおかITパートナーズ");

        await page.GetByTestId("user-add").ClickAsync();
        await dialog.GetByLabel("氏名").FillAsync("杉山 健");
        await dialog.GetByLabel("メールアドレス").FillAsync("sugiyama@shizuoka-it.example");
        await page.GetByTestId("user-save").ClickAsync();
        var password = (await page.GetByTestId("one-time-password").InnerTextAsync()).Trim();
        password.Length.ShouldBeGreaterThanOrEqualTo(14);
        await page.GetByTestId("one-time-password-close").ClickAsync();
        (await page.GetByTestId("user-table").InnerTextAsync()).ShouldContain("sugiyama@shizuoka-it.example");

        var newUserPage = await hub.NewPageAsync();
        await new LoginPage(newUserPage).SignInAsync("sugiyama@shizuoka-it.example", password);
        (await newUserPage.GetByTestId("home-organisation").InnerTextAsync()).ShouldContain("株式会社しずおかITパートナーズ");
    }
}
