using Microsoft.Playwright;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.EndToEndTests.Pages;

/// <summary>Page object for the hardware vendor's /kitting list and /kitting/{id}: checklist, then shipment.</summary>
public sealed class KittingTaskPage(IPage page)
{
    public ILocator Status => page.GetByTestId("kitting-status");

    /// <summary>Opens the open task of <paramref name="contractNumber"/> from the list of tasks still being worked on.</summary>
    public async Task OpenAssignedAsync(string contractNumber)
    {
        await page.GotoInteractiveAsync("/kitting?status=Assigned");
        await page.GetByTestId("kitting-table").Locator("tbody tr", new() { HasText = contractNumber }).ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("手配済");
    }

    public async Task CompleteChecklistAsync()
    {
        foreach (var item in KittingTask.ChecklistItems)
        {
            // MudCheckBox puts data-testid on the input itself or on its wrapper, depending on the version.
            var box = page.Locator($"input[data-testid=check-{item}], [data-testid=check-{item}] input[type=checkbox]").First;
            await box.CheckAsync();
            await Assertions.Expect(box).ToBeCheckedAsync();
        }

        await Assertions.Expect(Status).ToHaveTextAsync("キッティング完了");
    }

    public async Task ShipAsync(string trackingNumber)
    {
        await page.GetByLabel("送り状番号").FillAsync(trackingNumber);
        await page.GetByTestId("ship-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tracking-number")).ToHaveTextAsync(trackingNumber);
        await Assertions.Expect(Status).ToHaveTextAsync("出荷済");
    }
}
