using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Domain.Tests.Contracts;

public class NoticePeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [Trait("Article", "000 §23-2; 004 §21-1; 002 §3-3; 民法 §140")]
    [InlineData(1, PeriodUnit.Months, 2027, 1, 15, 2027, 2, 16)]
    [InlineData(1, PeriodUnit.Weeks, 2027, 1, 15, 2027, 1, 23)]
    [InlineData(30, PeriodUnit.Days, 2027, 1, 15, 2027, 2, 15)]
    [InlineData(2, PeriodUnit.Months, 2026, 12, 31, 2027, 3, 1)]
    [InlineData(2, PeriodUnit.Months, 2026, 12, 30, 2027, 3, 1)]
    public void EarliestEffectiveDate_LetsTheWholePeriodRunFromTheNextDay(int count, PeriodUnit unit, int y, int m, int d, int ey, int em, int ed)
    {
        var period = new NoticePeriod(count, unit);

        period.EarliestEffectiveDate(D(y, m, d)).ShouldBe(D(ey, em, ed));
        period.LatestNoticeDate(D(ey, em, ed)).ShouldBeGreaterThanOrEqualTo(D(y, m, d));
    }

    [Fact]
    public void LatestNoticeDate_ForRandomDates_IsTheLastDayWhoseEarliestEffectiveDateFits()
    {
        var random = new Random(21);
        foreach (var period in new[] { NoticePeriod.Months(2), NoticePeriod.Months(4), NoticePeriod.Weeks(1), NoticePeriod.Days(30) })
        {
            for (int i = 0; i < 500; i++)
            {
                var effective = D(2020, 1, 1).AddDays(random.Next(0, 365 * 20));
                var latest = period.LatestNoticeDate(effective);

                period.EarliestEffectiveDate(latest).ShouldBeLessThanOrEqualTo(effective);
                period.EarliestEffectiveDate(latest.AddDays(1)).ShouldBeGreaterThan(effective);
            }
        }
    }

    [Fact]
    public void ToString_IsReadableForLogs()
    {
        NoticePeriod.Months(2).ToString().ShouldBe("2 months");
    }
}
