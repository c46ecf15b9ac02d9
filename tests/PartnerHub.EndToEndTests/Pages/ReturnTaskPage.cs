using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for /returns and /returns/{id}: the shipment back, the receipt with its condition check, the inspection.</summary>
public sealed class ReturnTaskPage(IPage page)
{
    public ILocator Status => page.GetByTestId("return-status");

    public ILocator Charges => page.GetByTestId("return-charges");

    /// <summary>The row of <paramref name="serial"/> in the returns list, searched by serial number.</summary>
    public async Task<ILocator> ListRowAsync(string serial)
    {
        await page.GotoInteractiveAsync($"/returns?search={Uri.EscapeDataString(serial)}");
        return page.GetByTestId("returns-table").Locator("tbody tr", new() { HasText = serial });
    }

    /// <summary>Opens the return of <paramref name="serial"/> from the returns list.</summary>
    public async Task OpenAsync(string serial)
    {
        await (await ListRowAsync(serial)).ClickAsync();
        await Status.WaitForAsync();
        await Assertions.Expect(page.Locator("h5", new() { HasText = serial })).ToBeVisibleAsync();
    }

    public async Task RecordShipmentAsync(string trackingNumber)
    {
        await page.GetByLabel("送り状番号").FillAsync(trackingNumber);
        await page.GetByTestId("return-ship-save").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("返送中");
    }

    /// <summary>Receives the unit today in the condition chosen (e.g. 完品・損傷なし).</summary>
    public async Task ReceiveAsync(string condition)
    {
        await page.ChooseAsync(page.GetByTestId("return-receive-condition"), condition);
        await page.GetByTestId("return-receive-save").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("受領済");
    }

    /// <summary>Puts the received unit on the bench and returns it to stock as refurbished.</summary>
    public async Task InspectAndRefurbishAsync(string finding)
    {
        await page.GetByTestId("return-inspect").ClickAsync();
        var text = page.GetByLabel("所見・理由");
        await text.FillAsync(finding);
        await page.GetByTestId("return-refurbish").ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("検査完了");
    }
}
