using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// The unit of an ended contract comes back late (004 §17-1, 別紙4 §4-3): the partner sees the return due on the contract and
/// overdue in the returns list, vendor operations find it in their overdue-returns report, the partner enters the customer's
/// shipment, the hardware vendor receives it and prints the return receipt (貸出機器類受領書, 003 §15-3), vendor operations
/// see the late-return charge and the receipt on the return, and the charge waits for the partner's next invoice.
/// </summary>
public class ReturnWorkflowTests(HubServer hub)
{
    private const string Tracking = "1234-5678-9013";

    [Fact]
    [Trait("Article", "004 §17-1; 別紙4 §4-3; 003 §15-3")]
    public async Task Return_OfAnEndedContractSentAfterItsDeadline_PrintsTheReceiptAndBooksTheLateCharge()
    {
        var (contractId, serial, obligation) = await EndedContractWithItsUnitAsync();
        var ja = CultureInfo.GetCultureInfo("ja-JP");

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@hokuriku.example");
        await partner.GotoInteractiveAsync($"/contracts/{contractId}");
        await Expect(partner.GetByTestId("service-ended")).ToBeVisibleAsync();
        await Expect(partner.GetByTestId("return-due")).ToContainTextAsync(JapaneseFormat.Date(obligation.ExpectedBy, ja));

        var partnerReturns = new ReturnTaskPage(partner);
        var row = await partnerReturns.ListRowAsync(serial);
        await Expect(row).ToContainTextAsync("契約終了");
        await Expect(row).ToContainTextAsync("期限超過");
        await partnerReturns.OpenAsync(serial);
        await Expect(partnerReturns.Status).ToHaveTextAsync("返送待ち");
        await Expect(partner.GetByTestId("return-overdue")).ToBeVisibleAsync();
        await Expect(partner.GetByTestId("return-deadline")).ToHaveTextAsync(JapaneseFormat.ShortDate(obligation.ExpectedBy));
        // Vendor operations chase it from their report of overdue returns (most overdue first).
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        var overdue = await OverdueReturnsAsync(operations);
        await Expect(overdue.Filter(new() { HasText = serial })).ToContainTextAsync("契約終了");

        await partnerReturns.RecordShipmentAsync(Tracking);
        await Expect(partner.GetByTestId("return-tracking")).ToContainTextAsync(Tracking);

        var kitter = await hub.NewPageAsync();
        await new LoginPage(kitter).SignInAsync("kitting@toho.example");
        var returns = new ReturnTaskPage(kitter);
        await returns.OpenAsync(serial);
        await Expect(returns.Status).ToHaveTextAsync("返送中");
        await returns.ReceiveAsync("完品・損傷なし");
        await Expect(kitter.GetByTestId("return-late")).ToHaveTextAsync("正当な事由なし（遅延損害金の対象）");
        var lateCharge = returns.Charges.Locator("tr", new() { HasText = "返還遅延損害金" });
        await Expect(lateCharge).ToContainTextAsync(JapaneseFormat.YenWithSuffix(10_000));

        var download = await kitter.RunAndWaitForDownloadAsync(() => kitter.GetByTestId("return-receipt").ClickAsync());
        using var pdf = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync())
        {
            await stream.CopyToAsync(pdf, TestContext.Current.CancellationToken);
        }

        System.Text.Encoding.ASCII.GetString(pdf.ToArray(), 0, 5).ShouldBe("%PDF-");
        var receipt = await PdfText.ExtractAsync(pdf.ToArray());
        receipt.ShouldContain("貸出機器類受領書");
        receipt.ShouldContain(serial);

        // Vendor operations see the receipt and the charge on the return.
        var opsReturns = new ReturnTaskPage(operations);
        await opsReturns.OpenAsync(serial);
        await Expect(opsReturns.Status).ToHaveTextAsync("受領済");
        await Expect(operations.GetByTestId("return-late")).ToHaveTextAsync("正当な事由なし（遅延損害金の対象）");
        await Expect(opsReturns.Charges.Locator("tr", new() { HasText = "返還遅延損害金" })).ToContainTextAsync(JapaneseFormat.YenWithSuffix(10_000));
        await Expect(operations.GetByTestId("return-receipt")).ToBeVisibleAsync();

        // The partner sees the charge its customer owes, pending until the next invoice.
        await partner.ReloadAsync();
        await partner.WaitForInteractiveAsync();
        await Expect(partnerReturns.Status).ToHaveTextAsync("受領済");
        var pending = partnerReturns.Charges.Locator("tr", new() { HasText = "返還遅延損害金" });
        await Expect(pending).ToContainTextAsync(JapaneseFormat.YenWithSuffix(10_000));
        await Expect(pending).ToContainTextAsync("請求待ち");
        await partner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "return-late-charge.png"), FullPage = true });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    // The rows of vendor operations' overdue-returns report, once its tab shows them.
    private static async Task<ILocator> OverdueReturnsAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/hardware/reports");
        await page.Locator(".mud-tab", new() { HasText = "返却期限超過" }).ClickAsync();
        return page.GetByTestId("overdue-returns-table").Locator("tbody tr");
    }

    // A Hokuriku 004 contract whose customer gave notice in time for the first term, which ended forty days ago: its unit
    // (lent through Toho) is still at the customer, and its return was opened as the returns run opens it the next morning.
    private async Task<(Guid ContractId, string Serial, HardwareReturnObligation Obligation)> EndedContractWithItsUnitAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customerId = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.HokurikuPartner).OrderBy(c => c.NameKana).Select(c => c.Id)
            .Skip(1).FirstAsync(cancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var deliveredOn = today.AddYears(-1).AddDays(-40);
        var contract = new ServiceContract(Guid.NewGuid(), $"C-E2E-RT-{Guid.NewGuid():N}"[..20], DemoOrganisations.HokurikuPartner, customerId, ServicePlan.SensorService.Code,
            1, new Yen(600_000), null, deliveredOn.AddDays(-30), at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, at, "e2e").ShouldBeNull();
        contract.StartService(at, "e2e", "e2e").ShouldBeNull();
        var noticeOn = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1).CancelBy.AddDays(-14);
        contract.RecordNonRenewal(new NonRenewalNotice(noticeOn.AddDays(-2), noticeOn, noticeOn, null), today, at, "e2e").ShouldBeNull();
        contract.End(today, at, "e2e").ShouldBeNull();
        var unit = SwapWorkflowTests.UnitAtCustomer(contract, at);
        db.Contracts.Add(contract);
        db.Appliances.Add(unit);
        await db.SaveChangesAsync(cancellationToken);

        // The returns run's step for one unit (the run itself would also open the demo's own pending returns).
        (await Features.Returns.OpenReturn.AddAsync(db, new Features.Returns.OpenReturnRequest(unit.Id, contract.Id, ReturnReason.ContractEnded), at,
            Features.Returns.ReturnsAtContractEnd.By, BusinessCalendarSet.SeedsOnly, cancellationToken))
            .Problem.ShouldBeNull();
        await db.SaveChangesAsync(cancellationToken);
        var obligation = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.HardwareReturn()!;
        obligation.ExpectedBy.ShouldBeLessThan(today);
        return (contract.Id, unit.SerialNumber, obligation);
    }
}
