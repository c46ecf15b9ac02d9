using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>The partner fills and submits a parameter sheet; vendor operations return it; the partner fixes it; vendor registers it.</summary>
public class ParameterSheetWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task Sheet_IsSubmittedReturnedFixedAndRegistered()
    {
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@hokuriku.example");
        await partner.GotoInteractiveAsync("/quotes/new");
        await partner.GetByTestId("quote-customer").ClickAsync();
        await partner.Locator(".mud-popover-open .mud-list-item").Nth(4).ClickAsync();
        await partner.GetByTestId("quote-issue").ClickAsync();
        await partner.GetByTestId("quote-order").ClickAsync();
        await partner.GetByTestId("contract-new-sheet").ClickAsync();
        await partner.WaitForInteractiveAsync();

        await partner.GetByLabel("設置場所名").FillAsync("金沢本社 2F サーバー室");
        await partner.GetByLabel("設置場所住所").FillAsync("石川県金沢市広岡1-5-3");
        await partner.GetByLabel("管理IPアドレス").FillAsync("10.1.1.20");
        await partner.GetByLabel("デフォルトゲートウェイ").FillAsync("10.1.2.1");
        await partner.GetByLabel("DNSサーバー（カンマ区切り・最大2）").FillAsync("10.1.1.2");
        await partner.GetByLabel("ミラーポート（スイッチ・ポート）").FillAsync("コアSW Gi1/0/24");
        await partner.GetByLabel("監視セグメント（CIDR、カンマ区切り）").FillAsync("10.1.0.0/16");
        await partner.GetByLabel("通知先メール（カンマ区切り）").FillAsync("soc@kanazawa.example");
        await partner.GetByLabel("現地担当者名").FillAsync("前田 一");
        await partner.GetByLabel("現地担当者電話番号").FillAsync("076-222-3456");
        await partner.GetByTestId("sheet-create").ClickAsync();
        await partner.GetByText("ゲートウェイが管理サブネットの外にあります。").WaitForAsync();

        await partner.GetByLabel("デフォルトゲートウェイ").FillAsync("10.1.1.1");
        await partner.GetByTestId("sheet-create").ClickAsync();
        await partner.GetByTestId("sheet-submit").ClickAsync();
        await partner.GetByTestId("sheet-status").GetByText("提出済（審査待ち）").WaitForAsync();
        var sheetUrl = partner.Url;

        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync(sheetUrl);
        await operations.GetByLabel("コメント（差戻し理由・確認内容）").FillAsync("NTPサーバーを記入してください");
        await operations.GetByTestId("sheet-return").ClickAsync();
        await operations.GetByTestId("sheet-status").GetByText("差戻し").WaitForAsync();

        await partner.GotoInteractiveAsync(sheetUrl);
        (await partner.GetByTestId("sheet-history").InnerTextAsync()).ShouldContain("NTPサーバーを記入してください");
        await partner.GetByLabel("NTPサーバー（カンマ区切り）").FillAsync("ntp.nict.jp");
        await partner.GetByTestId("sheet-submit").ClickAsync();
        await partner.GetByTestId("sheet-status").GetByText("提出済（審査待ち）").WaitForAsync();
        (await partner.GetByTestId("sheet-diff").InnerTextAsync()).ShouldContain("ntp.nict.jp");

        await operations.GotoInteractiveAsync(sheetUrl);
        await operations.GetByTestId("sheet-register").ClickAsync();
        await operations.GetByTestId("sheet-status").GetByText("ポータル登録済").WaitForAsync();
    }
}
