using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

// A terms change notified on Monday 2027-01-11, effective Wednesday 2027-01-20 (more than the week 004 §21-1 asks for).
public class TermsChangeCancellationTests
{
    private static readonly DateTimeOffset At = new(2027, 1, 25, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly TermsChangeBasis Basis = new(Guid.NewGuid(), D(2027, 1, 11), D(2027, 1, 20));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    [Trait("Article", "004 §21-2; ADR-005")]
    public void Window_Under004_RunsFromTheNoticeDateToTheDayBeforeTheEffectiveDate()
    {
        var window = TermsChangeCancellationWindow.For(ServicePlanPolicy.SensorService004, Basis.NotifiedOn, Basis.EffectiveOn);

        window.OpensOn.ShouldBe(D(2027, 1, 11));
        window.ClosesOn.ShouldBe(D(2027, 1, 19));
        window.UntilEffectiveDate.ShouldBeTrue();
    }

    [Theory]
    [Trait("Article", "004 §21-2; ADR-005")]
    [InlineData(2027, 1, 10, false)]  // the day before the notice: no change announced yet
    [InlineData(2027, 1, 11, true)]   // first day: the notice date
    [InlineData(2027, 1, 19, true)]   // last day: the day before the new terms take effect
    [InlineData(2027, 1, 20, false)]  // the day after: the new terms bind
    public void Window_Under004_ContainsItsFirstAndLastDayOnly(int y, int m, int d, bool inside)
    {
        TermsChangeCancellationWindow.For(ServicePlanPolicy.SensorService004, Basis.NotifiedOn, Basis.EffectiveOn).Contains(D(y, m, d)).ShouldBe(inside);
    }

    [Theory]
    [Trait("Article", "002 §12-5")]
    [InlineData(2027, 6, 15, true)]   // first day: the notice date
    [InlineData(2027, 8, 13, true)]   // last day: 6/16 – 8/15 is two months, 8/15 a Sunday → Friday 8/13
    [InlineData(2027, 8, 14, false)]  // the day after
    public void Window_Under002_IsTwoMonthsFromTheNoticeRolledBackToABusinessDay(int y, int m, int d, bool inside)
    {
        var window = TermsChangeCancellationWindow.For(ServicePlanPolicy.ChamberUtm002, D(2027, 6, 15), D(2027, 7, 20));

        window.UntilEffectiveDate.ShouldBeFalse();
        window.ClosesOn.ShouldBe(D(2027, 8, 13));
        window.Contains(D(y, m, d)).ShouldBe(inside);
    }

    [Fact]
    [Trait("Article", "000 §3-2; ADR-005")]
    public void Window_WhenTheChangeTakesEffectOnTheNoticeDay_IsThatOneDay()
    {
        var window = TermsChangeCancellationWindow.For(ServicePlanPolicy.ThreatSharing000, D(2027, 1, 11), D(2027, 1, 11));

        window.OpensOn.ShouldBe(D(2027, 1, 11));
        window.ClosesOn.ShouldBe(D(2027, 1, 11));
    }

    [Theory]
    [Trait("Article", "004 §21-2, §4-5")]
    [InlineData(2027, 1, 11)]
    [InlineData(2027, 1, 19)]
    public void CancelAfterTermsChange_WithinTheWindow_SchedulesThePenaltyFreeEndWithTheRefundAndRecordsTheNotice(int y, int m, int d)
    {
        var contract = Active();
        var requested = D(y, m, d);

        contract.CancelAfterTermsChange(Basis, D(2027, 2, 28), requested, "約款変更に同意しない", D(2027, 1, 25), At, "staff").ShouldBeNull();

        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.EarlyEndCause.ShouldBe(TerminationCause.TermsChange);
        contract.EarlyEndNoticeId.ShouldBe(Basis.NoticeId);
        contract.EarlyEndRequestedOn.ShouldBe(requested);
        var settlement = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.EarlyTermination(D(2027, 2, 28), TerminationCause.TermsChange, contract.AnnualFee);
        settlement.Penalty.ShouldBeNull();
        // 004 §21-2: the unexpired part, 2027-03-01 to the term's end 2027-11-20: 265 of 365 days of ¥365,000.
        settlement.Refund.ShouldNotBeNull().Amount.ShouldBe(new Yen(265_000));
        contract.Events[^2].Note.ShouldNotBeNull().ShouldContain("terms change notified 2027-01-11, effective 2027-01-20");
    }

    [Theory]
    [Trait("Article", "004 §21-2, §4-5")]
    [InlineData(2027, 1, 10)]
    [InlineData(2027, 1, 20)]
    public void CancelAfterTermsChange_OutsideTheWindow_IsRefusedAndChangesNothing(int y, int m, int d)
    {
        var contract = Active();

        contract.CancelAfterTermsChange(Basis, D(2027, 2, 28), D(y, m, d), "約款変更に同意しない", D(2027, 1, 25), At, "staff")
            .ShouldBe(ContractRefusal.OutsideTermsChangeWindow);

        contract.Status.ShouldBe(ContractStatus.Active);
        contract.EarlyEndCause.ShouldBeNull();
        contract.EarlyEndNoticeId.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public void ScheduleEnd_ForATermsChangeWithoutItsNotice_IsRefused()
    {
        var contract = Active();

        contract.ScheduleEnd(D(2027, 2, 28), TerminationCause.TermsChange, D(2027, 1, 12), "約款変更", D(2027, 1, 25), At, "staff")
            .ShouldBe(ContractRefusal.TermsChangeNoticeRequired);

        contract.Status.ShouldBe(ContractStatus.Active);
    }

    // A 004 contract delivered on 2026-11-20: its first term runs 2026-11-21 to 2027-11-20 (365 days).
    private static ServiceContract Active()
    {
        var contract = new ServiceContract(Guid.NewGuid(), "C-20261102-0001", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 1, new Yen(365_000), null,
            D(2026, 11, 2), At, "staff");
        contract.StartKitting(At, "ops").ShouldBeNull();
        contract.Ship(At, "hw", "yamato 1234").ShouldBeNull();
        contract.CompleteDelivery(D(2026, 11, 20), At, "ops").ShouldBeNull();
        contract.StartService(At, "ops", "data received").ShouldBeNull();
        return contract;
    }
}
