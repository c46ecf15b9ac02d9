using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// From order to a delivered, dated contract as each role does it: the partner orders, vendor operations arrange
/// kitting, the hardware vendor kits and ships, vendor operations record the custody receipt, the partner sees the term.
/// </summary>
public class FulfilmentWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task Order_IsKittedShippedAndDelivered_AndThePartnerSeesTheTerm()
    {
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("admin@minato.example");
        await partner.GotoInteractiveAsync("/quotes/new");
        await partner.GetByTestId("quote-customer").ClickAsync();
        await partner.Locator(".mud-popover-open .mud-list-item").Nth(2).ClickAsync();
        await partner.GetByTestId("quote-issue").ClickAsync();
        await partner.GetByTestId("quote-order").ClickAsync();
        await partner.GetByTestId("contract-steps").WaitForAsync();
        var contractUrl = partner.Url;
        var contractNumber = (await partner.GetByTestId("contract-number").InnerTextAsync()).Trim();

        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync(contractUrl);
        await operations.GetByTestId("arrange-kitting").ClickAsync();
        await operations.GetByTestId("kitting-state").WaitForAsync();

        var kitter = await hub.NewPageAsync();
        await new LoginPage(kitter).SignInAsync("kitting@toho.example");
        await kitter.GotoInteractiveAsync("/kitting");
        // The demo's own kitting tasks are listed too (oldest first): open the one of this order.
        await kitter.GetByTestId("kitting-table").Locator("tbody tr", new() { HasText = contractNumber }).ClickAsync();
        foreach (var label in new[] { "センサーソフトウェアの導入", "パラメータシートの設定を適用", "動作確認", "所有権ラベルの貼付", "梱包・貸出書の同梱" })
        {
            await kitter.GetByText(label, new() { Exact = true }).ClickAsync();
            await kitter.GetByText("保存しました。").Last.WaitForAsync();
        }

        await kitter.GetByTestId("kitting-status").GetByText("キッティング完了").WaitForAsync();
        await kitter.GetByLabel("送り状番号").FillAsync("1234-5678-9012");
        await kitter.GetByTestId("ship-save").ClickAsync();
        (await kitter.GetByTestId("ship-error").InnerTextAsync()).ShouldContain("チェックデジット");
        await kitter.GetByLabel("送り状番号").FillAsync("1234-5678-9013");
        await kitter.GetByTestId("ship-save").ClickAsync();
        await kitter.GetByTestId("tracking-number").WaitForAsync();
        await kitter.GetByTestId("loan-slip").WaitForAsync();

        await operations.GotoInteractiveAsync(contractUrl);
        await operations.GetByTestId("record-delivery").ClickAsync();
        await operations.GetByTestId("contract-term").WaitForAsync();

        await partner.GotoInteractiveAsync(contractUrl);
        (await partner.GetByTestId("contract-status").InnerTextAsync()).Trim().ShouldBe("納品完了");
        (await partner.GetByTestId("cancel-by").InnerTextAsync()).ShouldContain("年");
        await partner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "contract-delivered.png"), FullPage = true });
    }
}
