using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>A partner administrator registers a customer: invalid fields are reported in Japanese, nothing is lost on fixing them.</summary>
public class CustomerRegistrationWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task PartnerAdmin_RegistersCustomer_AfterFixingAnInvalidCorporateNumber()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("admin@hokuriku.example");
        await page.GotoInteractiveAsync("/customers");

        await page.GetByTestId("customer-create").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("会社名", new() { Exact = true }).FillAsync("株式会社加賀テクノサービス");
        await dialog.GetByLabel("会社名フリガナ").FillAsync("カガテクノサービス");
        await dialog.GetByLabel("法人番号").FillAsync("1234567890123");
        await dialog.GetByLabel("氏名", new() { Exact = true }).FillAsync("前田 利家");
        await dialog.GetByLabel("氏名フリガナ").FillAsync("マエダ トシイエ");
        await dialog.GetByLabel("メールアドレス").FillAsync("maeda@kaga-techno.example");
        await dialog.GetByLabel("電話番号").Last.FillAsync("076-123-4567");
        await page.GetByTestId("customer-form-save").ClickAsync();

        await dialog.GetByText("チェックデジットが正しくありません").First.WaitForAsync();
        (await dialog.GetByLabel("会社名", new() { Exact = true }).InputValueAsync()).ShouldBe("株式会社加賀テクノサービス");

        await dialog.GetByLabel("法人番号").FillAsync("7000012050002");
        await page.GetByTestId("customer-form-save").ClickAsync();

        await page.GetByTestId("customer-name").WaitForAsync();
        (await page.GetByTestId("customer-name").InnerTextAsync()).ShouldBe("株式会社加賀テクノサービス");
        (await page.GetByTestId("customer-partner").InnerTextAsync()).ShouldBe("北陸ビジネスソリューションズ株式会社");
        (await page.GetByTestId("service-contact").InnerTextAsync()).ShouldContain("前田 利家");
    }
}
