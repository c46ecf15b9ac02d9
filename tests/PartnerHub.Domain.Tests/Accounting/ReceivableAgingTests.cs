using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Accounting;

public class ReceivableAgingTests
{
    private static readonly DateOnly s_asOf = new(2026, 12, 31);

    [Theory]
    [Trait("Article", "issue 12: AR aging current, 1–30, 31–60, 61–90, 90+")]
    [InlineData("2027-01-15", AgingBucket.Current)]
    [InlineData("2026-12-31", AgingBucket.Current)] // due today: not yet late
    [InlineData("2026-12-30", AgingBucket.PastDue1To30)]
    [InlineData("2026-12-01", AgingBucket.PastDue1To30)] // 30 days
    [InlineData("2026-11-30", AgingBucket.PastDue31To60)] // 31 days
    [InlineData("2026-11-01", AgingBucket.PastDue31To60)] // 60 days
    [InlineData("2026-10-31", AgingBucket.PastDue61To90)] // 61 days
    [InlineData("2026-10-02", AgingBucket.PastDue61To90)] // 90 days
    [InlineData("2026-10-01", AgingBucket.PastDueOver90)] // 91 days
    public void BucketOf_DaysPastDue_FallsInItsBracket(string dueDate, AgingBucket expected)
    {
        ReceivableAging.BucketOf(DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture), s_asOf).ShouldBe(expected);
    }

    [Fact]
    public void DaysPastDue_AcrossLeapDay_CountsCalendarDays()
    {
        ReceivableAging.DaysPastDue(new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1)).ShouldBe(2);
    }

    [Fact]
    [Trait("Article", "issue 12: AR aging per partner and total")]
    public void Build_TwoPartners_SumsPerPartnerBracketAndTotal()
    {
        OpenReceivable[] open =
        [
            new("P-SAKURA", "INV-001", new DateOnly(2027, 1, 31), new Yen(110_000)),
            new("P-SAKURA", "INV-002", new DateOnly(2026, 12, 10), new Yen(55_000)), // 21 days
            new("P-SAKURA", "INV-003", new DateOnly(2026, 12, 15), new Yen(5_500)), // 16 days
            new("P-AOBA", "INV-004", new DateOnly(2026, 9, 1), new Yen(330_000)), // 121 days
            new("P-AOBA", "INV-005", new DateOnly(2026, 11, 20), new Yen(-10_000)), // 41 days: credit left over
            new("P-KAEDE", "INV-006", new DateOnly(2026, 6, 30), Yen.Zero), // settled: no row
        ];

        AgingReport report = ReceivableAging.Build(open, s_asOf);

        report.Rows.Select(r => r.Counterparty).ShouldBe(["P-AOBA", "P-SAKURA"]);
        AgingRow aoba = report.Rows[0];
        aoba.PastDue31To60.ShouldBe(new Yen(-10_000));
        aoba.PastDueOver90.ShouldBe(new Yen(330_000));
        aoba.Total.ShouldBe(new Yen(320_000));
        AgingRow sakura = report.Rows[1];
        sakura.Current.ShouldBe(new Yen(110_000));
        sakura.PastDue1To30.ShouldBe(new Yen(60_500));
        sakura.PastDue.ShouldBe(new Yen(60_500));
        report.Total.Counterparty.ShouldBeNull();
        report.Total.ShouldBe(new AgingRow(null, new Yen(110_000), new Yen(60_500), new Yen(-10_000), Yen.Zero, new Yen(330_000)));
        report.Total.Total.ShouldBe(new Yen(490_500));
    }

    [Fact]
    public void Build_NoReceivables_GivesAZeroTotal()
    {
        AgingReport report = ReceivableAging.Build([], s_asOf);

        report.Rows.ShouldBeEmpty();
        report.Total.Total.ShouldBe(Yen.Zero);
    }
}
