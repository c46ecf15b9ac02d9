using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Hardware;

public class ReturnTaskTests
{
    private static readonly DateTimeOffset At = new(2027, 12, 10, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly Guid Partner = Guid.NewGuid();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Appliance UnitAtCustomer()
    {
        var appliance = new Appliance(Guid.NewGuid(), "cts-25a0099", "CTS", ApplianceCondition.New, At.AddYears(-1), "ops");
        appliance.AllocateTo(Guid.NewGuid(), Partner, Guid.NewGuid(), At.AddYears(-1), "ops").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Kitting, At.AddYears(-1), "ops").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Shipped, At.AddYears(-1), "kitter").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.AtCustomer, At.AddYears(-1), "ops").ShouldBeTrue();
        return appliance;
    }

    private static ReturnTask OpenAtEnd(ServicePlanPolicy policy, Appliance? appliance = null)
    {
        var unit = appliance ?? UnitAtCustomer();
        return ReturnTask.Open(Guid.NewGuid(), unit, unit.ContractId ?? Guid.NewGuid(), Partner, ReturnReason.ContractEnded, null, null, D(2027, 12, 10), policy, At, "renewal-run");
    }

    [Fact]
    public void Open_AtContractEnd004_DeadlineIsTheHubsFollowUpDateAndTheCustomerPaysShipping()
    {
        // 別紙4 §4-3 速やかに / §4-4 遅滞なく: the hub's 14 days from the day after the last day; 004 §17-1: 送料は利用者の負担.
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.Deadline.ShouldBe(D(2027, 12, 23));
        task.ShippingPaidBy.ShouldBe(ReturnShippingPayer.Customer);
        task.Status.ShouldBe(ReturnStatus.AwaitingShipment);
        task.SerialNumber.ShouldBe("CTS-25A0099");
    }

    [Fact]
    public void Open_Under002_TheVendorSidePaysCashOnDelivery()
    {
        // 002 §5-3: 返送に係る費用はNEC…が着払いにて負担.
        OpenAtEnd(ServicePlanPolicy.ChamberUtm002).ShippingPaidBy.ShouldBe(ReturnShippingPayer.Vendor);
    }

    [Fact]
    public void Open_UnitWithoutContract_IsRefused()
    {
        var inStock = new Appliance(Guid.NewGuid(), "CTS-1", "CTS", ApplianceCondition.New, At, "ops");

        Should.Throw<ArgumentException>(() => OpenAtEnd(ServicePlanPolicy.SensorService004, inStock));
    }

    [Fact]
    public void IsOverdue_AfterTheDeadlineWithNothingSent_IsTrue()
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.IsOverdue(D(2027, 12, 23)).ShouldBeFalse();
        task.IsOverdue(D(2027, 12, 24)).ShouldBeTrue();
        task.RecordShipment(Carrier.Yamato, "1234-5678-9013", D(2027, 12, 24), D(2027, 12, 24)).ShouldBeNull();
        task.IsOverdue(D(2027, 12, 30)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1234-5678-9012")]
    [InlineData("12345678")]
    [InlineData("")]
    public void RecordShipment_BadTrackingNumber_IsRefusedAndChangesNothing(string tracking)
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.RecordShipment(Carrier.Sagawa, tracking, D(2027, 12, 12), D(2027, 12, 12)).ShouldBe(ReturnProblem.InvalidTrackingNumber);

        task.Status.ShouldBe(ReturnStatus.AwaitingShipment);
        task.TrackingNumber.ShouldBeNull();
    }

    [Fact]
    public void RecordShipment_InTheFuture_IsRefused()
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.RecordShipment(Carrier.Yamato, "123456789013", D(2027, 12, 13), D(2027, 12, 12)).ShouldBe(ReturnProblem.InvalidDate);
    }

    [Fact]
    public void Receive_CompleteOnTime_ChargesNothing()
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);
        task.RecordShipment(Carrier.Yamato, "123456789013", D(2027, 12, 20), D(2027, 12, 20)).ShouldBeNull();

        task.Receive(ReturnCondition.Complete, D(2027, 12, 22), null, null, D(2027, 12, 22), "hw").ShouldBeNull();

        task.Status.ShouldBe(ReturnStatus.Received);
        task.WasLate.ShouldBeFalse();
        task.ChargesDue(ServicePlanPolicy.SensorService004.ReturnCharges, "004", At, "hw").ShouldBeEmpty();
    }

    [Fact]
    public void Receive_SentOnTimeButArrivingAfterTheDeadline_IsNotLate()
    {
        // 別紙4 §4-3 charges the customer's delay; the carrier's days in transit are not it.
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);
        task.RecordShipment(Carrier.Yamato, "123456789013", D(2027, 12, 23), D(2027, 12, 23)).ShouldBeNull();

        task.Receive(ReturnCondition.Complete, D(2027, 12, 25), null, null, D(2027, 12, 25), "hw").ShouldBeNull();

        task.WasLate.ShouldBeFalse();
    }

    [Fact]
    public void Receive_LateAndDamaged004_ChargesLateReturnAndDamageOnceEach()
    {
        // 004 別紙4 §4-3: 正当な事由なく返還が遅延する場合 → 相応の損害金; §4-4: 破損等が存在する場合 → 相応の損害金.
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);
        task.RecordShipment(Carrier.JapanPost, "123456789013", D(2028, 1, 8), D(2028, 1, 8)).ShouldBeNull();

        task.Receive(ReturnCondition.Damaged, D(2028, 1, 10), "筐体にへこみ、電源ボタン破損", null, D(2028, 1, 10), "hw").ShouldBeNull();
        var charges = task.ChargesDue(ServicePlanPolicy.SensorService004.ReturnCharges, "004", At, "hw");

        charges.Select(c => c.Kind).ShouldBe([PendingChargeKind.LateReturn, PendingChargeKind.Damage]);
        charges.ShouldAllBe(c => c.SourceId == task.Id && c.PartnerId == Partner && c.ContractId == task.ContractId && c.IncurredOn == D(2028, 1, 10));
        charges[0].Amount.ShouldBe(new Yen(10_000));
        charges[0].Article.ShouldBe("004 別紙4 §4-3");
        charges[1].Amount.ShouldBe(new Yen(50_000));
        charges[1].Article.ShouldBe("004 別紙4 §4-4");
    }

    [Fact]
    public void Receive_LateWithJustReason_ChargesNoLateFee()
    {
        // 別紙4 §4-3 charges only a delay 正当な事由なく.
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.Receive(ReturnCondition.Complete, D(2028, 1, 10), null, "年末年始の休業で集荷不可", D(2028, 1, 10), "ops").ShouldBeNull();

        task.WasLate.ShouldBeTrue();
        task.ChargesDue(ServicePlanPolicy.SensorService004.ReturnCharges, "004", At, "ops").ShouldBeEmpty();
    }

    [Fact]
    public void Receive_LateUnder002_ChargesNothingForLatenessButDamageAtActualCost()
    {
        // 002 §5-3 charges 実費相当額 only when the unit is not returned or not in its original state.
        var task = OpenAtEnd(ServicePlanPolicy.ChamberUtm002);

        task.Receive(ReturnCondition.PartsMissing, D(2028, 2, 1), "ACアダプタ欠品", null, D(2028, 2, 1), "ops").ShouldBeNull();
        var charges = task.ChargesDue(ServicePlanPolicy.ChamberUtm002.ReturnCharges, "002", At, "ops");

        charges.Select(c => (c.Kind, c.Article)).ShouldBe([(PendingChargeKind.Damage, "002 §5-3")]);
    }

    [Theory]
    [InlineData(ReturnCondition.Damaged)]
    [InlineData(ReturnCondition.PartsMissing)]
    public void Receive_DamagedWithoutNote_IsRefused(ReturnCondition condition)
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.Receive(condition, D(2027, 12, 15), "  ", null, D(2027, 12, 15), "hw").ShouldBe(ReturnProblem.NoteRequired);

        task.Status.ShouldBe(ReturnStatus.AwaitingShipment);
    }

    [Fact]
    public void Receive_BeforeTheShipment_IsRefused()
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);
        task.RecordShipment(Carrier.Yamato, "123456789013", D(2027, 12, 15), D(2027, 12, 15)).ShouldBeNull();

        task.Receive(ReturnCondition.Complete, D(2027, 12, 14), null, null, D(2027, 12, 16), "hw").ShouldBe(ReturnProblem.InvalidDate);
    }

    [Fact]
    public void DeclareLost_004_ChargesTheLossOnly()
    {
        // 004 §6-1-3 紛失・盗難 and 別紙4 §4-4 紛失等により返還されない場合 → 相応の損害金.
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);

        task.Receive(ReturnCondition.NotReturned, D(2028, 1, 31), "利用者より盗難届の写しを受領", null, D(2028, 1, 31), "ops").ShouldBeNull();
        var charges = task.ChargesDue(ServicePlanPolicy.SensorService004.ReturnCharges, "004", At, "ops");

        task.Status.ShouldBe(ReturnStatus.Lost);
        charges.Select(c => (c.Kind, c.Amount, c.Article)).ShouldBe([(PendingChargeKind.Loss, new Yen(150_000), "004 §6-1-3, 別紙4 §4-4")]);
    }

    [Fact]
    public void ChargesDue_PlanWithoutHardwareCharges_IsEmpty()
    {
        var task = OpenAtEnd(ServicePlanPolicy.SensorService004);
        task.DeclareLost("不明", D(2028, 1, 31), "ops").ShouldBeNull();

        task.ChargesDue(ServicePlanPolicy.ThreatSharing000.ReturnCharges, "000", At, "ops").ShouldBeEmpty();
    }

    [Fact]
    public void Appliance_ReturnedAndRefurbished_GoesBackToStockAsRefurbishedFreeOfItsContract()
    {
        // 004 別紙4 §1-2: lent hardware is not necessarily new; a returned unit goes out again as refurbished.
        var appliance = UnitAtCustomer();

        appliance.AwaitReturn(At, "renewal-run").ShouldBeTrue();
        appliance.ShipBack(At, "partner").ShouldBeTrue();
        appliance.ReceiveBack(At, "hw").ShouldBeTrue();
        appliance.StartInspection(At, "hw").ShouldBeTrue();
        appliance.Refurbish(At, "hw", "初期化・外装清掃").ShouldBeTrue();

        appliance.Status.ShouldBe(ApplianceStatus.InStock);
        appliance.Condition.ShouldBe(ApplianceCondition.Refurbished);
        appliance.ContractId.ShouldBeNull();
        appliance.PartnerId.ShouldBeNull();
        appliance.History.Select(e => e.Status).TakeLast(5).ShouldBe(
            [ApplianceStatus.AwaitingReturn, ApplianceStatus.ReturnInTransit, ApplianceStatus.Returned, ApplianceStatus.InInspection, ApplianceStatus.InStock]);
    }

    [Fact]
    public void Appliance_InspectionFindsAFault_RepairThenRefurbishOrScrapWithReason()
    {
        var appliance = UnitAtCustomer();
        appliance.AwaitReturn(At, "ops").ShouldBeTrue();
        appliance.ReceiveBack(At, "ops").ShouldBeTrue();
        appliance.StartInspection(At, "ops").ShouldBeTrue();

        appliance.SendToRepair(At, "ops", "NIC 2 link down").ShouldBeTrue();
        Should.Throw<ArgumentException>(() => appliance.Scrap(At, "ops", " "));
        appliance.Scrap(At, "ops", "基板交換不可").ShouldBeTrue();

        appliance.Status.ShouldBe(ApplianceStatus.Retired);
        appliance.History[^1].Note.ShouldBe("基板交換不可");
    }

    [Fact]
    public void Appliance_StepsOutOfOrder_AreRefused()
    {
        var appliance = UnitAtCustomer();

        appliance.ReceiveBack(At, "ops").ShouldBeFalse();
        appliance.StartInspection(At, "ops").ShouldBeFalse();
        appliance.Refurbish(At, "ops").ShouldBeFalse();
        appliance.Status.ShouldBe(ApplianceStatus.AtCustomer);
    }

    [Fact]
    public void Appliance_NeverReturned_IsLost()
    {
        var appliance = UnitAtCustomer();
        appliance.AwaitReturn(At, "ops").ShouldBeTrue();

        appliance.DeclareLost(At, "ops", "盗難").ShouldBeTrue();

        appliance.Status.ShouldBe(ApplianceStatus.Lost);
        appliance.ReceiveBack(At, "ops").ShouldBeFalse();
    }
}
