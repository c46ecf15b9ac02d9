using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Tests.Calendars;

public class CivilPeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [Trait("Article", "民法 §143-2")]
    [InlineData(2026, 12, 10, 12, 2027, 12, 9)]
    [InlineData(2028, 2, 29, 12, 2029, 2, 28)]
    [InlineData(2027, 3, 1, 12, 2028, 2, 29)]
    [InlineData(2027, 1, 31, 12, 2028, 1, 30)]
    [InlineData(2027, 1, 31, 1, 2027, 2, 28)]
    [InlineData(2028, 1, 30, 1, 2028, 2, 29)]
    [InlineData(2026, 4, 1, 12, 2027, 3, 31)]
    [InlineData(2026, 10, 31, 4, 2027, 2, 28)]
    public void EndOfMonths_FollowsTheCorrespondingDayOrMonthEnd(int y, int m, int d, int months, int ey, int em, int ed)
    {
        CivilPeriod.EndOfMonths(D(y, m, d), months).ShouldBe(D(ey, em, ed));
    }

    // The corresponding day (応当日) N months before the last day, or that month's last day (DOMAIN.md "Decisions":
    // "Nか月前まで" deadlines). Each row counted by hand on a calendar.
    [Theory]
    [Trait("Article", "004 §4-3, §15-2; 002 §11-1, §12-1")]
    [InlineData(2027, 9, 30, 2, 2027, 7, 30)]   // July has a 30th (the old full-period rule gave 7/31)
    [InlineData(2027, 3, 31, 2, 2027, 1, 31)]
    [InlineData(2027, 12, 9, 2, 2027, 10, 9)]
    [InlineData(2027, 2, 28, 2, 2026, 12, 28)]  // December has a 28th (the old rule gave 12/31)
    [InlineData(2027, 4, 30, 2, 2027, 2, 28)]   // February 2027 has no 30th: its last day
    [InlineData(2028, 4, 30, 2, 2028, 2, 29)]   // leap February: its last day is the 29th
    [InlineData(2027, 4, 29, 2, 2027, 2, 28)]   // February 2027 has no 29th either
    [InlineData(2028, 2, 29, 2, 2027, 12, 29)]
    [InlineData(2028, 1, 30, 2, 2027, 11, 30)]
    [InlineData(2027, 3, 31, 1, 2027, 2, 28)]
    [InlineData(2027, 6, 30, 4, 2027, 2, 28)]   // 002 §11-1: four months
    [InlineData(2029, 2, 28, 12, 2028, 2, 28)]
    public void MonthsBefore_LastDay_IsTheCorrespondingDayOrThatMonthsLastDay(int y, int m, int d, int months, int ny, int nm, int nd)
    {
        CivilPeriod.MonthsBefore(D(y, m, d), months).ShouldBe(D(ny, nm, nd));
    }

    [Fact]
    [Trait("Article", "004 §4-3; 002 §12-1")]
    public void MonthsBefore_ForEveryDayOverTenYears_IsTheSameDayOfTheMonthNMonthsEarlierClampedToItsEnd()
    {
        for (var last = D(2026, 1, 1); last < D(2036, 1, 1); last = last.AddDays(1))
        {
            foreach (int months in new[] { 1, 2, 3, 4, 12 })
            {
                // Computed independently: step the month index back, then clamp the day to that month's length.
                int index = (last.Year * 12) + last.Month - 1 - months;
                int year = index / 12;
                int month = (index % 12) + 1;
                var expected = new DateOnly(year, month, Math.Min(last.Day, DateTime.DaysInMonth(year, month)));

                CivilPeriod.MonthsBefore(last, months).ShouldBe(expected, $"{last:O} -{months}");
            }
        }
    }

    [Theory]
    [Trait("Article", "004 §15-2; 000 §23-2")]
    [InlineData(2027, 1, 15, 1, 2027, 2, 15)]
    [InlineData(2026, 12, 28, 2, 2027, 2, 28)]
    [InlineData(2026, 12, 31, 2, 2027, 3, 1)]   // every February day's deadline is 12/28 at the latest
    [InlineData(2027, 12, 29, 2, 2028, 2, 29)]  // leap February has the 29th
    [InlineData(2027, 12, 31, 2, 2028, 3, 1)]
    public void FirstLastDayMonthsAfter_NoticeDay_IsTheEarliestLastDayWhoseDeadlineItMeets(int y, int m, int d, int months, int ly, int lm, int ld)
    {
        CivilPeriod.FirstLastDayMonthsAfter(D(y, m, d), months).ShouldBe(D(ly, lm, ld));
    }

    [Fact]
    [Trait("Article", "004 §15-2")]
    public void FirstLastDayMonthsAfter_ForEveryDayOverTenYears_InvertsMonthsBefore()
    {
        for (var notice = D(2026, 1, 1); notice < D(2036, 1, 1); notice = notice.AddDays(1))
        {
            foreach (int months in new[] { 1, 2, 4 })
            {
                var last = CivilPeriod.FirstLastDayMonthsAfter(notice, months);

                CivilPeriod.MonthsBefore(last, months).ShouldBeGreaterThanOrEqualTo(notice);
                CivilPeriod.MonthsBefore(last.AddDays(-1), months).ShouldBeLessThan(notice);
            }
        }
    }

    [Fact]
    public void EndOfMonths_ZeroMonths_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => CivilPeriod.EndOfMonths(D(2026, 1, 1), 0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
        Should.Throw<RuleViolationException>(() => CivilPeriod.MonthsBefore(D(2026, 1, 1), 0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
    }
}
