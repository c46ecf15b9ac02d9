using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for /swaps/new and /swaps/{id}: opening a swap, the attribution, the replacement and the money panel.</summary>
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

    /// <summary>
    /// Vendor operations record the outage after a swap that did not fix the fault (004 §7-2) through the money panel's form:
    /// when the vendor knew the service was wholly unusable and when it was restored (dates typed, times as HH:mm).
    /// </summary>
    public async Task RecordOutageAsync(DateOnly awareOn, string awareTime, DateOnly restoredOn, string restoredTime)
    {
        var money = page.GetByTestId("swap-money");
        var times = money.GetByLabel("時刻", new() { Exact = true });
        await page.FillDateAsync("当社が知った日", awareOn);
        await times.Nth(0).FillAsync(awareTime);
        await times.Nth(0).PressAsync("Tab");
        await page.FillDateAsync("復旧日", restoredOn);
        await times.Nth(1).FillAsync(restoredTime);
        await times.Nth(1).PressAsync("Tab");
        await page.GetByTestId("swap-record-outage").ClickAsync();
        await Assertions.Expect(page.GetByTestId("swap-record-outage")).ToHaveCountAsync(0);
    }

    /// <summary>Records the custody receipt of the replacement on the proposed day (today).</summary>
    public async Task RecordDeliveryAsync()
    {
        await page.GetByTestId("swap-delivered").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("代替機納入済み");
    }
}
