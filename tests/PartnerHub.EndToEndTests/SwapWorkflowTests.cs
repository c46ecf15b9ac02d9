using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// A failure swap across the three organisations (004 §7-1, 別紙4 §3): partner staff open the case from the device, vendor
/// operations decide it is not the customer's fault and arrange the replacement, the hardware vendor kits and ships it,
/// vendor operations record its delivery (the case says its outage would be compensated, 004 §7-2) and, as it did not fix
/// the fault, the outage through the form (two full days credited to the partner), the hardware vendor
/// receives and inspects the old unit, and the serial history and the device board tell the story. A maintenance swap
/// (別紙4 §3-3) says why it earns no outage compensation.
/// </summary>
public class SwapWorkflowTests(HubServer hub)
{
    private const string Toho = "東邦キッティングサービス株式会社";
    private const string Tracking = "1234-5678-9013";

    [Fact]
    [Trait("Article", "004 §7-1; 別紙4 §3-1")]
    public async Task FailureSwap_VendorFaultReplacementShippedAndDelivered_OldUnitIsReturnedInspectedAndTheContractRunsOnTheNewSerial()
    {
        var (contractNumber, oldId, oldSerial) = await UnitInServiceAsync();
        var today = JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@minato.example");
        await partner.GotoInteractiveAsync($"/devices/{oldId}");
        var partnerSwap = new SwapCasePage(partner);
        await partnerSwap.OpenFailureFromDeviceAsync("電源ランプが赤く点滅し、管理画面に接続できない。再起動しても改善しない。", today.AddDays(-4), today.AddDays(-3));
        await Expect(partner.GetByTestId("swap-reason-text")).ToHaveTextAsync("故障（利用者から書面で通知）");
        var swapUrl = partner.Url;
        var swapId = swapUrl[(swapUrl.LastIndexOf('/') + 1)..];
        await partnerSwap.AttributeAsync("利用者の責によらない", "落下・改変の形跡なし");
        await Expect(partner.GetByTestId("swap-partner-attribution")).ToContainTextAsync("利用者の責によらない");
        await Expect(partner.GetByTestId("swap-final-attribution")).ToHaveTextAsync("未定");

        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync(swapUrl);
        var opsSwap = new SwapCasePage(operations);
        await opsSwap.AttributeAsync("利用者の責によらない", "初期不良と判断");
        await Expect(opsSwap.Status).ToHaveTextAsync("原因判定済み");
        await Expect(operations.GetByTestId("swap-final-attribution")).ToContainTextAsync("利用者の責によらない");
        await Expect(operations.GetByTestId("swap-cost")).ToHaveTextAsync("請求なし");
        await opsSwap.ArrangeReplacementAsync(Toho);
        await Expect(opsSwap.NewSerial).Not.ToHaveTextAsync("未定");
        var newSerial = (await opsSwap.NewSerial.InnerTextAsync()).Trim();
        newSerial.ShouldNotBe(oldSerial);

        var kitter = await hub.NewPageAsync();
        await new LoginPage(kitter).SignInAsync("kitting@toho.example");
        var kitting = new KittingTaskPage(kitter);
        await kitting.OpenAssignedAsync(contractNumber);
        await Expect(kitter.GetByText(newSerial)).ToBeVisibleAsync();
        await kitting.CompleteChecklistAsync();
        await kitting.ShipAsync(Tracking);

        await operations.GotoInteractiveAsync(swapUrl);
        await Expect(opsSwap.Status).ToHaveTextAsync("代替機発送済み");
        await Expect(operations.GetByTestId("swap-tracking")).ToContainTextAsync(Tracking);
        await opsSwap.RecordDeliveryAsync();
        var due = ServicePlanPolicy.SensorService004.ReturnExpectedWithin.EndWhenStartingOn(today.AddDays(1));
        await Expect(operations.GetByTestId("swap-return-due")).ToContainTextAsync(JapaneseFormat.ShortDate(due));
        // A §7-1 failure swap the customer did not cause: should it not fix the fault, the outage is compensated (§7-2).
        await Expect(operations.GetByTestId("swap-outage-rule")).ToContainTextAsync("故障による交換（第7条第1項）で利用者の責によらないため");
        await Expect(operations.GetByTestId("swap-outage-rule")).ToContainTextAsync("004 §7-2");
        await Expect(operations.GetByTestId("swap-record-outage")).ToBeVisibleAsync();

        // The replacement did not fix it: vendor operations record the outage through the form, 48 h 30 min after they knew of
        // it, which is two full 24-hour periods; each is one day of the ¥600,000 licence over its term year, rounded down.
        await opsSwap.RecordOutageAsync(today.AddDays(-3), "09:30", today.AddDays(-1), "10:00");
        long dayPrice = 600_000 / await DaysInTermYearAsync(contractNumber, today.AddDays(-3));
        var jst = TimeSpan.FromHours(9);
        var aware = JapaneseFormat.ShortDateTime(new DateTimeOffset(today.AddDays(-3).ToDateTime(new TimeOnly(9, 30)), jst));
        var restored = JapaneseFormat.ShortDateTime(new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(10, 0)), jst));
        await Expect(operations.GetByTestId("swap-outage")).ToContainTextAsync($"{aware}～{restored}：2日 × {JapaneseFormat.Yen(dayPrice)} = {JapaneseFormat.Yen(2 * dayPrice)}");
        var credit = operations.GetByTestId("swap-charges").Locator("tbody tr", new() { HasText = "サービス停止の賠償（2日分）" });
        await Expect(credit).ToContainTextAsync("004 §7-2");
        await Expect(credit).ToContainTextAsync(JapaneseFormat.Yen(-2 * dayPrice));
        await Expect(credit).ToContainTextAsync("次回請求");
        await Expect(operations.GetByTestId("swap-outage-withheld")).ToHaveCountAsync(0);

        // The old unit's return was opened with the delivery, for the hardware vendor that lent it.
        var returns = new ReturnTaskPage(kitter);
        var row = await returns.ListRowAsync(oldSerial);
        await Expect(row).ToContainTextAsync("交換による回収");
        await Expect(row).ToContainTextAsync("返送待ち");
        await returns.OpenAsync(oldSerial);
        await Expect(kitter.GetByTestId("return-deadline")).ToHaveTextAsync(JapaneseFormat.ShortDate(due));
        await returns.ReceiveAsync("完品・損傷なし");
        await Expect(kitter.GetByTestId("return-condition")).ToHaveTextAsync("完品・損傷なし");
        await Expect(kitter.GetByTestId("return-late")).ToHaveCountAsync(0);
        await returns.InspectAndRefurbishAsync("外観・通電とも異常なし。初期化済み。");

        await operations.GotoInteractiveAsync($"/hardware/serials/{oldId}");
        await Expect(operations.GetByTestId("serial-number")).ToHaveTextAsync(oldSerial);
        await Expect(operations.GetByTestId("serial-status")).ToHaveTextAsync("在庫");
        var history = operations.GetByTestId("serial-history").Locator("tbody tr");
        await Expect(history.Filter(new() { HasText = "故障・修理待ち" }).Filter(new() { HasText = swapId })).ToHaveCountAsync(1);
        await Expect(history.Filter(new() { HasText = "交換済み（返却待ち）" }).Filter(new() { HasText = swapId })).ToHaveCountAsync(1);
        await Expect(history.Filter(new() { HasText = "返却依頼" })).ToHaveCountAsync(1);
        await Expect(history.Filter(new() { HasText = "返却受領（貸出機器類受領書）" })).ToHaveCountAsync(1);
        await Expect(history.Filter(new() { HasText = "検査中" })).ToHaveCountAsync(1);
        await Expect(history.Last).ToContainTextAsync("在庫");
        // The replacement's kitting and shipment belong to the new serial's history, not to this one's.
        await Expect(history.Filter(new() { HasText = Tracking })).ToHaveCountAsync(0);
        await operations.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "serial-history-after-swap.png"), FullPage = true });

        await partner.GotoInteractiveAsync(swapUrl);
        await Expect(partnerSwap.Status).ToHaveTextAsync("代替機納入済み");
        await Expect(partnerSwap.NewSerial).ToHaveTextAsync(newSerial);
        await partner.GotoInteractiveAsync($"/devices?search={Uri.EscapeDataString(newSerial)}");
        await partner.GetByTestId("device-grid").Locator("tbody tr", new() { HasText = newSerial }).ClickAsync();
        await Expect(partner.GetByTestId("device-serial")).ToHaveTextAsync(newSerial);
        await Expect(partner.GetByRole(AriaRole.Link, new() { Name = contractNumber })).ToBeVisibleAsync();
    }

    [Fact]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    public async Task MaintenanceSwap_ReplacementDelivered_TheCaseSaysWhyNoOutageIsCompensatedAndOffersNoWayToRecordOne()
    {
        // The demo's maintenance swap at Sakura: the vendor decided it because a remote update was impossible.
        Guid swapId;
        await using (var scope = hub.Services.CreateAsyncScope())
        await using (var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext())
        {
            swapId = await db.SwapCases.Where(s => s.Reason == SwapReason.Maintenance && s.Status == SwapCaseStatus.ReplacementDelivered && s.PartnerId == DemoOrganisations.SakuraPartner)
                .Select(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync($"/swaps/{swapId}");
        await Expect(operations.GetByTestId("swap-reason-text")).ToHaveTextAsync("メンテナンス（リモート更新不可）");
        await Expect(new SwapCasePage(operations).Status).ToHaveTextAsync("代替機納入済み");
        await Expect(operations.GetByTestId("swap-outage-rule")).ToContainTextAsync("メンテナンスによる交換（別紙4 §3-3");
        await Expect(operations.GetByTestId("swap-outage-rule")).ToContainTextAsync("賠償の対象外です");
        await Expect(operations.GetByTestId("swap-outage")).ToHaveTextAsync("対象外");
        await Expect(operations.GetByTestId("swap-record-outage")).ToHaveCountAsync(0);

        // The partner reads the same reason on its case.
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync($"/swaps/{swapId}");
        await Expect(partner.GetByTestId("swap-outage-rule")).ToContainTextAsync("メンテナンスによる交換（別紙4 §3-3");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    // The days of the contract's term year on the day (365, or 366 with a 29 February), which the day price divides by.
    private async Task<int> DaysInTermYearAsync(string contractNumber, DateOnly day)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var contract = await db.Contracts.SingleAsync(c => c.Number == contractNumber, TestContext.Current.CancellationToken);
        return contract.Timeline(BusinessCalendarSet.SeedsOnly)!.TermOn(day).ShouldNotBeNull().DaysInTermYear;
    }

    // A Minato contract in service for two months with a unit of its own at the customer, lent through Toho, so the demo's
    // sensors and other workflows' contracts stay as they are.
    private async Task<(string ContractNumber, Guid ApplianceId, string Serial)> UnitInServiceAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customerId = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.MinatoPartner).OrderBy(c => c.NameKana).Select(c => c.Id)
            .Skip(2).FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var number = $"C-E2E-SW-{Guid.NewGuid():N}"[..20];
        var contract = new ServiceContract(Guid.NewGuid(), number, DemoOrganisations.MinatoPartner, customerId, ServicePlan.SensorService.Code,
            1, new Yen(600_000), null, today.AddDays(-80), at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(today.AddDays(-60), at, "e2e").ShouldBeNull();
        contract.StartService(at, "e2e", "e2e").ShouldBeNull();
        db.Contracts.Add(contract);
        var unit = UnitAtCustomer(contract, at);
        db.Appliances.Add(unit);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (number, unit.Id, unit.SerialNumber);
    }

    internal static Appliance UnitAtCustomer(ServiceContract contract, DateTimeOffset at)
    {
        var unit = new Appliance(Guid.NewGuid(), $"CTS-E2E{Guid.NewGuid():N}"[..14], ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, at, "e2e");
        unit.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, at, "e2e").ShouldBeTrue();
        unit.MoveTo(ApplianceStatus.Kitting, at, "e2e").ShouldBeTrue();
        unit.MoveTo(ApplianceStatus.Shipped, at, "e2e").ShouldBeTrue();
        unit.MoveTo(ApplianceStatus.AtCustomer, at, "e2e").ShouldBeTrue();
        return unit;
    }
}
