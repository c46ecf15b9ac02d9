using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar Desk = BusinessCalendars.SensorServiceDesk;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DateTimeOffset Tokyo(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    [Theory]
    [Trait("Article", "004 別紙3 §2")]
    [InlineData(2026, 12, 25, true)]
    [InlineData(2026, 12, 28, false)]
    [InlineData(2026, 12, 31, false)]
    [InlineData(2027, 1, 4, false)]
    [InlineData(2027, 1, 5, true)]
    [InlineData(2026, 11, 23, false)]
    [InlineData(2026, 11, 21, false)]
    [InlineData(2026, 11, 22, false)]
    [InlineData(2026, 9, 22, false)]
    [InlineData(2026, 5, 6, false)]
    [InlineData(2026, 8, 14, true)]
    public void IsBusinessDay_FollowsWeekendsHolidaysAndYearEnd(int year, int month, int day, bool expected)
    {
        Desk.IsBusinessDay(D(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "002 §2-1-7")]
    public void IsBusinessDay_ChamberCalendar_ClosesOnAugust15()
    {
        BusinessCalendars.ChamberUtm.IsBusinessDay(D(2025, 8, 15)).ShouldBeFalse();
        Desk.IsBusinessDay(D(2025, 8, 15)).ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "002 §4-1-2")]
    public void IsWithinBusinessHours_ChamberDesk_AnswersUntilSix()
    {
        BusinessCalendars.ChamberUtm.IsWithinBusinessHours(Tokyo(2026, 11, 26, 17, 30)).ShouldBeTrue();
        Desk.IsWithinBusinessHours(Tokyo(2026, 11, 26, 17, 30)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("004")]
    [InlineData("002")]
    [InlineData("001")]
    [InlineData("000")]
    public void ForSeed_KnownCode_GivesItsCalendar(string code)
    {
        BusinessCalendars.ForSeed(code)!.Name.ShouldBe(code);
        BusinessCalendars.ForSeed("999").ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "000 §12-2")]
    public void IsBusinessDay_ThreatSharingCalendar_HasNoYearEndClosure()
    {
        BusinessCalendars.ThreatSharing.IsBusinessDay(D(2026, 12, 28)).ShouldBeTrue();
        BusinessCalendars.ThreatSharing.IsBusinessDay(D(2027, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void IsBusinessDay_NotClosedOnHolidays_OpensOnAWeekdayHoliday()
    {
        var shop = new BusinessCalendar("shop", [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0))], closedOnNationalHolidays: false);

        shop.IsBusinessDay(D(2026, 11, 23)).ShouldBeTrue();
        shop.IsBusinessDay(D(2026, 11, 22)).ShouldBeFalse();
    }

    [Fact]
    public void WithClosedDates_AddsAnAdHocClosure_WithoutChangingTheOriginal()
    {
        var moving = Desk.WithClosedDates([D(2026, 12, 1)]);

        moving.IsBusinessDay(D(2026, 12, 1)).ShouldBeFalse();
        Desk.IsBusinessDay(D(2026, 12, 1)).ShouldBeTrue();
        moving.NextBusinessDay(D(2026, 11, 30)).ShouldBe(D(2026, 12, 2));
    }

    [Fact]
    public void WithHolidays_UsesAnnouncedOverrides()
    {
        var calendar = Desk.WithHolidays(JapaneseHolidays.ByLaw.WithOverrides([HolidayOverride.Add(D(2030, 6, 4), "特別の休日")]));

        calendar.IsBusinessDay(D(2030, 6, 4)).ShouldBeFalse();
        Desk.IsBusinessDay(D(2030, 6, 4)).ShouldBeTrue();
    }

    [Theory]
    [Trait("Article", "004 別紙3 §2")]
    [InlineData(2026, 12, 25, 1, 2027, 1, 5)]
    [InlineData(2026, 12, 26, 1, 2027, 1, 5)]
    [InlineData(2027, 1, 5, -1, 2026, 12, 25)]
    [InlineData(2026, 5, 1, 1, 2026, 5, 7)]
    [InlineData(2026, 11, 20, 1, 2026, 11, 24)]
    [InlineData(2026, 11, 21, 0, 2026, 11, 24)]
    [InlineData(2026, 11, 20, 0, 2026, 11, 20)]
    [InlineData(2026, 11, 24, -1, 2026, 11, 20)]
    [InlineData(2026, 11, 22, -1, 2026, 11, 20)]
    [InlineData(2026, 9, 18, 1, 2026, 9, 24)]
    [InlineData(2026, 11, 2, 20, 2026, 12, 2)]
    [InlineData(2026, 1, 5, 250, 2027, 1, 21)] // 238 left in 2026 (239 less 1/5), then 12 in January 2027
    public void AddBusinessDays_SkipsClosedDays(int y, int m, int d, int n, int ey, int em, int ed)
    {
        Desk.AddBusinessDays(D(y, m, d), n).ShouldBe(D(ey, em, ed));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void AddBusinessDays_ForRandomDatesAndCounts_IsInvertedByBusinessDaysBetween()
    {
        var random = new Random(20261122);
        for (int i = 0; i < 3000; i++)
        {
            var start = D(1990, 1, 1).AddDays(random.Next(0, 365 * 150));
            int n = random.Next(-800, 801);
            if (n == 0)
            {
                continue;
            }

            var moved = Desk.AddBusinessDays(start, n);

            Desk.IsBusinessDay(moved).ShouldBeTrue();
            Desk.BusinessDaysBetween(start, moved).ShouldBe(n, $"{start:O} {n}");
            // The slow, day-by-day definition agrees with the bit-set arithmetic.
            int slow = 0;
            for (var day = n > 0 ? start.AddDays(1) : moved; n > 0 ? day <= moved : day < start; day = day.AddDays(1))
            {
                slow += Desk.IsBusinessDay(day) ? 1 : 0;
            }

            slow.ShouldBe(Math.Abs(n));
        }
    }

    [Fact]
    public void BusinessDaysBetween_BetweenBusinessDays_IsAntisymmetric()
    {
        var a = D(2026, 11, 20);
        var b = D(2027, 2, 1);

        Desk.BusinessDaysBetween(a, b).ShouldBe(-Desk.BusinessDaysBetween(b, a));
        Desk.BusinessDaysBetween(a, a).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void CountBusinessDays_OverAYear_MatchesWeekdaysLessHolidaysAndClosure()
    {
        // 2026: 261 weekdays, less 17 weekday holidays and 5 closure weekdays (1/2, 12/28–12/31), counted by hand.
        int weekdays = 0;
        int expected = 0;
        for (var day = D(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            weekdays++;
            bool yearEnd = (day.Month == 12 && day.Day >= 28) || (day.Month == 1 && day.Day <= 4);
            expected += JapaneseHolidays.ByLaw.IsHoliday(day) || yearEnd ? 0 : 1;
        }

        weekdays.ShouldBe(261);
        Desk.CountBusinessDays(D(2026, 1, 1), D(2026, 12, 31)).ShouldBe(expected);
        expected.ShouldBe(239);
    }

    [Theory]
    [Trait("Article", "002 §4-2")]
    [InlineData(2027, 1, 5, 2027, 1, 12)]
    [InlineData(2026, 12, 5, 2026, 12, 7)]
    [InlineData(2026, 5, 5, 2026, 5, 12)] // 5/1, 5/7, 5/8, 5/11, 5/12
    [InlineData(2026, 5, 1, 2026, 5, 1)]
    public void NthBusinessDayOfMonth_SkipsClosures(int year, int month, int n, int ey, int em, int ed)
    {
        BusinessCalendars.ChamberUtm.NthBusinessDayOfMonth(year, month, n).ShouldBe(D(ey, em, ed));
    }

    [Fact]
    public void NthBusinessDayOfMonth_BeyondTheMonth_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => Desk.NthBusinessDayOfMonth(2026, 12, 20)).Reason.ShouldBe(RuleViolation.NotEnoughBusinessDays);
        Should.Throw<RuleViolationException>(() => Desk.NthBusinessDayOfMonth(2026, 12, 0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
    }

    [Theory]
    [Trait("Article", "002 §12-1")]
    [InlineData(2027, 3, 31, true, 2027, 1, 29)]   // 1/31 is a Sunday
    [InlineData(2027, 3, 31, false, 2027, 1, 31)]
    [InlineData(2026, 3, 31, true, 2026, 1, 30)]   // 1/31 is a Saturday
    [InlineData(2028, 3, 31, true, 2028, 1, 31)]   // a Monday
    [InlineData(2027, 10, 15, true, 2027, 8, 13)]  // 8/15 is a Sunday and closed anyway
    public void MonthsBefore_WhenTheDeadlineIsNotABusinessDay_RollsBack(int y, int m, int d, bool rollBack, int ey, int em, int ed)
    {
        BusinessCalendars.ChamberUtm.MonthsBefore(D(y, m, d), 2, rollBack).ShouldBe(D(ey, em, ed));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public void EndOfNextBusinessDay_WhenReceivedFridayBeforeYearEnd_IsJanuaryFifthAtFive()
    {
        Desk.EndOfNextBusinessDay(Tokyo(2026, 12, 25, 18)).ShouldBe(Tokyo(2027, 1, 5, 17));
    }

    [Theory]
    [Trait("Article", "004 別紙3 §2-4")]
    [InlineData(2026, 11, 28, 10, 2026, 11, 30)] // Saturday
    [InlineData(2026, 11, 26, 8, 2026, 11, 27)]  // before opening: still the next business day
    [InlineData(2026, 11, 26, 16, 2026, 11, 27)]
    [InlineData(2026, 11, 20, 23, 2026, 11, 24)] // Friday night before a holiday Monday
    [InlineData(2026, 9, 18, 12, 2026, 9, 24)]   // Silver Week
    public void EndOfNextBusinessDay_AtAnyHour_IsCloseOfTheNextBusinessDay(int y, int m, int d, int h, int ey, int em, int ed)
    {
        Desk.EndOfNextBusinessDay(Tokyo(y, m, d, h)).ShouldBe(Tokyo(ey, em, ed, 17));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public void EndOfNextBusinessDay_UsesTheTokyoDayOfAUtcInstant()
    {
        // 2026-11-26 16:00 UTC is Friday 11-27 01:00 in Tokyo: the next business day is Monday 11-30.
        Desk.EndOfNextBusinessDay(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero)).ShouldBe(Tokyo(2026, 11, 30, 17));
    }

    [Fact]
    [Trait("Article", "001 §12-3")]
    public void EndOfNextBusinessDay_SplitHours_EndsAtTheLastInterval()
    {
        BusinessCalendars.ConsultationDesk.EndOfNextBusinessDay(Tokyo(2026, 11, 26, 10)).ShouldBe(Tokyo(2026, 11, 27, 17, 30));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void BusinessTimeBetween_OverAWeekend_CountsOnlyWorkingHours()
    {
        Desk.BusinessTimeBetween(Tokyo(2026, 11, 27, 16), Tokyo(2026, 11, 30, 10)).ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void BusinessTimeBetween_OverAMonth_IsBusinessDaysTimesEightHours()
    {
        var from = Tokyo(2026, 11, 1, 0);
        var to = Tokyo(2026, 12, 1, 0);

        Desk.BusinessTimeBetween(from, to).ShouldBe(TimeSpan.FromHours(8 * Desk.CountBusinessDays(D(2026, 11, 1), D(2026, 11, 30))));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void BusinessTimeBetween_WithAPause_SubtractsTheWaitingTime()
    {
        var pause = new TimeInterval(Tokyo(2026, 11, 26, 10), Tokyo(2026, 11, 26, 13));

        Desk.BusinessTimeBetween(Tokyo(2026, 11, 26, 9), Tokyo(2026, 11, 26, 17), [pause]).ShouldBe(TimeSpan.FromHours(5));
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void BusinessTimeBetween_OverlappingPausesAndPausesOutsideHours_AreSubtractedOnce()
    {
        TimeInterval[] pauses =
        [
            new(Tokyo(2026, 11, 26, 10), Tokyo(2026, 11, 26, 12)),
            new(Tokyo(2026, 11, 26, 11), Tokyo(2026, 11, 26, 13)),
            new(Tokyo(2026, 11, 26, 18), Tokyo(2026, 11, 27, 10)),
            new(Tokyo(2026, 11, 27, 15), Tokyo(2026, 11, 27, 14)), // reversed: ignored
        ];

        // Thu 9–17 less 10–13 = 5 h; Fri 9–17 less 9–10 = 7 h.
        Desk.BusinessTimeBetween(Tokyo(2026, 11, 26, 9), Tokyo(2026, 11, 27, 17), pauses).ShouldBe(TimeSpan.FromHours(12));
    }

    [Fact]
    [Trait("Article", "001 §12-3")]
    public void BusinessTimeBetween_SplitHours_SkipsTheLunchBreak()
    {
        BusinessCalendars.ConsultationDesk.BusinessTimeBetween(Tokyo(2026, 11, 26, 11), Tokyo(2026, 11, 26, 14)).ShouldBe(TimeSpan.FromHours(2));
        BusinessCalendars.ConsultationDesk.HoursPerDay.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void BusinessTimeBetween_ReversedOrEmpty_IsZero()
    {
        Desk.BusinessTimeBetween(Tokyo(2026, 11, 26, 12), Tokyo(2026, 11, 26, 10)).ShouldBe(TimeSpan.Zero);
        Desk.WorkingIntervals(Tokyo(2026, 11, 28, 9), Tokyo(2026, 11, 29, 18)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void BusinessTimeBetween_ForRandomInstants_IsAdditive()
    {
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var a = Tokyo(2026, 1, 1, 0).AddMinutes(random.Next(0, 60 * 24 * 365));
            var b = a.AddMinutes(random.Next(0, 60 * 24 * 40));
            var c = b.AddMinutes(random.Next(0, 60 * 24 * 40));

            (Desk.BusinessTimeBetween(a, b) + Desk.BusinessTimeBetween(b, c)).ShouldBe(Desk.BusinessTimeBetween(a, c));
        }
    }

    [Theory]
    [Trait("Article", "004 別紙3 §2")]
    [InlineData(2026, 11, 20, 17, 30, 2026, 11, 24, 9, 0)] // after Friday's close, Monday is a holiday
    [InlineData(2026, 11, 24, 10, 0, 2026, 11, 24, 10, 0)]  // inside: itself
    [InlineData(2026, 11, 24, 6, 0, 2026, 11, 24, 9, 0)]
    public void NextOpening_GivesTheInstantItselfOrTheNextOpening(int y, int m, int d, int h, int min, int ey, int em, int ed, int eh, int emin)
    {
        Desk.NextOpening(Tokyo(y, m, d, h, min)).ShouldBe(Tokyo(ey, em, ed, eh, emin));
    }

    [Fact]
    [Trait("Article", "001 §12-3")]
    public void NextOpening_DuringTheLunchBreak_IsOnePm()
    {
        var desk = BusinessCalendars.ConsultationDesk;

        desk.NextOpening(Tokyo(2026, 11, 26, 12, 15)).ShouldBe(Tokyo(2026, 11, 26, 13));
        desk.IsWithinBusinessHours(Tokyo(2026, 11, 26, 12, 15)).ShouldBeFalse();
        desk.IsWithinBusinessHours(Tokyo(2026, 11, 26, 9, 30)).ShouldBeTrue();
        desk.IsWithinBusinessHours(Tokyo(2026, 11, 26, 17, 30)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "000 §12-2")]
    public void IsWithinBusinessHours_ThreatSharingDesk_OpensAtTen()
    {
        BusinessCalendars.ThreatSharing.IsWithinBusinessHours(Tokyo(2026, 11, 26, 9, 59)).ShouldBeFalse();
        BusinessCalendars.ThreatSharing.IsWithinBusinessHours(Tokyo(2026, 11, 26, 10)).ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2")]
    public void IsWithinBusinessHours_ConvertsFromAnyOffsetToTokyo()
    {
        // 00:30 UTC = 09:30 JST on a Thursday.
        Desk.IsWithinBusinessHours(new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.Zero)).ShouldBeTrue();
        Desk.IsWithinBusinessHours(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero)).ShouldBeFalse();
    }

    [Fact]
    public void Constructor_WithOverlappingHours_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => new BusinessCalendar("bad",
            [new WorkingHours(new TimeOnly(9, 0), new TimeOnly(13, 0)), new WorkingHours(new TimeOnly(12, 0), new TimeOnly(17, 0))]))
            .Reason.ShouldBe(RuleViolation.InvalidWorkingHours);
        Should.Throw<RuleViolationException>(() => new BusinessCalendar("none", [])).Reason.ShouldBe(RuleViolation.InvalidWorkingHours);
    }

    [Fact]
    public void AnnualClosure_OnADayThatDoesNotExist_IsRefused()
    {
        Should.Throw<RuleViolationException>(() => new AnnualClosure(2, 30, 3, 1)).Reason.ShouldBe(RuleViolation.InvalidDayOfYear);
        AnnualClosure.On(2, 29).Covers(D(2028, 2, 29)).ShouldBeTrue();
    }

    [Fact]
    public void AddBusinessDays_BeyondTheComputedYears_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => Desk.AddBusinessDays(D(2150, 12, 20), 30)).Reason.ShouldBe(RuleViolation.YearOutOfRange);
    }

    [Fact]
    public void AddBusinessDays_FromManyThreads_AgreesWithASingleThread()
    {
        var fresh = Desk.WithClosedDates([]);
        var expected = Desk.AddBusinessDays(D(2030, 1, 1), 2_000);
        var results = new DateOnly[32];
        Parallel.For(0, results.Length, i => results[i] = fresh.AddBusinessDays(D(2030, 1, 1), 2_000));

        results.ShouldAllBe(r => r == expected);
    }

    [Fact]
    public void TokyoConversions_AgreeWithTheTimeZoneDatabaseFrom1948To2150()
    {
        var zone = BusinessCalendar.TokyoTimeZone;
        var random = new Random(1948);
        for (int i = 0; i < 5000; i++)
        {
            var instant = new DateTimeOffset(1948, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.NextInt64(0, 60L * 24 * 365 * 202));
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
            var time = new TimeOnly(random.Next(0, 24), random.Next(0, 60));

            BusinessCalendar.TokyoDate(instant).ShouldBe(day);
            BusinessCalendar.TokyoInstant(day, time).Offset.ShouldBe(zone.GetUtcOffset(day.ToDateTime(time)));
        }
    }

    [Fact]
    public void TokyoInstant_DuringThePostwarSummerTime_IsUtcPlusTen()
    {
        BusinessCalendar.TokyoInstant(new DateOnly(1949, 7, 1), new TimeOnly(12, 0)).Offset.ShouldBe(TimeSpan.FromHours(10));
    }
}
