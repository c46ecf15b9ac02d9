using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

public class CalendarAdjustmentTests
{
    private static readonly DateOnly s_today = new(2026, 12, 6);
    private static readonly DateTimeOffset s_at = new(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);

    private static (CalendarAdjustment? Adjustment, IReadOnlyList<CalendarAdjustmentProblem> Problems) Record(
        CalendarAdjustmentKind kind, DateOnly from, DateOnly to, string name = "臨時休業", BusinessCalendar? calendar = null, params CalendarAdjustment[] existing) =>
        CalendarAdjustment.Record("000", calendar ?? BusinessCalendars.ThreatSharing, existing, kind, from, to, name, s_today, s_at, "admin@vendor.example");

    [Fact]
    [Trait("Article", "000 §12-2")]
    public void Apply_YearEndClosure_ClosesTheDaysTheSeedLeavesOpen()
    {
        var (closure, problems) = Record(CalendarAdjustmentKind.Closure, new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 3), "年末年始休業");

        var calendar = CalendarAdjustment.Apply(BusinessCalendars.ThreatSharing, [closure!]);

        problems.ShouldBeEmpty();
        BusinessCalendars.ThreatSharing.IsBusinessDay(new DateOnly(2026, 12, 29)).ShouldBeTrue();
        calendar.IsBusinessDay(new DateOnly(2026, 12, 29)).ShouldBeFalse();
        calendar.IsBusinessDay(new DateOnly(2026, 12, 30)).ShouldBeFalse();
        calendar.IsBusinessDay(new DateOnly(2027, 1, 4)).ShouldBeTrue();
        calendar.NextBusinessDay(new DateOnly(2026, 12, 28)).ShouldBe(new DateOnly(2027, 1, 4));
    }

    [Fact]
    public void Apply_HolidayAddedAndRemoved_ChangesTheHolidayTableOfThatCalendar()
    {
        // 2027-05-03 is 憲法記念日 by the Act; 2027-06-15 an ordinary Tuesday.
        var (added, _) = Record(CalendarAdjustmentKind.HolidayAdded, new DateOnly(2027, 6, 15), new DateOnly(2027, 6, 15), "特別法による休日");
        var (removed, _) = Record(CalendarAdjustmentKind.HolidayRemoved, new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 3), "特別法による移動");

        var calendar = CalendarAdjustment.Apply(BusinessCalendars.ThreatSharing, [added!, removed!]);

        calendar.IsBusinessDay(new DateOnly(2027, 6, 15)).ShouldBeFalse();
        calendar.Holidays.Find(new DateOnly(2027, 6, 15))!.Name.ShouldBe("特別法による休日");
        calendar.IsBusinessDay(new DateOnly(2027, 5, 3)).ShouldBeTrue();
        BusinessCalendars.ThreatSharing.IsBusinessDay(new DateOnly(2027, 5, 3)).ShouldBeFalse();
    }

    [Fact]
    public void Record_BadEntries_SayWhy()
    {
        var (first, _) = Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 5));

        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), existing: first!).Problems.ShouldBe([CalendarAdjustmentProblem.OverlapsAnother]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7)).Problems.ShouldBe([CalendarAdjustmentProblem.StartsInPast]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 1)).Problems.ShouldBe([CalendarAdjustmentProblem.EndBeforeStart]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2032, 1, 5), new DateOnly(2032, 1, 6)).Problems.ShouldBe([CalendarAdjustmentProblem.TooFarAhead]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1)).Problems.ShouldBe([CalendarAdjustmentProblem.ClosureTooLong]);
        Record(CalendarAdjustmentKind.HolidayAdded, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 2)).Problems.ShouldBe([CalendarAdjustmentProblem.HolidayIsOneDay]);
        Record(CalendarAdjustmentKind.HolidayAdded, new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 3)).Problems.ShouldBe([CalendarAdjustmentProblem.AlreadyAHoliday]);
        Record(CalendarAdjustmentKind.HolidayRemoved, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1)).Problems.ShouldBe([CalendarAdjustmentProblem.NotAHoliday]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1), "  ").Problems.ShouldBe([CalendarAdjustmentProblem.NameRequired]);
        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1), new string('休', 101)).Problems.ShouldBe([CalendarAdjustmentProblem.NameTooLong]);
    }

    [Fact]
    public void Record_AnotherCalendarsClosure_DoesNotOverlap()
    {
        var (other, _) = CalendarAdjustment.Record("004", BusinessCalendars.SensorServiceDesk, [], CalendarAdjustmentKind.Closure,
            new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 5), "別の窓口", s_today, s_at, "admin@vendor.example");

        Record(CalendarAdjustmentKind.Closure, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 5), existing: other!).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void CheckRemoval_BegunAdjustment_IsRefused()
    {
        var (closure, _) = Record(CalendarAdjustmentKind.Closure, new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11));

        closure!.CheckRemoval(s_today).ShouldBeNull();
        closure.CheckRemoval(new DateOnly(2026, 12, 10)).ShouldBe(CalendarAdjustmentProblem.AlreadyInEffect);
        closure.CheckRemoval(new DateOnly(2026, 12, 20)).ShouldBe(CalendarAdjustmentProblem.AlreadyInEffect);
    }
}
