using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Domain.Tests.Contracts;

public class NoticePeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // Days and weeks: the notice day is not counted (民法 §140) and the whole period runs before the effective date.
    // Months: the last day before the effective date must have its "Nか月前まで" deadline, the corresponding day N months
    // earlier (or that month's last day), on or after the notice (DOMAIN.md "Decisions").
    [Theory]
    [Trait("Article", "000 §23-2; 004 §21-1; 002 §3-3; 003 §2-4; 004 §15-2; 民法 §140")]
    [InlineData(1, PeriodUnit.Months, 2027, 1, 15, 2027, 2, 16)]  // last day 2/15: its deadline 1/15
    [InlineData(1, PeriodUnit.Weeks, 2027, 1, 15, 2027, 1, 23)]   // 1/16 – 1/22 run first
    [InlineData(30, PeriodUnit.Days, 2027, 1, 15, 2027, 2, 15)]   // 1/16 – 2/14 are 30 days
    [InlineData(15, PeriodUnit.Days, 2027, 1, 15, 2027, 1, 31)]   // 1/16 – 1/30 are 15 days
    [InlineData(2, PeriodUnit.Months, 2026, 12, 28, 2027, 3, 1)]  // last day 2/28: its deadline 12/28
    [InlineData(2, PeriodUnit.Months, 2026, 12, 31, 2027, 3, 2)]  // 2/28's deadline 12/28 is too early; 3/1's is 1/1
    [InlineData(2, PeriodUnit.Months, 2026, 12, 30, 2027, 3, 2)]
    public void EarliestEffectiveDate_NoticeDay_IsTheFirstDayWhoseDeadlineItMeets(int count, PeriodUnit unit, int y, int m, int d, int ey, int em, int ed)
    {
        var period = new NoticePeriod(count, unit);

        period.EarliestEffectiveDate(D(y, m, d)).ShouldBe(D(ey, em, ed));
        period.LatestNoticeDate(D(ey, em, ed)).ShouldBeGreaterThanOrEqualTo(D(y, m, d));
        period.LatestNoticeDate(D(ey, em, ed).AddDays(-1)).ShouldBeLessThan(D(y, m, d));
    }

    [Theory]
    [Trait("Article", "004 §4-3, §15-2")]
    [InlineData(2, 2027, 10, 1, 2027, 7, 30)]  // last day 9/30
    [InlineData(2, 2027, 3, 1, 2026, 12, 28)]  // last day 2/28
    [InlineData(2, 2027, 5, 1, 2027, 2, 28)]   // last day 4/30: February has no 30th
    [InlineData(2, 2028, 5, 1, 2028, 2, 29)]
    [InlineData(4, 2027, 7, 1, 2027, 2, 28)]   // 002 §11-1: last day 6/30, four months
    public void LatestNoticeDate_Months_IsTheCorrespondingDayBeforeTheLastDay(int months, int y, int m, int d, int ny, int nm, int nd)
    {
        NoticePeriod.Months(months).LatestNoticeDate(D(y, m, d)).ShouldBe(D(ny, nm, nd));
    }

    [Fact]
    [Trait("Article", "004 §15-2, §21-1; 002 §3-3, §11-1")]
    public void EarliestEffectiveDate_ForEveryDayOverTenYears_IsTheSmallestDateWhoseLatestNoticeDateIsNotEarlier()
    {
        foreach (var period in new[] { NoticePeriod.Months(1), NoticePeriod.Months(2), NoticePeriod.Months(4), NoticePeriod.Weeks(1), NoticePeriod.Days(30) })
        {
            for (var notice = D(2026, 1, 1); notice < D(2036, 1, 1); notice = notice.AddDays(1))
            {
                var effective = period.EarliestEffectiveDate(notice);

                period.LatestNoticeDate(effective).ShouldBeGreaterThanOrEqualTo(notice, $"{period} {notice:O}");
                period.LatestNoticeDate(effective.AddDays(-1)).ShouldBeLessThan(notice, $"{period} {notice:O}");
                period.EarliestEffectiveDate(period.LatestNoticeDate(effective)).ShouldBeLessThanOrEqualTo(effective);
            }
        }
    }

    [Fact]
    public void ToString_IsReadableForLogs()
    {
        NoticePeriod.Months(2).ToString().ShouldBe("2 months");
    }
}
