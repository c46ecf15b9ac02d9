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
}
