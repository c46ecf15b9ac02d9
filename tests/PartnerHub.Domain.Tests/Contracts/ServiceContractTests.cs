using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

/// <summary>
/// The contract's lifecycle through its own methods. The 004 contract below is ordered 2026-11-02 and delivered
/// 2026-11-20: its first term runs 2026-11-21 – 2027-11-20 (004 §4-2, 民法 §140), cancel-by 2027-09-20 (004 §4-3: two
/// months before, the corresponding day of the expiry).
/// </summary>
public class ServiceContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateOnly Ordered = D(2026, 11, 2);
    private static readonly DateOnly Delivered = D(2026, 11, 20);

    [Fact]
    [Trait("Article", "004 §1-4")]
    public void New_WhenOrdered_StartsAtOrderedWithOneEvent()
    {
        var contract = NewContract();

        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.Events.Single().Status.ShouldBe(ContractStatus.Ordered);
        contract.DeliveryCompletedOn.ShouldBeNull();
        contract.CurrentTerm.ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "004 §4-2")]
    public void CompleteDelivery_AfterShipping_StartsTheFirstTermTheNextDay()
    {
        var contract = Shipped();

        contract.CompleteDelivery(Delivered, At, "ops").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Delivered);
        contract.DeliveryCompletedOn.ShouldBe(Delivered);
        contract.ServiceStartOn.ShouldBe(D(2026, 11, 21));
        contract.CurrentTerm.ShouldBe(1);
        contract.CurrentTermEndsOn.ShouldBe(D(2027, 11, 20));
        contract.TermsFollowCurrentRule.ShouldBeTrue();
    }

    [Fact]
    public void CompleteDelivery_BeforeShipping_IsRefusedAndNothingChanges()
    {
        var contract = NewContract();

        contract.CompleteDelivery(Delivered, At, "ops").ShouldBe(ContractRefusal.WrongStatus);

        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.DeliveryCompletedOn.ShouldBeNull();
        contract.Events.Count.ShouldBe(1);
    }

    [Fact]
    public void CompleteDelivery_BeforeTheOrder_IsRefused()
    {
        Shipped().CompleteDelivery(Ordered.AddDays(-1), At, "ops").ShouldBe(ContractRefusal.DateOutOfOrder);
    }

    [Fact]
    public void StartService_BeforeDelivery_IsRefused()
    {
        var contract = Shipped();

        contract.StartService(At, "ops", "data received").ShouldBe(ContractRefusal.WrongStatus);

        contract.Status.ShouldBe(ContractStatus.Shipped);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void RecordNonRenewal_ReceivedOnTheCancelByDate_EndsTheServiceWithTheFirstTerm()
    {
        var contract = Active();

        contract.RecordNonRenewal(Notice(D(2027, 9, 20)), D(2027, 9, 20), At, "staff").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceEnd.ShouldBe(D(2027, 11, 20));
        contract.Events.ShouldContain(e => e.Kind == ContractEventKind.NonRenewalRecorded && e.By == "staff");
        var rollover = contract.RollForward(D(2027, 11, 21), At, "run");
        rollover.ShouldBe(new ContractRollover(0, true));
        contract.Status.ShouldBe(ContractStatus.Ended);
        contract.ServiceEndedOn.ShouldBe(D(2027, 11, 20));
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void RecordNonRenewal_ReceivedTheDayAfterTheCancelByDate_RenewsOnceMoreAndEndsAfterTheNextTerm()
    {
        var contract = Active();

        contract.RecordNonRenewal(Notice(D(2027, 9, 21)), D(2027, 9, 21), At, "staff").ShouldBeNull();

        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceEnd.ShouldBe(D(2028, 11, 20));
        contract.RollForward(D(2027, 11, 21), At, "run").ShouldBe(new ContractRollover(1, false));
        contract.CurrentTerm.ShouldBe(2);
        contract.CurrentTermEndsOn.ShouldBe(D(2028, 11, 20));
        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.RollForward(D(2028, 11, 21), At, "run").ShouldBe(new ContractRollover(0, true));
        contract.Status.ShouldBe(ContractStatus.Ended);
    }

    [Fact]
    public void RecordNonRenewal_ForwardedBeforeThePartnerReceivedIt_IsRefused()
    {
        var contract = Active();

        contract.RecordNonRenewal(new NonRenewalNotice(D(2027, 5, 10), D(2027, 5, 9), D(2027, 5, 10), null), D(2027, 5, 12), At, "staff")
            .ShouldBe(ContractRefusal.DateOutOfOrder);

        contract.Status.ShouldBe(ContractStatus.Active);
        contract.NonRenewalNoticeOn.ShouldBeNull();
    }

    [Fact]
    public void RecordNonRenewal_ReceivedTomorrow_IsRefused()
    {
        Active().RecordNonRenewal(Notice(D(2027, 5, 13)), D(2027, 5, 12), At, "staff").ShouldBe(ContractRefusal.DateInFuture);
    }

    [Fact]
    public void RecordNonRenewal_Twice_IsRefused()
    {
        var contract = Active();
        contract.RecordNonRenewal(Notice(D(2027, 5, 10)), D(2027, 5, 12), At, "staff").ShouldBeNull();

        contract.RecordNonRenewal(Notice(D(2027, 5, 11)), D(2027, 5, 12), At, "staff").ShouldBe(ContractRefusal.NoticeAlreadyRecorded);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void WithdrawNonRenewal_OnTheCancelByDate_RenewsAgain()
    {
        var contract = Active();
        contract.RecordNonRenewal(Notice(D(2027, 5, 10)), D(2027, 5, 12), At, "staff").ShouldBeNull();

        contract.WithdrawNonRenewal(D(2027, 9, 20), At, "staff", "お客様が継続を決定").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Active);
        contract.NonRenewalNoticeOn.ShouldBeNull();
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceEnd.ShouldBeNull();
        contract.Events.ShouldContain(e => e.Kind == ContractEventKind.NonRenewalWithdrawn && e.Note == "お客様が継続を決定");
    }

    [Fact]
    public void WithdrawNonRenewal_AfterTheCancelByDate_IsRefused()
    {
        var contract = Active();
        contract.RecordNonRenewal(Notice(D(2027, 5, 10)), D(2027, 5, 12), At, "staff").ShouldBeNull();

        contract.WithdrawNonRenewal(D(2027, 9, 21), At, "staff", "継続").ShouldBe(ContractRefusal.DeadlinePassed);

        contract.Status.ShouldBe(ContractStatus.Ending);
    }

    [Fact]
    public void WithdrawNonRenewal_WithoutReason_IsRefused()
    {
        var contract = Active();
        contract.RecordNonRenewal(Notice(D(2027, 5, 10)), D(2027, 5, 12), At, "staff").ShouldBeNull();

        contract.WithdrawNonRenewal(D(2027, 5, 13), At, "staff", " ").ShouldBe(ContractRefusal.ReasonRequired);
    }

    [Fact]
    public void RollForward_BeforeTheTermEnds_ChangesNothing()
    {
        var contract = Active();
        int events = contract.Events.Count;

        contract.RollForward(D(2027, 11, 20), At, "run").Changed.ShouldBeFalse();
        contract.Renew(D(2027, 11, 20), At, "run").ShouldBe(ContractRefusal.NothingDue);

        contract.Events.Count.ShouldBe(events);
        contract.CurrentTerm.ShouldBe(1);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void RollForward_ThreeTermsBehind_RenewsEachTermOnceAndASecondRunChangesNothing()
    {
        var contract = Active();

        contract.RollForward(D(2029, 11, 21), At, "run").ShouldBe(new ContractRollover(3, false));
        contract.RollForward(D(2029, 11, 21), At, "run").Changed.ShouldBeFalse();

        contract.CurrentTerm.ShouldBe(4);
        contract.CurrentTermEndsOn.ShouldBe(D(2030, 11, 20));
        contract.Events.Count(e => e.Kind == ContractEventKind.Renewed).ShouldBe(3);
        contract.Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void ScheduleEnd_CustomerConvenience_TerminatesAfterTheLastDayWithTheRemainingTermAsPenalty()
    {
        var contract = Active();

        contract.ScheduleEnd(D(2027, 3, 31), TerminationCause.CustomerConvenience, D(2027, 3, 1), "事業所閉鎖", D(2027, 3, 1), At, "staff").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Ending);
        // 2027-04-01 – 2027-11-20 is 30+31+30+31+31+30+31+20 = 234 days of a 365-day term year: 480,000 × 234 / 365 = 307,726.03 → 307,726.
        var settlement = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.EarlyTermination(D(2027, 3, 31), TerminationCause.CustomerConvenience, contract.AnnualFee);
        settlement.Penalty!.Amount.ShouldBe(new Yen(307_726));
        contract.RollForward(D(2027, 3, 31), At, "run").Changed.ShouldBeFalse();
        contract.RollForward(D(2027, 4, 1), At, "run").ShouldBe(new ContractRollover(0, true));
        contract.Status.ShouldBe(ContractStatus.Terminated);
        contract.ServiceEndedOn.ShouldBe(D(2027, 3, 31));
    }

    [Fact]
    public void ScheduleEnd_InThePast_IsRefused()
    {
        Active().ScheduleEnd(D(2027, 2, 28), TerminationCause.CustomerConvenience, D(2027, 3, 1), "閉鎖", D(2027, 3, 1), At, "staff")
            .ShouldBe(ContractRefusal.EndDateTooEarly);
    }

    [Fact]
    public void ScheduleEnd_AfterTheNoticedEnd_IsRefused()
    {
        var contract = Active();
        contract.RecordNonRenewal(Notice(D(2027, 5, 10)), D(2027, 5, 12), At, "staff").ShouldBeNull();

        contract.ScheduleEnd(D(2027, 11, 20), TerminationCause.CustomerConvenience, D(2027, 5, 12), "閉鎖", D(2027, 5, 12), At, "staff")
            .ShouldBe(ContractRefusal.EndDateAfterScheduledEnd);
    }

    [Theory]
    [Trait("Article", "004 §15-2")]
    [InlineData(2027, 3, 10, null)]
    [InlineData(2027, 3, 9, ContractRefusal.NoticeTooShort)]
    public void ScheduleEnd_Abolition_NeedsTwoMonthsNotice(int y, int m, int d, ContractRefusal? expected)
    {
        // Notice given 2027-01-10: the two months run 01-11 – 03-10, so the last day of service can be 03-10 at the earliest.
        Active().ScheduleEnd(D(y, m, d), TerminationCause.ServiceDiscontinued, D(2027, 1, 10), "サービス廃止", D(2027, 1, 10), At, "vendor")
            .ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "002 §12-1")]
    [InlineData(2026, 12, 25, null)]
    [InlineData(2026, 12, 28, ContractRefusal.NoticeTooShort)]
    public void ScheduleEnd_ChamberMidTermCancellation_NeedsTwoMonthsNotice(int y, int m, int d, ContractRefusal? expected)
    {
        // 002: ordered 2026-11-02 (by the 5th) → service from the 5th business day of December, 2026-12-07 (002 §4-2).
        // Desired last day 2027-02-28: two months before is 2026-12-28, inside the year-end closure (12-28 – 01-04), so
        // the deadline rolls back to the previous business day, Friday 2026-12-25 (002 §12-1).
        var contract = Chamber();
        contract.ServiceStartOn.ShouldBe(D(2026, 12, 7));

        contract.ScheduleEnd(D(2027, 2, 28), TerminationCause.CustomerConvenience, D(y, m, d), "解約希望", D(2027, 1, 6), At, "staff")
            .ShouldBe(expected);
    }

    [Fact]
    public void CancelBeforeDelivery_WhileKitting_CancelsWithTheReason()
    {
        var contract = NewContract();
        contract.StartKitting(At, "ops").ShouldBeNull();

        contract.CancelBeforeDelivery(At, "staff", "予算見直し").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Cancelled);
        contract.Events[^1].Note.ShouldBe("予算見直し");
    }

    [Fact]
    public void CancelBeforeDelivery_AfterDelivery_IsRefused()
    {
        Active().CancelBeforeDelivery(At, "staff", "予算見直し").ShouldBe(ContractRefusal.WrongStatus);
    }

    [Fact]
    public void CancelBeforeDelivery_WithoutReason_IsRefused()
    {
        NewContract().CancelBeforeDelivery(At, "staff", "").ShouldBe(ContractRefusal.ReasonRequired);
    }

    [Fact]
    public void StartKitting_FromOrdered_PassesTheSheetStepOnTheStatusLine()
    {
        var contract = NewContract();

        contract.StartKitting(At, "ops").ShouldBeNull();

        contract.Events.Select(e => e.Status).ShouldBe([ContractStatus.Ordered, ContractStatus.ParameterSheet, ContractStatus.Kitting]);
    }

    [Fact]
    public void AdoptCurrentTermRule_WhenAlreadyFollowingIt_IsRefused()
    {
        Active().AdoptCurrentTermRule(At, "ops").ShouldBe(ContractRefusal.WrongStatus);
    }

    [Fact]
    public void New_WithoutAppliances_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            new ServiceContract(Guid.NewGuid(), "C-1", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 0, new Yen(1), null, Ordered, At, "staff"));
    }

    private static NonRenewalNotice Notice(DateOnly vendorReceivedOn) => new(vendorReceivedOn.AddDays(-2), vendorReceivedOn, vendorReceivedOn, null);

    private static ServiceContract Active()
    {
        var contract = Shipped();
        contract.CompleteDelivery(Delivered, At, "ops").ShouldBeNull();
        contract.StartService(At, "ops", "data received").ShouldBeNull();
        return contract;
    }

    private static ServiceContract Chamber()
    {
        var contract = new ServiceContract(Guid.NewGuid(), "C-20261102-0002", Guid.NewGuid(), Guid.NewGuid(), "UTM-CCI", 1, new Yen(120_000), null, Ordered, At, "staff");
        contract.StartKitting(At, "ops").ShouldBeNull();
        contract.Ship(At, "hw", "yamato 1234").ShouldBeNull();
        contract.CompleteDelivery(D(2026, 11, 30), At, "ops").ShouldBeNull();
        return contract;
    }

    private static ServiceContract Shipped()
    {
        var contract = NewContract();
        contract.StartParameterSheet(At, "staff").ShouldBeNull();
        contract.StartKitting(At, "ops").ShouldBeNull();
        contract.Ship(At, "hw", "yamato 1234").ShouldBeNull();
        return contract;
    }

    private static ServiceContract NewContract() =>
        new(Guid.NewGuid(), "C-20261102-0001", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 1, new Yen(480_000), null, Ordered, At, "staff");

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
