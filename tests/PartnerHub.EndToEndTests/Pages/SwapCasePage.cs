using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for /swaps/new and /swaps/{id}: opening a swap, the attribution and the replacement panel.</summary>
public sealed class SwapCasePage(IPage page)
{
    public ILocator Status => page.GetByTestId("swap-status");

    public ILocator NewSerial => page.GetByTestId("swap-new-serial");

    /// <summary>From the device page: opens a failure swap the customer reported in writing on <paramref name="reportedOn"/>.</summary>
    public async Task OpenFailureFromDeviceAsync(string whatHappened, DateOnly since, DateOnly reportedOn)
    {
        await page.GetByTestId("device-open-swap").ClickAsync();
        await page.ChooseAsync(page.GetByTestId("swap-reason"), "故障（利用者から書面で通知）");
        await page.GetByLabel("発生している事象").FillAsync(whatHappened);
        await page.FillDateAsync("発生日", since);
        await page.FillDateAsync("利用者から書面で通知を受けた日", reportedOn);
        await page.GetByTestId("swap-open").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("受付");
    }

    /// <summary>The partner's first attribution, or vendor operations' final one (the same panel, by role).</summary>
    public async Task AttributeAsync(string attribution, string note)
    {
        await page.ChooseAsync(page.GetByTestId("swap-attribution-choice"), attribution);
        await page.GetByLabel("判定の理由").FillAsync(note);
        await page.GetByTestId("swap-attribute").ClickAsync();
    }

    public async Task ArrangeReplacementAsync(string hardwareVendor)
    {
        await page.ChooseAsync(page.GetByTestId("swap-hardware-vendor"), hardwareVendor);
        await page.GetByTestId("swap-arrange").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("代替機キッティング中");
    }

    /// <summary>Records the custody receipt of the replacement on the proposed day (today).</summary>
    public async Task RecordDeliveryAsync()
    {
        await page.GetByTestId("swap-delivered").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("代替機納入済み");
    }
}
