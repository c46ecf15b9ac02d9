using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>The receipt form rendered with finance's real use cases: empty input gets a localized error per field.</summary>
public class RecordPaymentPageTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public RecordPaymentPageTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public async Task Save_NothingEntered_ShowsALocalizedErrorPerField()
    {
        var data = await PaymentTestData.CreateAsync(_app);
        await using var scope = data.Billing.AsFinance();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PartnerOptions>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RecordPayment>());
        AddAuthorization().SetAuthorized("finance-test@vendor.example").SetRoles(HubRoles.Finance);

        var page = Render<RecordPaymentPage>();
        await page.InvokeAsync(() => page.Find("button[data-testid=payment-save]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=payment-error]").TextContent.ShouldBe("入力内容を確認してください。"), TimeSpan.FromSeconds(10));
        page.Markup.ShouldContain("パートナーを選択してください。");
        page.Markup.ShouldContain("金額は1円以上で入力してください。");
        page.Markup.ShouldContain("振込依頼人名を入力してください。");
    }
}
