using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// A partner relays its customer's mid-term cancellation (004 §4-5): the penalty of the remaining term is shown before
/// confirming, and the contract then shows its scheduled last day.
/// </summary>
public class EarlyTerminationWorkflowTests(HubServer hub)
{
    [Fact]
    [Trait("Article", "004 §4-5")]
    public async Task Partner_RecordsACustomersCancellation_SeesThePenaltyFirstAndThenTheScheduledEnd()
    {
        var active = await ActiveContractAsync();
        var contractId = active.Id;
        var lastDay = JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow()).AddDays(30);
        var expected = active.Timeline(BusinessCalendarSet.SeedsOnly)!.EarlyTerminationPenalty(active.AnnualFee, lastDay).Amount;
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@sakura.example");
        await page.GotoInteractiveAsync($"/contracts/{contractId}");

        await page.GetByTestId("early-end-open").ClickAsync();
        var lastDayInput = page.GetByLabel("サービス最終日");
        await lastDayInput.FillAsync(lastDay.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        await lastDayInput.PressAsync("Tab");
        var penalty = page.GetByTestId("settlement-penalty");
        await penalty.WaitForAsync();
        (await penalty.InnerTextAsync()).ShouldContain(JapaneseFormat.Yen(expected.Amount));
        expected.Amount.ShouldBeGreaterThan(0);
        await page.GetByLabel("理由").FillAsync("事業所の統合のため");
        await page.GetByTestId("early-end-confirm").ClickAsync();

        await page.GetByTestId("scheduled-end").WaitForAsync();
        (await page.GetByTestId("scheduled-last-day").InnerTextAsync()).ShouldContain(lastDay.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "contract-early-end.png"), FullPage = true });
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken);
        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.EarlyEndOn.ShouldBe(lastDay);
    }

    // A Sakura contract in service for two months, of its own so other workflows' contracts stay as they are.
    private async Task<ServiceContract> ActiveContractAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customerId = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.SakuraPartner).OrderBy(c => c.NameKana).Select(c => c.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var contract = new ServiceContract(Guid.NewGuid(), $"C-E2E-{Guid.NewGuid():N}"[..20], DemoOrganisations.SakuraPartner, customerId, ServicePlan.SensorService.Code,
            1, new Yen(600_000), null, today.AddDays(-80), at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(today.AddDays(-60), at, "e2e").ShouldBeNull();
        contract.StartService(at, "e2e", "e2e").ShouldBeNull();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contract;
    }
}
