using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Domain.Tests.Contracts;

/// <summary>Contract deadlines counted in business days follow the vendor's closures, not only the statutory holidays.</summary>
public class CalendarAdjustedDeadlineTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static BusinessCalendarSet Closing(BusinessCalendar calendar, params DateOnly[] days) =>
        new(new Dictionary<string, BusinessCalendar> { [calendar.Name] = calendar.WithClosedDates(days) });

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void CancelByBusinessDayAndReminders_WhenTheVendorClosesTheLastBusinessDay_MoveToTheBusinessDayBefore()
    {
        var policy = ServicePlanPolicy.SensorService004;
        var seeds = new ContractTimeline(policy, D(2026, 12, 10));
        // Cancel-by 2027-10-09 is a Saturday; its last business day is Friday 10/8 on the seed calendar.
        seeds.Term(1).CancelByBusinessDay.ShouldBe(D(2027, 10, 8));

        var adjusted = new ContractTimeline(policy.On(Closing(policy.Calendar, D(2027, 10, 8))), D(2026, 12, 10));

        adjusted.Term(1).CancelBy.ShouldBe(D(2027, 10, 9)); // 004 has no roll-back: the date itself stays
        adjusted.Term(1).CancelByBusinessDay.ShouldBe(D(2027, 10, 7));
        adjusted.CancelByReminders(adjusted.Term(1)).ShouldBe([
            policy.Calendar.AddBusinessDays(D(2027, 10, 7), -20), policy.Calendar.AddBusinessDays(D(2027, 10, 7), -5)]);
        adjusted.CancelByReminders(adjusted.Term(1)).ShouldNotBe(seeds.CancelByReminders(seeds.Term(1)));
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void CancelBy_Under002WhenTheVendorClosesTheRolledBackDeadline_RollsBackFurther()
    {
        var policy = ServicePlanPolicy.ChamberUtm002;
        var start = ContractTimeline.StartFor(policy, D(2026, 4, 1));
        var term = new ContractTimeline(policy, start).Term(2);

        var adjusted = new ContractTimeline(policy.On(Closing(policy.Calendar, term.CancelBy)), start).Term(2);

        adjusted.CancelBy.ShouldBe(policy.Calendar.OnOrBefore(term.CancelBy.AddDays(-1)));
        adjusted.CancelBy.ShouldBeLessThan(term.CancelBy);
    }

    [Fact]
    public void On_WithoutAdjustmentsForThePolicysCalendar_KeepsThePolicy()
    {
        var policy = ServicePlanPolicy.SensorService004;

        policy.On(BusinessCalendarSet.SeedsOnly).ShouldBeSameAs(policy);
        policy.On(Closing(BusinessCalendars.ChamberUtm, D(2027, 1, 5))).Calendar.ShouldBeSameAs(policy.Calendar);
    }
}
