using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Accounting;

public class DeferredRevenueTests
{
    private const string Rule = "issue 12: deferred revenue; rule in DeferredRevenue (full months 1, partial months by days, remainder in the last month)";

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_AnnualFromTheFirst_RecognisesOneTwelfthAMonth()
    {
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-01", "2027-03-31", 120_000));

        schedule.Months.Count.ShouldBe(12);
        schedule.Months.ShouldAllBe(m => m.Amount == new Yen(10_000));
        schedule.Months[0].Month.ShouldBe(new YearMonth(2026, 4));
        schedule.Months[^1].Month.ShouldBe(new YearMonth(2027, 3));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_AmountNotDivisibleByTwelve_PutsTheRemainderInTheLastMonth()
    {
        // 100,000 / 12 = 8,333.33: eleven months of 8,333 (91,663), March takes 8,337.
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-01", "2027-03-31", 100_000));

        schedule.Months.Take(11).ShouldAllBe(m => m.Amount == new Yen(8_333));
        schedule.Months[^1].Amount.ShouldBe(new Yen(8_337));
        Yen.Sum(schedule.Months.Select(m => m.Amount)).ShouldBe(new Yen(100_000));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_MidMonthAnniversary_ProratesFirstAndLastMonthByDays()
    {
        // 4/15–4/30 = 16 of 30 days, May–March 11 full months, 4/1–4/14 = 14 of 30: weights sum to exactly 12.
        // April 2026: 120,000 × 16/30 / 12 = 5,333.33 → 5,333; full months 10,000; April 2027: 120,000 − 5,333 − 110,000 = 4,667.
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-15", "2027-04-14", 120_000));

        schedule.Months.Count.ShouldBe(13);
        schedule.Months[0].ShouldBe(new MonthlyRecognition(new YearMonth(2026, 4), 16, new Yen(5_333)));
        schedule.Months.Skip(1).Take(11).ShouldAllBe(m => m.Amount == new Yen(10_000));
        schedule.Months[^1].ShouldBe(new MonthlyRecognition(new YearMonth(2027, 4), 14, new Yen(4_667)));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_LeapFebruaryStart_WeighsFebruaryByItsTwentyNineDays()
    {
        // 2028-02-15..29 = 15 of 29 days; Mar 2028–Jan 2029 = 11; 2029-02-01..14 = 14 of 28 = 1/2.
        // Weights 11 + 15/29 + 1/2 = 697/58. Feb 2028: 120,000 × 15/29 × 58/697 = 120,000 × 30/697 = 5,164.99 → 5,164.
        // Full month: 120,000 × 58/697 = 9,985.65 → 9,985. Feb 2029: 120,000 − 5,164 − 11 × 9,985 = 5,001.
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2028-02-15", "2029-02-14", 120_000));

        schedule.Months[0].ShouldBe(new MonthlyRecognition(new YearMonth(2028, 2), 15, new Yen(5_164)));
        schedule.Months.Skip(1).Take(11).ShouldAllBe(m => m.Amount == new Yen(9_985) && m.ServiceDays == m.Month.DaysInMonth);
        schedule.Months[^1].ShouldBe(new MonthlyRecognition(new YearMonth(2029, 2), 14, new Yen(5_001)));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_TermFromLeapDay_EndsWithAFullFebruary()
    {
        // A year from 2028-02-29 ends 2029-02-28 (Domain README, terms). Weights 1/29 + 11 + 1 = 349/29.
        // Feb 2028: 120,000 / 349 = 343.8 → 343; full months 120,000 × 29/349 = 9,971.3 → 9,971; Feb 2029: 120,000 − 343 − 109,681 = 9,976.
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2028-02-29", "2029-02-28", 120_000));

        schedule.Months[0].ShouldBe(new MonthlyRecognition(new YearMonth(2028, 2), 1, new Yen(343)));
        schedule.Months[1].Amount.ShouldBe(new Yen(9_971));
        schedule.Months[^1].ShouldBe(new MonthlyRecognition(new YearMonth(2029, 2), 28, new Yen(9_976)));
    }

    [Fact]
    public void Schedule_TermInsideOneMonth_RecognisesEverythingThere()
    {
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-06-10", "2026-06-10", 9_999));

        schedule.Months.ShouldBe([new MonthlyRecognition(new YearMonth(2026, 6), 1, new Yen(9_999))]);
    }

    [Fact]
    public void Schedule_Credit_RoundsTowardZeroAndStillSumsExactly()
    {
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-01", "2027-03-31", -100_000));

        schedule.Months[0].Amount.ShouldBe(new Yen(-8_333));
        schedule.Months[^1].Amount.ShouldBe(new Yen(-8_337));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_FewerYenThanMonths_LeavesEverythingToTheLastMonth()
    {
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-01", "2027-03-31", 5));

        schedule.Months.Take(11).ShouldAllBe(m => m.Amount == Yen.Zero);
        schedule.Months[^1].Amount.ShouldBe(new Yen(5));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Schedule_EveryStartDayOfALeapYear_SumsExactlyWithTheRemainderUnderOneYenPerMonth()
    {
        for (DateOnly start = new(2028, 1, 1); start.Year == 2028; start = start.AddDays(1))
        {
            PrepaidServiceRight right = new("C-1", start, start.AddYears(1).AddDays(-1), new Yen(1_234_567));

            RecognitionSchedule schedule = DeferredRevenue.Schedule(right);

            Yen.Sum(schedule.Months.Select(m => m.Amount)).ShouldBe(right.Amount, start.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            schedule.Months.Sum(m => m.ServiceDays).ShouldBe(right.TermEnd.DayNumber - right.TermStart.DayNumber + 1);
            schedule.Months.ShouldAllBe(m => m.Amount >= Yen.Zero);
            Yen fullMonth = schedule.Months.Skip(1).First().Amount;
            (schedule.Months[^1].Amount - fullMonth).Amount.ShouldBeLessThanOrEqualTo(schedule.Months.Count);
        }
    }

    [Fact]
    public void Schedule_TermEndsBeforeItStarts_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DeferredRevenue.Schedule(Right("2026-04-01", "2026-03-31", 1)));
    }

    [Fact]
    [Trait("Article", Rule)]
    public void DeferredAfter_MidTerm_IsTheAmountNotYetRecognised()
    {
        RecognitionSchedule schedule = DeferredRevenue.Schedule(Right("2026-04-15", "2027-04-14", 120_000));

        schedule.RecognizedThrough(new YearMonth(2026, 12)).ShouldBe(new Yen(5_333 + (8 * 10_000)));
        schedule.DeferredAfter(new YearMonth(2026, 12)).ShouldBe(new Yen(34_667));
        schedule.DeferredAfter(new YearMonth(2026, 3)).ShouldBe(new Yen(120_000));
        schedule.DeferredAfter(new YearMonth(2027, 4)).ShouldBe(Yen.Zero);
    }

    [Fact]
    [Trait("Article", Rule)]
    public void Report_TwoContracts_TotalsEveryMonthTheyTouch()
    {
        DeferredRevenueReport report = DeferredRevenue.Report(
        [
            Right("2026-04-01", "2027-03-31", 120_000),
            Right("2026-10-16", "2027-10-15", 240_000), // Oct 16/31, Nov–Sep 11, Oct 15/31: 12 units
        ]);

        report.Contracts.Count.ShouldBe(2);
        report.Totals.Count.ShouldBe(19); // 2026-04 … 2027-10
        report.Totals[0].ShouldBe(new MonthlyTotal(new YearMonth(2026, 4), new Yen(10_000)));
        // October 2026: 10,000 + 240,000 × 16/31 / 12 = 10,322.58 → 10,322, so 20,322.
        report.Totals.Single(t => t.Month == new YearMonth(2026, 10)).Amount.ShouldBe(new Yen(20_322));
        report.Totals.Single(t => t.Month == new YearMonth(2026, 11)).Amount.ShouldBe(new Yen(30_000));
        Yen.Sum(report.Totals.Select(t => t.Amount)).ShouldBe(new Yen(360_000));
        report.DeferredAfter(new YearMonth(2027, 3)).ShouldBe(new Yen(240_000 - 10_322 - (5 * 20_000)));
    }

    private static PrepaidServiceRight Right(string start, string end, long amount) =>
        new("C-1", Date(start), Date(end), new Yen(amount));

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
