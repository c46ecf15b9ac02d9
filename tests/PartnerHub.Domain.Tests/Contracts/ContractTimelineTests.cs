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
    public void Term_ForTheSensorService_RunsAYearFromTheFirstDayWithCancelByOnTheCorrespondingDayTwoMonthsBefore()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        // 2027-10-09 is a Saturday: 004 keeps the deadline and names Friday 10/8 as the last business day before it.
        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2026, 12, 10), D(2027, 12, 9), D(2027, 10, 9), D(2027, 10, 8)));
        timeline.Term(1).CancelByIsClosedDay.ShouldBeTrue();
        // 2029-10-09 is a Tuesday (Sports Day is Monday 10/8).
        timeline.Term(3).ShouldBe(new ContractTerm(3, D(2028, 12, 10), D(2029, 12, 9), D(2029, 10, 9), D(2029, 10, 9)));
    }

    [Theory]
    [Trait("Article", "004 §4-2; 民法 §140, §143")]
    [InlineData(2026, 4, 10, 2026, 4, 11, 2027, 4, 10)]
    [InlineData(2028, 2, 29, 2028, 3, 1, 2029, 2, 28)]
    [InlineData(2026, 12, 31, 2027, 1, 1, 2027, 12, 31)]
    public void StartFor_DeliveryCompletion_StartsTheNextDayAndEndsOnTheAnniversary(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var start = ContractTimeline.StartFor(Sensor, D(y, m, d));
        var term = new ContractTimeline(Sensor, start).Term(1);

        start.ShouldBe(D(sy, sm, sd));
        term.Start.ShouldBe(D(sy, sm, sd));
        term.End.ShouldBe(D(ey, em, ed));
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3; 民法 §140")]
    public void Term_DeliveredApril10_RunsApril11ToApril10WithCancelByFebruary10()
    {
        var timeline = new ContractTimeline(Sensor, ContractTimeline.StartFor(Sensor, D(2026, 4, 10)));

        // 2027-02-10 is a Wednesday, a business day.
        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2026, 4, 11), D(2027, 4, 10), D(2027, 2, 10), D(2027, 2, 10)));
    }

    [Theory]
    [Trait("Article", "003 §15-2; 000 §7-2; 001 §3-6; 002 §4-2; 民法 §140")]
    [InlineData("003", 2027, 1, 15, 2027, 1, 16)]  // the loan completes during the day
    [InlineData("000", 2027, 1, 15, 2027, 1, 16)]  // the user ID is issued during the day
    [InlineData("001", 2023, 1, 4, 2023, 1, 4)]    // the 利用開始日 is the day the service opens
    [InlineData("002", 2026, 11, 5, 2026, 12, 7)]  // 0:00 of the 利用開始日, the 5th business day of December
    public void StartFor_EachPreset_CountsTheFirstDayAsItsTermsSay(string seed, int y, int m, int d, int sy, int sm, int sd)
    {
        ContractTimeline.StartFor(ServicePlanPolicy.ForSeed(seed)!, D(y, m, d)).ShouldBe(D(sy, sm, sd));
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
    // Cancel-by: the corresponding day two months before the end of February, December 28 or 29, which falls in the
    // year-end closure (Dec 28 – Jan 4, 004 別紙3 §2): the deadline stays, the last business day before it is named.
    [InlineData(1, 2028, 2, 29, 2029, 2, 28, 2028, 12, 28, 2028, 12, 27)]  // 12/27 is a Wednesday
    [InlineData(2, 2029, 3, 1, 2030, 2, 28, 2029, 12, 28, 2029, 12, 27)]   // 12/27 is a Thursday
    [InlineData(4, 2031, 3, 1, 2032, 2, 29, 2031, 12, 29, 2031, 12, 26)]   // 12/27 and 12/28 a weekend: Friday 12/26
    [InlineData(11, 2038, 3, 1, 2039, 2, 28, 2038, 12, 28, 2038, 12, 27)]  // 12/27 is a Monday
    public void Term_FromALeapDayStart_RenewsFromMarchFirstWithCancelByInTheYearEndClosure(
        int n, int sy, int sm, int sd, int ey, int em, int ed, int cy, int cm, int cd, int by, int bm, int bd)
    {
        var term = new ContractTimeline(Sensor, D(2028, 2, 29)).Term(n);

        term.ShouldBe(new ContractTerm(n, D(sy, sm, sd), D(ey, em, ed), D(cy, cm, cd), D(by, bm, bd)));
        term.CancelByIsClosedDay.ShouldBeTrue();
    }

    [Theory]
    [Trait("Article", "004 §4-3; 民法 §143")]
    // Expiry January 30: the corresponding day two months before is November 30 (a Tuesday, Thursday, Tuesday).
    [InlineData(1, 2027, 1, 31, 2028, 1, 30, 2027, 11, 30)]
    [InlineData(2, 2028, 1, 31, 2029, 1, 30, 2028, 11, 30)]
    [InlineData(6, 2032, 1, 31, 2033, 1, 30, 2032, 11, 30)]
    public void Term_FromAJanuary31Start_KeepsItsAnniversaryAndCancelBy(int n, int sy, int sm, int sd, int ey, int em, int ed, int cy, int cm, int cd)
    {
        new ContractTimeline(Sensor, D(2027, 1, 31)).Term(n).ShouldBe(new ContractTerm(n, D(sy, sm, sd), D(ey, em, ed), D(cy, cm, cd), D(cy, cm, cd)));
    }

    [Fact]
    [Trait("Article", "004 §4-3; 民法 §143")]
    public void Term_FromAnOctoberFirstStart_EndsSeptember30WithCancelByJuly30()
    {
        // Expiry 9/30: the corresponding day two months before is 7/30 (a Monday in 2029; Marine Day is 7/16).
        new ContractTimeline(Sensor, D(2026, 10, 1)).Term(3).ShouldBe(new ContractTerm(3, D(2028, 10, 1), D(2029, 9, 30), D(2029, 7, 30), D(2029, 7, 30)));
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
    public void CancelBy_ForRandomRenewalChainsOverTwentyYears_IsTheCorrespondingDayTwoMonthsBeforeTheEnd()
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
                    // Computed independently: two months back by month index, the day clamped to that month's length.
                    int index = (term.End.Year * 12) + term.End.Month - 3;
                    var corresponding = new DateOnly(index / 12, (index % 12) + 1, Math.Min(term.End.Day, DateTime.DaysInMonth(index / 12, (index % 12) + 1)));
                    var businessDay = corresponding;
                    while (!policy.Calendar.IsBusinessDay(businessDay))
                    {
                        businessDay = businessDay.AddDays(-1);
                    }

                    term.CancelBy.ShouldBe(policy.NoticeDeadlineRollsBack ? businessDay : corresponding);
                    term.CancelByBusinessDay.ShouldBe(businessDay);
                    term.CancelByIsClosedDay.ShouldBe(businessDay != term.CancelBy);

                    if (!policy.AutoRenews)
                    {
                        // 003 §13: the term ends the contract whatever the notice.
                        timeline.LastTermAfterNotice(term.CancelBy).Number.ShouldBe(1);
                        continue;
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
        timeline.HardwareReturn().ShouldBe(new HardwareReturnObligation(D(2027, 12, 9), D(2027, 12, 10), ReturnShippingPayer.Customer, D(2027, 12, 23)));
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
        ContractTimeline.StartFor(Sensor, D(year, month, day)).ShouldBe(D(year, month, day).AddDays(1));
    }

    [Fact]
    [Trait("Article", "002 §4-2, §12-1, §12-2")]
    public void Term_FiscalYearPlan_FirstEndsOnMarch31ThenAprilToMarch_CancelByRollsBackToABusinessDay()
    {
        var timeline = new ContractTimeline(Chamber, D(2026, 12, 7));

        // Expiry 3/31: the corresponding day 1/31; 2027-01-31 is a Sunday → Friday 1/29 (§12-1: 前の直近の営業日).
        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2026, 12, 7), D(2027, 3, 31), D(2027, 1, 29), D(2027, 1, 29)));
        timeline.Term(2).ShouldBe(new ContractTerm(2, D(2027, 4, 1), D(2028, 3, 31), D(2028, 1, 31), D(2028, 1, 31)));
        timeline.Term(4).ShouldBe(new ContractTerm(4, D(2029, 4, 1), D(2030, 3, 31), D(2030, 1, 31), D(2030, 1, 31)));
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
    [Trait("Article", "002 §4-1-3, §4-3")]
    public void InsuranceCoverage_Under002_NamesNoLimitTheSeedDoesNotGive()
    {
        // Start 2026-12-07 → from the 1st of the next month, one year.
        new ContractTimeline(Chamber, D(2026, 12, 7)).InsuranceCoverage()
            .ShouldBe(new InsuranceCoverage(D(2027, 1, 1), D(2027, 12, 31), null, D(2027, 12, 31)));
    }

    [Theory]
    [Trait("Article", "003 §4; 001 §10; 000 §18")]
    [InlineData("003")]
    [InlineData("001")]
    [InlineData("000")]
    public void InsuranceCoverage_PlanWithoutInsurance_IsNone(string seed)
    {
        var timeline = new ContractTimeline(ServicePlanPolicy.ForSeed(seed)!, D(2026, 12, 10));

        timeline.InsuranceCoverage().ShouldBeNull();
        timeline.InsuranceCoverageOn(D(2027, 6, 1)).ShouldBeNull();
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

    [Fact]
    [Trait("Article", "003 §8-5, §14-2, §8-7")]
    public void EarlyTermination_Under003AfterATermsChange_RefundsNothingButAbolitionRefundsByDays()
    {
        var timeline = new ContractTimeline(Vendor003, D(2026, 12, 10));

        timeline.EarlyTermination(D(2027, 6, 9), TerminationCause.TermsChange, new Yen(880_000)).Refund.ShouldBeNull();
        // 183 of 365 days remain: 880,000 × 183 / 365 = 441,205.47…, rounded up (§8-7).
        timeline.EarlyTermination(D(2027, 6, 9), TerminationCause.ServiceDiscontinued, new Yen(880_000)).Refund!.Amount.ShouldBe(new Yen(441_206));
    }

    [Fact]
    [Trait("Article", "002 §12-5")]
    public void EarlyTermination_Under002AfterATermsChange_OffersTheMonthsAfterAtTheVendorsDiscretion()
    {
        // 2027-06-09 is in term 2 (2027-04-01 – 2028-03-31): July to March are 9 months, 99,000 × 9 / 12 = 74,250.
        var settlement = new ContractTimeline(Chamber, D(2026, 12, 7)).EarlyTermination(D(2027, 6, 9), TerminationCause.TermsChange, new Yen(99_000));

        settlement.Refund!.Amount.ShouldBe(new Yen(74_250));
        settlement.Refund.Units.ShouldBe(9);
        settlement.RefundAtVendorDiscretion.ShouldBeTrue();
    }

    [Theory]
    [Trait("Article", "002 §12-5")]
    [InlineData(2027, 1, 15, 2027, 3, 15)]  // 1/16 – 3/15; 3/15 is a Monday
    [InlineData(2027, 6, 15, 2027, 8, 13)]  // 6/16 – 8/15, a Sunday and closed → Friday 8/13
    public void TermsChangeCancellationDeadline_Under002_IsTwoMonthsFromTheNoticeRolledBack(int y, int m, int d, int ey, int em, int ed)
    {
        new ContractTimeline(Chamber, D(2026, 12, 7)).TermsChangeCancellationDeadline(D(y, m, d)).ShouldBe(D(ey, em, ed));
        new ContractTimeline(Sensor, D(2026, 12, 10)).TermsChangeCancellationDeadline(D(y, m, d)).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "000 §18-1, §23-2; 001 §10")]
    public void EarlyTermination_FreePlansOnAbolition_RefundNothing()
    {
        new ContractTimeline(ServicePlanPolicy.ThreatSharing000, D(2027, 1, 16))
            .EarlyTermination(D(2027, 6, 9), TerminationCause.ServiceDiscontinued, Yen.Zero).Refund.ShouldBeNull();
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

    // Notice 2027-01-15. Abolition: the last day of service N months later must have its corresponding-day deadline on
    // or after 1/15, so the last day is 1/15 + N months and the service ends the day after. Terms change and cure: days
    // counted from 1/16 (民法 §140).
    [Theory]
    [Trait("Article", "004 §15-2, §21-1, §16-3; 002 §11-1, §3-3, §10-1-3; 003 §14-1, §2-4, §7-1-10")]
    [InlineData("004", 2027, 3, 16, 2027, 1, 23, 2027, 1, 29)]
    [InlineData("002", 2027, 5, 16, 2027, 2, 15, 2027, 2, 14)]
    [InlineData("003", 2027, 4, 16, 2027, 1, 31, 2027, 1, 29)]  // 15 days 1/16 – 1/30
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
    [Trait("Article", "000 §3-2, §21-2, §23-2")]
    public void VendorNoticePeriods_Under000_AMonthToAbolishAWeekToStopAUserAndTermsChangesOnPosting()
    {
        var timeline = new ContractTimeline(ServicePlanPolicy.ThreatSharing000, D(2026, 12, 10));
        var notice = D(2027, 1, 15);

        timeline.EarliestVendorTermination(notice).ShouldBe(D(2027, 2, 16));  // last day 2/15, its deadline 1/15
        timeline.EarliestUserStop(notice).ShouldBe(D(2027, 1, 23));           // 1/16 – 1/22 run first
        timeline.EarliestTermsChange(notice).ShouldBe(notice);
        timeline.LatestTermsChangeNotice(D(2027, 2, 1)).ShouldBe(D(2027, 2, 1));
        timeline.BreachCure(notice).ShouldBeNull();
        new ContractTimeline(Sensor, D(2026, 12, 10)).EarliestUserStop(notice).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "001 §1-1, §9-1, §9-2")]
    public void Term_Under001_EndsWithThePilotAtTheEndOfMarchWithoutRenewal()
    {
        var timeline = new ContractTimeline(ServicePlanPolicy.ConsultationPilot001, ContractTimeline.StartFor(ServicePlanPolicy.ConsultationPilot001, D(2023, 1, 4)));

        // No notice period: a request up to the last day ends the service at the term's end.
        timeline.Term(1).ShouldBe(new ContractTerm(1, D(2023, 1, 4), D(2023, 3, 31), D(2023, 3, 31), D(2023, 3, 31)));
        timeline.ServiceEnd.ShouldBe(D(2023, 3, 31));
        timeline.BreachCure(D(2023, 2, 1)).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "000 §7-2, §19")]
    public void Term_Under000_RunsUntilWithdrawnWithoutANoticePeriod()
    {
        // ID issued 2027-01-15 → first day 1/16 (民法 §140), a year to 2028-01-15, renewed while not withdrawn.
        var timeline = new ContractTimeline(ServicePlanPolicy.ThreatSharing000, D(2027, 1, 16));

        timeline.Term(1).End.ShouldBe(D(2028, 1, 15));
        timeline.Term(1).CancelBy.ShouldBe(D(2028, 1, 15));
        timeline.ServiceEnd.ShouldBeNull();
        timeline.LastTermAfterNotice(D(2028, 1, 15)).Number.ShouldBe(1);
    }

    [Fact]
    [Trait("Article", "004 §4-3; issue 11 (reminders 20 and 5 business days)")]
    public void CancelByReminders_Under004_CountBusinessDaysBackFromTheLastBusinessDayBeforeTheDeadline()
    {
        var timeline = new ContractTimeline(Sensor, D(2026, 12, 10));

        // Cancel-by Saturday 2027-10-09 → Friday 10/8. Five business days back: 10/7, 10/6, 10/5, 10/4, 10/1.
        // Twenty: … 9/24 (10), 9/22 (11; 9/23 is the autumnal equinox), 9/21 (12; 9/20 is Respect for the Aged Day),
        // 9/17 … 9/13 (13–17), 9/10, 9/9, 9/8 (18–20).
        timeline.CancelByReminders(timeline.Term(1)).ShouldBe([D(2027, 9, 8), D(2027, 10, 1)]);
    }

    [Fact]
    [Trait("Article", "004 §10-4; 001 §16; DOMAIN.md Data after the end")]
    public void DataDeletionDue_AfterTheEnd_IsTheRetentionPeriodFromTheNextDay()
    {
        // 004: 30 days from 2027-12-10 → 2028-01-08. 002: 90 days from 2027-04-01 → April 30 + May 31 + June 29 → 6/29.
        new ContractTimeline(Sensor, D(2026, 12, 10), nonRenewalNoticeOn: D(2027, 10, 9)).DataDeletionDue().ShouldBe(D(2028, 1, 8));
        new ContractTimeline(Chamber, D(2026, 12, 7), nonRenewalNoticeOn: D(2027, 1, 29)).DataDeletionDue().ShouldBe(D(2027, 6, 29));
        new ContractTimeline(Sensor, D(2026, 12, 10)).DataDeletionDue().ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void LatestMidTermCancellationNotice_Under002_IsTwoMonthsBeforeRolledBack()
    {
        // Last day 2027-09-30: the corresponding day two months before is 7/30, a Friday.
        new ContractTimeline(Chamber, D(2026, 12, 7)).LatestMidTermCancellationNotice(D(2027, 9, 30)).ShouldBe(D(2027, 7, 30));
        new ContractTimeline(Sensor, D(2026, 12, 10)).LatestMidTermCancellationNotice(D(2027, 9, 30)).ShouldBeNull();
    }

    [Fact]
    public void Term_NumberZero_IsRefusedWithAReason()
    {
        Should.Throw<RuleViolationException>(() => new ContractTimeline(Sensor, D(2026, 12, 10)).Term(0)).Reason.ShouldBe(RuleViolation.NonPositiveCount);
    }

    [Fact]
    [Trait("Article", "002 §11-2, §13-3-②")]
    public void EarlyTermination_When002IsDiscontinuedInMarchAfterTheFebruaryRenewalPayment_RefundsThePaidNextTerm()
    {
        // Term 2026-04-01 – 2027-03-31; the next term's fee fell due on 2027-02-25.
        var timeline = new ContractTimeline(Chamber, D(2026, 4, 1));

        var settlement = timeline.EarlyTermination(D(2027, 3, 20), TerminationCause.ServiceDiscontinued, new Yen(120_000));

        settlement.Refund.ShouldNotBeNull().Amount.ShouldBe(new Yen(0));
        var prepaid = settlement.PrepaidNextTerm.ShouldNotBeNull();
        prepaid.DueOn.ShouldBe(D(2027, 2, 25));
        prepaid.NextTerm.Start.ShouldBe(D(2027, 4, 1));
        prepaid.Amount.ShouldBe(new Yen(120_000));
    }

    [Fact]
    [Trait("Article", "002 §11-2")]
    public void EarlyTermination_When002IsDiscontinuedBeforeTheRenewalFeeIsDue_RefundsOnlyTheMonthsAfterTheAbolitionMonth()
    {
        var timeline = new ContractTimeline(Chamber, D(2026, 4, 1));

        var settlement = timeline.EarlyTermination(D(2027, 1, 20), TerminationCause.ServiceDiscontinued, new Yen(120_000));

        // February and March: 120,000 × 2 / 12.
        settlement.Refund.ShouldNotBeNull().Amount.ShouldBe(new Yen(20_000));
        settlement.PrepaidNextTerm.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "002 §11-2, §12-1")]
    public void EarlyTermination_When002HasANonRenewalNotice_RefundsNoNextTerm()
    {
        var timeline = new ContractTimeline(Chamber, D(2026, 4, 1), nonRenewalNoticeOn: D(2027, 1, 15));

        timeline.EarlyTermination(D(2027, 3, 20), TerminationCause.ServiceDiscontinued, new Yen(120_000)).PrepaidNextTerm.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "002 §12-3")]
    public void EarlyTermination_When002CustomerCancelsInMarch_RefundsNothing()
    {
        var settlement = new ContractTimeline(Chamber, D(2026, 4, 1)).EarlyTermination(D(2027, 3, 20), TerminationCause.CustomerConvenience, new Yen(120_000));

        settlement.Refund.ShouldBeNull();
        settlement.PrepaidNextTerm.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §15-4")]
    public void EarlyTermination_When004IsDiscontinued_HasNoPrepaidRenewal()
    {
        new ContractTimeline(Sensor, D(2026, 4, 1)).EarlyTermination(D(2027, 3, 20), TerminationCause.ServiceDiscontinued, new Yen(120_000))
            .PrepaidNextTerm.ShouldBeNull();
    }
}
