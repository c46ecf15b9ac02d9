using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

public class ContractTimelineTests
{
    private static readonly ServicePlanPolicy Sensor = ServicePlanPolicy.SensorService004;
    private static readonly ServicePlanPolicy Chamber = ServicePlanPolicy.ChamberUtm002;
    private static readonly ServicePlanPolicy Vendor003 = ServicePlanPolicy.SecurityVendor003;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DateTimeOffset Tokyo(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Term_ForTheSensorService_RunsAYearFromDeliveryWithCancelByTwoMonthsBeforeExpiry()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2026, 12, 10), D(2027, 12, 9), D(2027, 10, 9)));
        timeline.Term(3).ShouldBe(new ContractTerm(3, D(2028, 12, 10), D(2029, 12, 9), D(2029, 10, 9)));
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void TermOn_SeveralRenewalsDeep_GivesThatTermsCancelByDate()
    {
        var term = new ContractTimeline(Sensor, D(2026, 12, 10)).TermOn(D(2031, 3, 1))!;

        term.Number.ShouldBe(5);
        term.CancelBy.ShouldBe(D(2031, 10, 9));
    }

    [Theory]
    [Trait("Article", "004 §4-2, §4-3; 民法 §143")]
    [InlineData(1, 2028, 2, 29, 2029, 2, 28, 2028, 12, 31)]
    [InlineData(2, 2029, 3, 1, 2030, 2, 28, 2029, 12, 31)]
    [InlineData(4, 2031, 3, 1, 2032, 2, 29, 2031, 12, 31)]
    [InlineData(11, 2038, 3, 1, 2039, 2, 28, 2038, 12, 31)]
    public void Term_FromALeapDayStart_RenewsFromMarchFirstWithEndOfFebruaryExpiries(int n, int sy, int sm, int sd, int ey, int em, int ed, int cy, int cm, int cd)
    {
        new ContractTimeline(Sensor, D(2028, 2, 29)).Term(n).ShouldBe(new ContractTerm(n, D(sy, sm, sd), D(ey, em, ed), D(cy, cm, cd)));
    }

    [Theory]
    [Trait("Article", "004 §4-3; 民法 §143")]
    [InlineData(1, 2027, 1, 31, 2028, 1, 30, 2027, 11, 29)]
    [InlineData(2, 2028, 1, 31, 2029, 1, 30, 2028, 11, 29)]
    [InlineData(6, 2032, 1, 31, 2033, 1, 30, 2032, 11, 29)]
    public void Term_FromAJanuary31Start_KeepsItsAnniversaryAndCancelBy(int n, int sy, int sm, int sd, int ey, int em, int ed, int cy, int cm, int cd)
    {
        new ContractTimeline(Sensor, D(2027, 1, 31)).Term(n).ShouldBe(new ContractTerm(n, D(sy, sm, sd), D(ey, em, ed), D(cy, cm, cd)));
    }

    [Fact]
    [Trait("Article", "004 §4-3; 民法 §143")]
    public void Term_FromAnOctoberFirstStart_EndsSeptember30WithCancelByJuly31()
    {
        // Naive "expiry minus two months" gives 7/30 and takes a day from the customer.
        new ContractTimeline(Sensor, D(2026, 10, 1)).Term(3).ShouldBe(new ContractTerm(3, D(2028, 10, 1), D(2029, 9, 30), D(2029, 7, 31)));
    }

    [Theory]
    [Trait("Article", "004 §4-2, §4-3")]
    [InlineData(2028, 2, 29)]
    [InlineData(2027, 2, 28)]
    [InlineData(2027, 1, 31)]
    [InlineData(2026, 8, 31)]
    [InlineData(2026, 12, 10)]
    [InlineData(2027, 3, 1)]
    public void Terms_FromMonthEndOrLeapDayStarts_FollowEachOtherWithoutGapsForTwentyYears(int year, int month, int day)
    {
        var timeline = new ContractTimeline(Sensor, D(year, month, day));

        foreach (var (term, next) in timeline.Terms().Take(21).Zip(timeline.Terms().Skip(1).Take(20)))
        {
            next.Start.ShouldBe(term.End.AddDays(1));
            term.Days.ShouldBeInRange(365, 366);
            timeline.TermOn(term.End)!.Number.ShouldBe(term.Number);
            timeline.TermOn(next.Start)!.Number.ShouldBe(term.Number + 1);
        }
    }

    [Fact]
    [Trait("Article", "004 §4-3; 002 §12-1")]
    public void CancelBy_ForRandomRenewalChainsOverTwentyYears_IsInsideTheTermAndGivesAFullNoticePeriod()
    {
        var random = new Random(4_3);
        foreach (var policy in new[] { Sensor, Chamber, Vendor003 })
        {
            for (int i = 0; i < 150; i++)
            {
                var start = D(2000, 1, 1).AddDays(random.Next(0, 365 * 100));
                var timeline = new ContractTimeline(policy, ContractTimeline.StartFor(policy, start));
                foreach (var term in timeline.Terms().TakeWhile(t => t.Start < timeline.ServiceStart.AddYears(20)))
                {
                    // 002's first term can be shorter than the notice period (a February or March start).
                    if (term.Number > 1 || !policy.FiscalYearAligned)
                    {
                        term.CancelBy.ShouldBeGreaterThanOrEqualTo(term.Start, $"{policy.Code} {timeline.ServiceStart:O} #{term.Number}");
                    }

                    term.CancelBy.ShouldBeLessThan(term.End);
                    CivilPeriod.EndOfMonths(term.CancelBy.AddDays(1), 2).ShouldBeLessThanOrEqualTo(term.End);
                    if (policy.NoticeDeadlineRollsBack)
                    {
                        policy.Calendar.IsBusinessDay(term.CancelBy).ShouldBeTrue();
                    }
                    else
                    {
                        CivilPeriod.EndOfMonths(term.CancelBy.AddDays(2), 2).ShouldBeGreaterThan(term.End);
                    }

                    if (term.CancelBy >= term.Start)
                    {
                        timeline.LastTermAfterNotice(term.CancelBy).Number.ShouldBe(term.Number);
                    }

                    timeline.LastTermAfterNotice(term.CancelBy.AddDays(1)).Number.ShouldBe(term.Number + 1);
                }
            }
        }
    }

    [Theory]
    [Trait("Article", "004 §4-3, §4-4")]
    [InlineData(2026, 11, 1, 1)]
    [InlineData(2027, 10, 9, 1)]
    [InlineData(2027, 10, 10, 2)]
    [InlineData(2028, 10, 9, 2)]
    [InlineData(2028, 10, 10, 3)]
    public void LastTermAfterNotice_DependsOnTheCancelByDateOfTheCurrentTerm(int year, int month, int day, int lastTerm)
    {
        new ContractTimeline(Sensor, D(2026, 12, 10)).LastTermAfterNotice(D(year, month, day)).Number.ShouldBe(lastTerm);
    }

    [Fact]
    [Trait("Article", "004 §4-3, §4-4")]
    public void PositionOn_WithANoticeOnTheCancelByDate_EndsAtTermEndAndRequiresReturn()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10), nonRenewalNoticeOn: D(2027, 10, 9));

        var during = timeline.PositionOn(D(2027, 11, 1));
        during.Phase.ShouldBe(ContractPhase.InService);
        during.Outcome.ShouldBe(RenewalOutcome.EndsAtTermEnd);
        during.ServiceEnd.ShouldBe(D(2027, 12, 9));
        during.CanStillGiveNotice.ShouldBeFalse();
        timeline.PositionOn(D(2027, 12, 10)).Phase.ShouldBe(ContractPhase.Ended);
        timeline.HardwareReturn().ShouldBe(new HardwareReturnObligation(D(2027, 12, 9), D(2027, 12, 10), ReturnShippingPayer.Customer));
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void PositionOn_WithALateNotice_RenewsOnceThenEnds()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10), nonRenewalNoticeOn: D(2027, 10, 10));

        var first = timeline.PositionOn(D(2027, 11, 1));
        first.Outcome.ShouldBe(RenewalOutcome.Renews);
        first.LastTermNumber.ShouldBe(2);
        timeline.PositionOn(D(2028, 1, 1)).Outcome.ShouldBe(RenewalOutcome.EndsAtTermEnd);
        timeline.ServiceEnd.ShouldBe(D(2028, 12, 9));
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void PositionOn_WithoutNotice_RenewsAndOffersNoticeUntilTheCancelByDate()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        timeline.PositionOn(D(2029, 10, 9)).CanStillGiveNotice.ShouldBeTrue();
        timeline.PositionOn(D(2029, 10, 10)).CanStillGiveNotice.ShouldBeFalse();
        timeline.PositionOn(D(2029, 10, 10)).Outcome.ShouldBe(RenewalOutcome.Renews);
        timeline.PositionOn(D(2029, 10, 10)).CancelBy.ShouldBe(D(2029, 10, 9));
        timeline.PositionOn(D(2026, 12, 9)).Phase.ShouldBe(ContractPhase.NotStarted);
        timeline.ServiceEnd.ShouldBeNull();
        timeline.HardwareReturn().ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void PositionOn_AfterAnEarlyTermination_EndsEarly()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10), terminatedOn: D(2027, 6, 9));

        timeline.PositionOn(D(2027, 6, 1)).Outcome.ShouldBe(RenewalOutcome.EndsEarly);
        timeline.PositionOn(D(2027, 6, 10)).Phase.ShouldBe(ContractPhase.Ended);
        timeline.HardwareReturn()!.ServiceEnd.ShouldBe(D(2027, 6, 9));
    }

    [Fact]
    public void PositionOn_WithoutAutoRenewal_EndsAfterTheFirstTerm()
    {
        var timeline = new ContractTimeline(Sensor with { AutoRenews = false }, D(2026, 12, 10));

        timeline.PositionOn(D(2027, 1, 1)).Outcome.ShouldBe(RenewalOutcome.EndsAtTermEnd);
        timeline.ServiceEnd.ShouldBe(D(2027, 12, 9));
    }

    [Theory]
    [Trait("Article", "002 §4-2")]
    [InlineData(2026, 11, 5, 2026, 12, 7)]
    [InlineData(2026, 11, 6, 2027, 1, 12)]
    [InlineData(2026, 10, 31, 2026, 12, 7)]
    [InlineData(2027, 3, 1, 2027, 4, 7)]
    public void StartFor_FiscalYearPlan_IsTheFifthBusinessDayOfTheNextOrFollowingMonth(int year, int month, int day, int startYear, int startMonth, int startDay)
    {
        ContractTimeline.StartFor(Chamber, D(year, month, day)).ShouldBe(D(startYear, startMonth, startDay));
        ContractTimeline.StartFor(Sensor, D(year, month, day)).ShouldBe(D(year, month, day));
    }

    [Fact]
    [Trait("Article", "002 §4-2, §12-1, §12-2")]
    public void Term_FiscalYearPlan_FirstEndsOnMarch31ThenAprilToMarch_CancelByRollsBackToABusinessDay()
    {
        var timeline = new ContractTimeline(Chamber, D(2026, 12, 7));

        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2026, 12, 7), D(2027, 3, 31), D(2027, 1, 29)));
        timeline.Term(2).ShouldBe(new ContractTerm(2, D(2027, 4, 1), D(2028, 3, 31), D(2028, 1, 31)));
        timeline.Term(4).ShouldBe(new ContractTerm(4, D(2029, 4, 1), D(2030, 3, 31), D(2030, 1, 31)));
        timeline.Term(5).CancelBy.ShouldBe(D(2031, 1, 31));
        timeline.Term(6).CancelBy.ShouldBe(D(2032, 1, 30)); // 1/31 is a Saturday
    }

    [Fact]
    [Trait("Article", "002 §4-2")]
    public void Term_FiscalYearPlanStartingInApril_RunsToTheNextMarch()
    {
        new ContractTimeline(Chamber, D(2027, 4, 7)).Term(1).End.ShouldBe(D(2028, 3, 31));
    }

    [Fact]
    [Trait("Article", "004 別紙5")]
    public void InsuranceCoverage_StartsOnTheFirstOfTheNextMonthForOneYear()
    {
        new ContractTimeline(Sensor, D(2026, 12, 10)).InsuranceCoverage()
            .ShouldBe(new InsuranceCoverage(D(2027, 1, 1), D(2027, 12, 31), new Yen(3_000_000), D(2027, 12, 31)));
    }

    [Fact]
    [Trait("Article", "002 §4-3, §4-4")]
    public void InsuranceCoverageOn_RenewsYearlyWhileTheContractRunsAndStopsWithIt()
    {
        var running = new ContractTimeline(Chamber, D(2026, 12, 7));
        running.InsuranceCoverageOn(D(2029, 6, 1))!.From.ShouldBe(D(2029, 1, 1));
        running.InsuranceCoverageOn(D(2026, 12, 31)).ShouldBeNull();

        var ending = new ContractTimeline(Chamber, D(2026, 12, 7), nonRenewalNoticeOn: D(2027, 1, 29));
        ending.InsuranceCoverageOn(D(2027, 3, 31))!.CausesCoveredUntil.ShouldBe(D(2027, 3, 31));
        ending.InsuranceCoverageOn(D(2027, 4, 1)).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void EarlyTerminationPenalty_IsTheRemainingTermsFeeByDays()
    {
        // 183 days remain after 2027-06-09 of a 365-day term: 880,000 × 183 / 365 = 441,205.47…
        new ContractTimeline(Sensor, D(2026, 12, 10)).EarlyTerminationPenalty(new Yen(880_000), D(2027, 6, 9))
            .ShouldBe(new ProratedAmount(new Yen(441_205), ProrationMode.ByDays, 183, 365, D(2027, 6, 10), D(2027, 12, 9)));
    }

    [Theory]
    [Trait("Article", "004 §4-5")]
    [InlineData(2027, 12, 9, 0)]
    [InlineData(2026, 12, 10, 877_589)] // 364 of 365 days
    [InlineData(2028, 12, 9, 0)]        // last day of term 2
    [InlineData(2028, 12, 10, 877_589)]
    public void EarlyTerminationPenalty_AtTermBoundaries_CountsOnlyTheDaysAfterTheLastServiceDay(int y, int m, int d, long expected)
    {
        new ContractTimeline(Sensor, D(2026, 12, 10)).EarlyTerminationPenalty(new Yen(880_000), D(y, m, d)).Amount.ShouldBe(new Yen(expected));
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void EarlyTerminationPenalty_InALeapTerm_UsesThreeHundredSixtySixDays()
    {
        var penalty = new ContractTimeline(Sensor, D(2027, 3, 1)).EarlyTerminationPenalty(new Yen(366_000), D(2027, 3, 1));

        penalty.Basis.ShouldBe(366);
        penalty.Amount.ShouldBe(new Yen(365_000));
    }

    [Theory]
    [Trait("Article", "004 §4-5, §15-4, §21-2")]
    [InlineData(TerminationCause.CustomerConvenience, 441_205L, null)]
    [InlineData(TerminationCause.CustomerFault, 441_205L, null)]
    [InlineData(TerminationCause.VendorFault, null, null)]
    [InlineData(TerminationCause.TermsChange, null, 441_205L)]
    [InlineData(TerminationCause.ServiceDiscontinued, null, 441_205L)]
    public void EarlyTermination_Under004_ChargesOrRefundsByCause(TerminationCause cause, long? penalty, long? refund)
    {
        var settlement = new ContractTimeline(Sensor, D(2026, 12, 10)).EarlyTermination(D(2027, 6, 9), cause, new Yen(880_000));

        (settlement.Penalty?.Amount.Amount).ShouldBe(penalty);
        (settlement.Refund?.Amount.Amount).ShouldBe(refund);
        settlement.HardwareReturn.ReturnFrom.ShouldBe(D(2027, 6, 10));
    }

    [Fact]
    [Trait("Article", "002 §12-3")]
    public void EarlyTermination_Under002ForConvenience_NeitherChargesNorRefunds()
    {
        var settlement = new ContractTimeline(Chamber, D(2026, 12, 7)).EarlyTermination(D(2027, 6, 9), TerminationCause.CustomerConvenience, new Yen(99_000));

        settlement.Penalty.ShouldBeNull();
        settlement.Refund.ShouldBeNull();
        settlement.HardwareReturn.ShippingPaidBy.ShouldBe(ReturnShippingPayer.Vendor);
    }

    [Fact]
    [Trait("Article", "003 §8-5, §8-7")]
    public void EarlyTermination_Under003ForVendorFault_RefundsByDaysRoundingUp()
    {
        var settlement = new ContractTimeline(Vendor003, D(2026, 12, 10)).EarlyTermination(D(2027, 6, 9), TerminationCause.VendorFault, new Yen(880_000));

        settlement.Refund!.Amount.ShouldBe(new Yen(441_206));
        settlement.Penalty.ShouldBeNull();
    }

    [Theory]
    [Trait("Article", "002 §11-2")]
    [InlineData(2027, 5, 20, 10, 82_500)] // June..March
    [InlineData(2027, 4, 1, 11, 90_750)]
    [InlineData(2028, 3, 1, 0, 0)]        // abolished in the term's last month
    [InlineData(2027, 2, 10, 1, 8_250)]   // first term: March only
    public void UnexpiredRefund_FiscalYearPlan_RefundsTheMonthsAfterTheAbolitionMonth(int y, int m, int d, int months, long amount)
    {
        var refund = new ContractTimeline(Chamber, D(2026, 12, 7)).UnexpiredRefund(new Yen(99_000), D(y, m, d));

        refund.Units.ShouldBe(months);
        refund.Amount.ShouldBe(new Yen(amount));
        refund.Mode.ShouldBe(ProrationMode.ByMonths);
    }

    [Fact]
    public void UnexpiredRefund_BeforeTheStartOrWithANegativeFee_IsRefusedWithAReason()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        Should.Throw<RuleViolationException>(() => timeline.UnexpiredRefund(new Yen(1), D(2026, 12, 9))).Reason.ShouldBe(RuleViolation.BeforeServiceStart);
        Should.Throw<RuleViolationException>(() => timeline.UnexpiredRefund(new Yen(-1), D(2027, 1, 9))).Reason.ShouldBe(RuleViolation.NegativeAmount);
        Should.Throw<RuleViolationException>(() => new ContractTimeline(Sensor, D(2026, 12, 10), terminatedOn: D(2026, 12, 1))).Reason.ShouldBe(RuleViolation.BeforeServiceStart);
        Should.Throw<RuleViolationException>(() => new ContractTimeline(Sensor, D(2026, 12, 10), terminatedOn: D(2027, 1, 9)).UnexpiredRefund(new Yen(1), D(2027, 2, 1)))
            .Reason.ShouldBe(RuleViolation.AfterServiceEnd);
    }

    [Theory]
    [Trait("Article", "004 §7-2")]
    [InlineData(0, 0, 0)]
    [InlineData(23, 59, 0)]
    [InlineData(24, 0, 1)]
    [InlineData(71, 59, 2)]
    [InlineData(72, 0, 3)]
    public void OutageCredit_CountsOnlyFullTwentyFourHourPeriods(int hours, int minutes, int days)
    {
        var aware = Tokyo(2027, 1, 10, 10);

        var credit = new ContractTimeline(Sensor, D(2026, 12, 10)).OutageCredit(new Yen(365_000), aware, aware.AddHours(hours).AddMinutes(minutes));

        credit.ShouldBe(new OutageCreditAmount(days, 365, new Yen(1_000), new Yen(1_000 * days)));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void OutageCredit_DayPrice_UsesTheTermYearAndRoundsByPolicy()
    {
        var aware = Tokyo(2027, 6, 1, 9);
        var leap = new ContractTimeline(Sensor, D(2027, 3, 1)).OutageCredit(new Yen(100_000), aware, aware.AddDays(2));
        var roundedUp = new ContractTimeline(Sensor with { Rounding = RoundingMode.Up }, D(2026, 12, 10)).OutageCredit(new Yen(100_000), aware, aware.AddDays(2));

        leap.DayPrice.ShouldBe(new Yen(273)); // 100,000 / 366 = 273.2…
        leap.DaysInTermYear.ShouldBe(366);
        roundedUp.DayPrice.ShouldBe(new Yen(274)); // 100,000 / 365 = 273.97…
        roundedUp.Amount.ShouldBe(new Yen(548));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void OutageCredit_InvalidInputOrPlanWithoutCredit_IsRefusedWithAReason()
    {
        var aware = Tokyo(2027, 6, 1, 9);
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        Should.Throw<RuleViolationException>(() => timeline.OutageCredit(new Yen(1), aware, aware.AddHours(-1))).Reason.ShouldBe(RuleViolation.EndBeforeStart);
        Should.Throw<RuleViolationException>(() => timeline.OutageCredit(new Yen(-1), aware, aware)).Reason.ShouldBe(RuleViolation.NegativeAmount);
        Should.Throw<RuleViolationException>(() => new ContractTimeline(Chamber, D(2026, 12, 7)).OutageCredit(new Yen(1), aware, aware))
            .Reason.ShouldBe(RuleViolation.NotProvidedByPolicy);
    }

    [Fact]
    [Trait("Article", "004 §18-2")]
    public void LiabilityCap_Under004_IsWhatWasPaidInTheYearUpToTheDamage()
    {
        FeePayment[] payments =
        [
            new(D(2026, 6, 30), new Yen(100_000)),
            new(D(2026, 7, 1), new Yen(200_000)),
            new(D(2027, 6, 30), new Yen(50_000)),
            new(D(2027, 7, 1), new Yen(400_000)),
        ];

        new ContractTimeline(Sensor, D(2026, 6, 1)).LiabilityCap(D(2027, 6, 30), new Yen(880_000), payments)
            .ShouldBe(new LiabilityCap(new Yen(250_000), null, null, D(2026, 7, 1)));
    }

    [Fact]
    [Trait("Article", "002 §16-3, §16-4")]
    public void LiabilityCap_Under002_IsAMonthlyFeePerIncidentAndTheAnnualFeeInTotal_ClaimsWithinTwentyMonths()
    {
        new ContractTimeline(Chamber, D(2026, 12, 7)).LiabilityCap(D(2027, 6, 30), new Yen(99_000), [])
            .ShouldBe(new LiabilityCap(new Yen(99_000), new Yen(8_250), D(2029, 2, 28), null));
    }

    [Fact]
    [Trait("Article", "003 §25-1, §25-3")]
    public void LiabilityCap_Under003_IsWhatWasReceivedInSixMonths_ClaimsWithinSixMonths()
    {
        FeePayment[] payments = [new(D(2026, 12, 31), new Yen(10_000)), new(D(2027, 1, 1), new Yen(20_000)), new(D(2027, 4, 1), new Yen(30_000))];

        new ContractTimeline(Vendor003, D(2026, 6, 1)).LiabilityCap(D(2027, 6, 30), new Yen(0), payments)
            .ShouldBe(new LiabilityCap(new Yen(50_000), null, D(2027, 12, 31), D(2027, 1, 1)));
    }

    [Theory]
    [Trait("Article", "004 §15-2, §21-1, §16-3; 002 §11-1, §3-3, §10-1-3; 003 §14-1")]
    [InlineData("004", 2027, 3, 16, 2027, 1, 23, 2027, 1, 29)]
    [InlineData("002", 2027, 5, 16, 2027, 2, 15, 2027, 2, 14)]
    [InlineData("003", 2027, 4, 16, 2027, 1, 23, 2027, 1, 29)]
    public void VendorNoticePeriods_FollowThePlan(string seed, int ty, int tm, int td, int cy, int cm, int cd, int by, int bm, int bd)
    {
        var timeline = new ContractTimeline(ServicePlanPolicy.ForSeed(seed)!, D(2026, 12, 10));
        var notice = D(2027, 1, 15);

        timeline.EarliestVendorTermination(notice).ShouldBe(D(ty, tm, td));
        timeline.LatestVendorTerminationNotice(D(ty, tm, td)).ShouldBe(notice);
        timeline.EarliestTermsChange(notice).ShouldBe(D(cy, cm, cd));
        timeline.LatestTermsChangeNotice(D(cy, cm, cd)).ShouldBe(notice);
        timeline.BreachCure(notice).ShouldBe(new BreachCureWindow(notice, D(by, bm, bd), D(by, bm, bd).AddDays(1)));
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void LatestMidTermCancellationNotice_Under002_IsTwoMonthsBeforeRolledBack()
    {
        // Last day 2027-09-30: two months before is 7/31, a Saturday → Friday 7/30.
        new ContractTimeline(Chamber, D(2026, 12, 7)).LatestMidTermCancellationNotice(D(2027, 9, 30)).ShouldBe(D(2027, 7, 30));
        new ContractTimeline(Sensor, D(2026, 12, 10)).LatestMidTermCancellationNotice(D(2027, 9, 30)).ShouldBeNull();
    }

    [Fact]
    public void Term_NumberZero_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => new ContractTimeline(Sensor, D(2026, 12, 10)).Term(0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
    }
}
