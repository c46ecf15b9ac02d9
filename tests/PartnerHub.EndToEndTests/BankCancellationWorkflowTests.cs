using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// Issue 12, finance's 取消 work list (/billing/cancellations): the demo bank file's 取消 of a 55,000 yen transfer the hub never booked is
/// open; finance opens it, is asked for a reason, dismisses it with one, and the open list and its count drop it while the dismissed
/// list shows it with the reason.
/// </summary>
public class BankCancellationWorkflowTests(HubServer hub)
{
    private const long DemoCancelledAmount = 55_000;

    [Fact]
    public async Task Finance_DismissesTheOpenDemoCancellationWithAReason_OpenListAndCountDropItAndTheDismissedListShowsTheReason()
    {
        var (inquiryNumber, open) = await OpenDemoCancellationAsync();
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("finance@vendor.example");
        await page.GotoInteractiveAsync("/billing/cancellations");
        var table = page.GetByTestId("cancellation-table");
        var row = table.Locator("tbody tr", new() { HasText = inquiryNumber });
        await Expect(row).ToContainTextAsync(JapaneseFormat.Yen(DemoCancelledAmount));
        await Expect(row.GetByTestId("cancellation-status")).ToHaveTextAsync("未対応");
        await Expect(page.GetByTestId("cancellation-total")).ToHaveTextAsync($"{open} 件");

        await row.ClickAsync();
        var panel = page.GetByTestId("cancellation-resolve");
        await Expect(panel).ToContainTextAsync($"照会番号 {inquiryNumber}　{JapaneseFormat.Yen(DemoCancelledAmount)}");
        await panel.GetByTestId("cancellation-dismiss").ClickAsync();
        await Expect(panel.GetByTestId("cancellation-error")).ToHaveTextAsync("対応不要とする理由を入力してください。");

        const string Reason = "銀行に確認済み：振込は当社に届いておらず、取消も記帳不要";
        await panel.GetByLabel("対応不要とする理由").FillAsync(Reason);
        await panel.GetByTestId("cancellation-dismiss").ClickAsync();
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("cancellation-total")).ToHaveTextAsync($"{open - 1} 件");

        await page.ChooseAsync(page.GetByTestId("cancellation-status-filter"), "対応不要");
        await page.WaitForURLAsync(url => url.Contains("status=Dismissed", StringComparison.Ordinal));
        var dismissed = table.Locator("tbody tr", new() { HasText = inquiryNumber });
        await Expect(dismissed.GetByTestId("cancellation-status")).ToHaveTextAsync("対応不要");
        await Expect(dismissed).ToContainTextAsync(Reason);
    }

    // The demo's 取消 the hub never booked, and how many 取消 are open with it.
    private async Task<(string InquiryNumber, int Open)> OpenDemoCancellationAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var open = await db.BankCancellations.AsNoTracking().Where(c => c.Status == BankCancellationStatus.Open).ToListAsync(TestContext.Current.CancellationToken);
        var demo = open.Single(c => c.Amount.Amount == DemoCancelledAmount);
        return (demo.InquiryNumber, open.Count);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
