using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Pages;

public static class PageExtensions
{
    /// <summary>Navigates and waits until the Blazor circuit has taken over the prerendered page.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("[data-interactive=true]").WaitForAsync();
    }

    /// <summary>
    /// Opens a MudSelect and picks the option showing exactly <paramref name="option"/>. The options appear in a popover the circuit
    /// renders and the browser then places: the option is clicked once it is shown, and the helper returns once the popover has closed
    /// (the circuit has taken the choice), so the next step never races the list.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, ILocator select, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(select);
        await select.ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true });
        await item.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await item.ClickAsync();
        await item.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>The downloaded file's bytes.</summary>
    public static async Task<byte[]> BytesAsync(this IDownload download)
    {
        ArgumentNullException.ThrowIfNull(download);
        using var file = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync())
        {
            await stream.CopyToAsync(file, TestContext.Current.CancellationToken);
        }

        return file.ToArray();
    }

    /// <summary>Types a date into an editable MudDatePicker (yyyy/MM/dd) and leaves the field so it is taken.</summary>
    public static async Task FillDateAsync(this IPage page, string label, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(page);
        var input = page.GetByLabel(label);
        await input.FillAsync(date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        await input.PressAsync("Tab");
    }
}
