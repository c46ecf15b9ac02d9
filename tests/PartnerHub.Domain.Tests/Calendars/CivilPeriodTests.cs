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

    [Theory]
    [Trait("Article", "004 §4-3; 民法 §140, §143")]
    [InlineData(2027, 3, 31, 2027, 1, 31)]
    [InlineData(2027, 12, 9, 2027, 10, 9)]
    [InlineData(2027, 9, 30, 2027, 7, 31)]
    [InlineData(2027, 2, 28, 2026, 12, 31)]
    [InlineData(2028, 2, 29, 2027, 12, 31)]
    [InlineData(2027, 4, 30, 2027, 2, 28)]
    [InlineData(2028, 4, 30, 2028, 2, 29)]
    [InlineData(2027, 4, 29, 2027, 2, 27)]
    [InlineData(2028, 1, 30, 2027, 11, 29)] // a notice on 11-30 leaves 12-01 – 01-31, past the expiry
    public void LatestNoticeForMonths_TwoMonths_GivesAFullPeriodBeforeTheLastDay(int y, int m, int d, int ny, int nm, int nd)
    {
        CivilPeriod.LatestNoticeForMonths(D(y, m, d), 2).ShouldBe(D(ny, nm, nd));
    }

    [Fact]
    [Trait("Article", "民法 §140, §143")]
    public void LatestNoticeForMonths_ForEveryDayOverTenYears_IsTheLastDayWhosePeriodFits()
    {
        for (var last = D(2026, 1, 1); last < D(2036, 1, 1); last = last.AddDays(1))
        {
            foreach (int months in new[] { 1, 2, 3, 4, 12 })
            {
                var notice = CivilPeriod.LatestNoticeForMonths(last, months);
                CivilPeriod.EndOfMonths(notice.AddDays(1), months).ShouldBeLessThanOrEqualTo(last);
                CivilPeriod.EndOfMonths(notice.AddDays(2), months).ShouldBeGreaterThan(last);
            }
        }
    }

    [Fact]
    public void EndOfMonths_ZeroMonths_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => CivilPeriod.EndOfMonths(D(2026, 1, 1), 0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
    }
}
