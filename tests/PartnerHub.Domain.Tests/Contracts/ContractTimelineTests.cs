using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

public class ContractTimelineTests
{
    private static readonly ServicePlanPolicy Sensor = ServicePlanPolicy.SensorService004;
    private static readonly ServicePlanPolicy Chamber = ServicePlanPolicy.ChamberUtm002;

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Term_ForTheSensorService_RunsAYearFromDeliveryWithCancelByTwoMonthsBeforeExpiry()
    {
        var timeline = new ContractTimeline(Sensor, new DateOnly(2026, 12, 10));

        timeline.Term(1).ShouldBe(new ContractTerm(1, new DateOnly(2026, 12, 10), new DateOnly(2027, 12, 9), new DateOnly(2027, 10, 9)));
        timeline.Term(3).ShouldBe(new ContractTerm(3, new DateOnly(2028, 12, 10), new DateOnly(2029, 12, 9), new DateOnly(2029, 10, 9)));
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void TermOn_SeveralRenewalsDeep_GivesThatTermsCancelByDate()
    {
        var timeline = new ContractTimeline(Sensor, new DateOnly(2026, 12, 10));

        var term = timeline.TermOn(new DateOnly(2031, 3, 1))!;

        term.Number.ShouldBe(5);
        term.CancelBy.ShouldBe(new DateOnly(2031, 10, 9));
    }

    [Theory]
    [Trait("Article", "004 §4-2")]
    [InlineData(2028, 2, 29)]
    [InlineData(2027, 1, 31)]
    [InlineData(2026, 8, 31)]
    [InlineData(2026, 12, 10)]
    public void Terms_FromMonthEndOrLeapDayStarts_FollowEachOtherWithoutGapsForTwentyYears(int year, int month, int day)
    {
        var timeline = new ContractTimeline(Sensor, new DateOnly(year, month, day));

        for (int n = 1; n < 20; n++)
        {
            var term = timeline.Term(n);
            var next = timeline.Term(n + 1);
            next.Start.ShouldBe(term.End.AddDays(1));
            term.CancelBy.ShouldBeGreaterThanOrEqualTo(term.Start);
            term.CancelBy.ShouldBeLessThan(term.End);
            timeline.TermOn(term.End)!.Number.ShouldBe(n);
            timeline.TermOn(next.Start)!.Number.ShouldBe(n + 1);
        }
    }

    [Theory]
    [Trait("Article", "004 §4-3, §4-4")]
    [InlineData(2027, 10, 9, 1)]
    [InlineData(2027, 10, 10, 2)]
    [InlineData(2028, 10, 9, 2)]
    public void LastTermAfterNotice_DependsOnTheCancelByDateOfTheCurrentTerm(int year, int month, int day, int lastTerm)
    {
        var timeline = new ContractTimeline(Sensor, new DateOnly(2026, 12, 10));

        timeline.LastTermAfterNotice(new DateOnly(year, month, day)).Number.ShouldBe(lastTerm);
    }

    [Theory]
    [Trait("Article", "002 §4")]
    [InlineData(2026, 11, 5, 2026, 12, 7)]
    [InlineData(2026, 11, 6, 2027, 1, 12)]
    public void StartFor_FiscalYearPlan_IsTheFifthBusinessDayOfTheNextOrFollowingMonth(int year, int month, int day, int startYear, int startMonth, int startDay)
    {
        ContractTimeline.StartFor(Chamber, new DateOnly(year, month, day)).ShouldBe(new DateOnly(startYear, startMonth, startDay));
    }

    [Fact]
    [Trait("Article", "002 §4, §12-1")]
    public void Term_FiscalYearPlan_FirstEndsOnMarch31ThenAprilToMarch_CancelByRollsBackToABusinessDay()
    {
        var timeline = new ContractTimeline(Chamber, new DateOnly(2026, 12, 7));

        timeline.Term(1).ShouldBe(new ContractTerm(1, new DateOnly(2026, 12, 7), new DateOnly(2027, 3, 31), new DateOnly(2027, 1, 29)));
        timeline.Term(2).Start.ShouldBe(new DateOnly(2027, 4, 1));
        timeline.Term(2).End.ShouldBe(new DateOnly(2028, 3, 31));
    }

    [Fact]
    [Trait("Article", "004 別紙5")]
    public void InsuranceCoverage_StartsOnTheFirstOfTheNextMonthForOneYear()
    {
        var (from, to, limit) = new ContractTimeline(Sensor, new DateOnly(2026, 12, 10)).InsuranceCoverage();

        from.ShouldBe(new DateOnly(2027, 1, 1));
        to.ShouldBe(new DateOnly(2027, 12, 31));
        limit.ShouldBe(new Yen(3_000_000));
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void EarlyTerminationPenalty_IsTheRemainingTermsFeeByDays()
    {
        var timeline = new ContractTimeline(Sensor, new DateOnly(2026, 12, 10));

        // 183 days remain after 2027-06-09 of a 365-day term: 880,000 × 183 / 365 = 441,205.47…
        timeline.EarlyTerminationPenalty(new Yen(880_000), new DateOnly(2027, 6, 9)).ShouldBe(new Yen(441_205));
    }

    [Fact]
    [Trait("Article", "003 §8-7")]
    public void EarlyTerminationPenalty_Under003_RoundsFractionsUp()
    {
        var timeline = new ContractTimeline(ServicePlanPolicy.SecurityVendor003, new DateOnly(2026, 12, 10));

        timeline.EarlyTerminationPenalty(new Yen(880_000), new DateOnly(2027, 6, 9)).ShouldBe(new Yen(441_206));
    }

    [Fact]
    [Trait("Article", "002 §11-2")]
    public void UnexpiredRefund_FiscalYearPlan_RefundsTheMonthsAfterTheAbolitionMonth()
    {
        var timeline = new ContractTimeline(Chamber, new DateOnly(2026, 12, 7));

        // Abolished 2027-05-20 in the April–March term: June..March = 10 months of 99,000 / 12.
        timeline.UnexpiredRefund(new Yen(99_000), new DateOnly(2027, 5, 20)).ShouldBe(new Yen(82_500));
    }

    [Theory]
    [Trait("Article", "004 §15-2, §21-1, §16-3; 002 §11, §3-3, §10")]
    [InlineData(true, 2027, 3, 15, 2027, 1, 22, 2027, 1, 29)]
    [InlineData(false, 2027, 5, 15, 2027, 2, 14, 2027, 2, 14)]
    public void VendorNoticePeriods_FollowThePlan(bool sensor, int ty, int tm, int td, int cy, int cm, int cd, int by, int bm, int bd)
    {
        var timeline = new ContractTimeline(sensor ? Sensor : Chamber, new DateOnly(2026, 12, 10));
        var notice = new DateOnly(2027, 1, 15);

        timeline.EarliestVendorTermination(notice).ShouldBe(new DateOnly(ty, tm, td));
        timeline.EarliestTermsChange(notice).ShouldBe(new DateOnly(cy, cm, cd));
        timeline.BreachTerminationFrom(notice).ShouldBe(new DateOnly(by, bm, bd));
    }
}
