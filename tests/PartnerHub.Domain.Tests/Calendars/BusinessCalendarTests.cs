using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar Desk = BusinessCalendars.SensorServiceDesk;

    private static DateTimeOffset Tokyo(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    [Theory]
    [Trait("Article", "004 別紙3 §2")]
    [InlineData(2026, 12, 25, true)]
    [InlineData(2026, 12, 28, false)]
    [InlineData(2027, 1, 4, false)]
    [InlineData(2027, 1, 5, true)]
    [InlineData(2026, 11, 23, false)]
    [InlineData(2026, 11, 21, false)]
    [InlineData(2026, 9, 22, false)]
    public void IsBusinessDay_FollowsWeekendsHolidaysAndYearEnd(int year, int month, int day, bool expected)
    {
        Desk.IsBusinessDay(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "002 §2-1-7")]
    public void IsBusinessDay_ChamberCalendar_ClosesOnAugust15()
    {
        BusinessCalendars.ChamberUtm.IsBusinessDay(new DateOnly(2025, 8, 15)).ShouldBeFalse();
        Desk.IsBusinessDay(new DateOnly(2025, 8, 15)).ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public void EndOfNextBusinessDay_WhenReceivedFridayBeforeYearEnd_IsJanuaryFifthAtFive()
    {
        Desk.EndOfNextBusinessDay(Tokyo(2026, 12, 25, 18)).ShouldBe(Tokyo(2027, 1, 5, 17));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public void EndOfNextBusinessDay_WhenReceivedOnSaturday_IsMondayCloseOfBusiness()
    {
        Desk.EndOfNextBusinessDay(Tokyo(2026, 11, 28, 10)).ShouldBe(Tokyo(2026, 11, 30, 17));
    }

    [Fact]
    public void BusinessTimeBetween_OverAWeekend_CountsOnlyWorkingHours()
    {
        Desk.BusinessTimeBetween(Tokyo(2026, 11, 27, 16), Tokyo(2026, 11, 30, 10)).ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void BusinessTimeBetween_WithAPause_SubtractsTheWaitingTime()
    {
        var pause = (Tokyo(2026, 11, 26, 10), Tokyo(2026, 11, 26, 13));

        Desk.BusinessTimeBetween(Tokyo(2026, 11, 26, 9), Tokyo(2026, 11, 26, 17), [pause]).ShouldBe(TimeSpan.FromHours(5));
    }

    [Fact]
    [Trait("Article", "001 §12")]
    public void BusinessTimeBetween_SplitHours_SkipsTheLunchBreak()
    {
        BusinessCalendars.ConsultationDesk.BusinessTimeBetween(Tokyo(2026, 11, 26, 11), Tokyo(2026, 11, 26, 14)).ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void NextOpening_AfterClosing_IsNextBusinessDayAtNine()
    {
        Desk.NextOpening(Tokyo(2026, 11, 20, 17, 30)).ShouldBe(Tokyo(2026, 11, 24, 9));
        Desk.IsWithinBusinessHours(Tokyo(2026, 11, 24, 9)).ShouldBeTrue();
        Desk.IsWithinBusinessHours(Tokyo(2026, 11, 24, 17)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void MonthsBefore_WhenDeadlineIsASunday_RollsBackToFriday()
    {
        BusinessCalendars.ChamberUtm.MonthsBefore(new DateOnly(2027, 3, 31), 2, rollBackToBusinessDay: true).ShouldBe(new DateOnly(2027, 1, 29));
        Desk.MonthsBefore(new DateOnly(2027, 3, 31), 2, rollBackToBusinessDay: false).ShouldBe(new DateOnly(2027, 1, 31));
    }

    [Fact]
    [Trait("Article", "002 §4")]
    public void NthBusinessDayOfMonth_FifthOfJanuary2027_SkipsTheYearEndClosure()
    {
        BusinessCalendars.ChamberUtm.NthBusinessDayOfMonth(2027, 1, 5).ShouldBe(new DateOnly(2027, 1, 12));
    }

    [Fact]
    public void AddBusinessDays_ThenCountingBack_GivesTheSameNumber()
    {
        var random = new Random(20261122);
        for (int i = 0; i < 500; i++)
        {
            var start = Desk.AddBusinessDays(new DateOnly(2024, 1, 1).AddDays(random.Next(0, 3650)), 0);
            int n = random.Next(-60, 61);

            var moved = Desk.AddBusinessDays(start, n);

            Desk.IsBusinessDay(moved).ShouldBeTrue();
            Desk.BusinessDaysBetween(start, moved).ShouldBe(n, $"{start} {n}");
        }
    }

    [Fact]
    public void Constructor_WithOverlappingHours_IsRejected()
    {
        Should.Throw<ArgumentException>(() => new BusinessCalendar("bad",
            [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(13, 0)), new WorkingHours(new TimeOnly(12, 0), new TimeOnly(17, 0))]));
    }
}
