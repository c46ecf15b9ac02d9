using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Contracts;

public class ServicePlanPolicyTests
{
    [Theory]
    [Trait("Article", "DOMAIN.md Decisions: Plans")]
    [InlineData("CTS-STD", "004")]
    [InlineData("UTM-CCI", "002")]
    public void ForPlan_KnownPlan_ResolvesThroughThePolicyThePlanNames(string planCode, string policyCode)
    {
        ServicePlan.Find(planCode)!.PolicyCode.ShouldBe(policyCode);
        ServicePlanPolicy.ForPlan(planCode).Code.ShouldBe(policyCode);
        ServicePlanPolicy.TryForPlan(planCode, out var policy).ShouldBeTrue();
        policy!.Code.ShouldBe(policyCode);
    }

    [Theory]
    [Trait("Article", "DOMAIN.md Decisions: Plans")]
    [InlineData("CTS-SMALL")]
    [InlineData("")]
    [InlineData("cts-std")]
    public void ForPlan_PlanWithoutPolicy_IsRefusedNeverReadAs004(string planCode)
    {
        Should.Throw<RuleViolationException>(() => ServicePlanPolicy.ForPlan(planCode)).Reason.ShouldBe(RuleViolation.PlanWithoutPolicy);
        ServicePlanPolicy.TryForPlan(planCode, out var policy).ShouldBeFalse();
        policy.ShouldBeNull();
    }

    [Fact]
    public void ForPlan_EveryPlanOnOffer_HasAPolicy()
    {
        foreach (var plan in ServicePlan.All)
        {
            ServicePlanPolicy.TryForPlan(plan.Code, out _).ShouldBeTrue(plan.Code);
        }
    }

    [Theory]
    [InlineData("004")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("001")]
    [InlineData("000")]
    public void ForSeed_EachPreset_CarriesItsCodeAndDefaultReminders(string seed)
    {
        var policy = ServicePlanPolicy.ForSeed(seed)!;

        policy.Code.ShouldBe(seed);
        policy.CancelByReminderBusinessDays.ShouldBe([20, 5]);
        ServicePlanPolicy.ForSeed("999").ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "003 §2-4, §8-5, §13, §14-1")]
    public void SecurityVendor003_HasNoRenewalInsuranceOrLimitOfItsOwn()
    {
        var policy = ServicePlanPolicy.SecurityVendor003;

        policy.AutoRenews.ShouldBeFalse();
        policy.HasInsurance.ShouldBeFalse();
        policy.InsuranceLimit.ShouldBeNull();
        policy.TermsChangeNotice.ShouldBe(NoticePeriod.Days(15));
        policy.RefundAfterTermsChange.ShouldBe(TermsChangeRefund.None);
        policy.VendorTerminationNotice.ShouldBe(NoticePeriod.Months(3));
        policy.CountsFirstDay.ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3, §21-2, 別紙5")]
    public void SensorService004_CountsFromTheDayAfterDeliveryAndKeepsClosedDayDeadlines()
    {
        var policy = ServicePlanPolicy.SensorService004;

        policy.CountsFirstDay.ShouldBeFalse();
        policy.NoticeDeadlineRollsBack.ShouldBeFalse();
        policy.HasInsurance.ShouldBeTrue();
        policy.InsuranceLimit.ShouldBe(new Yen(3_000_000));
        policy.RefundAfterTermsChange.ShouldBe(TermsChangeRefund.UnexpiredPart);
    }

    [Fact]
    [Trait("Article", "002 §4-2, §12-1, §12-5")]
    public void ChamberUtm002_CountsItsFirstDayRollsBackAndRefundsAtDiscretion()
    {
        var policy = ServicePlanPolicy.ChamberUtm002;

        policy.CountsFirstDay.ShouldBeTrue();
        policy.NoticeDeadlineRollsBack.ShouldBeTrue();
        policy.RefundAfterTermsChange.ShouldBe(TermsChangeRefund.AtVendorDiscretion);
        policy.TermsChangeCancellationWindow.ShouldBe(NoticePeriod.Months(2));
    }

    [Fact]
    [Trait("Article", "000 §3-2, §18-1, §19, §21-2, §23-2")]
    public void ThreatSharing000_StopsAUserAfterAWeekAndAbolishesAfterAMonth()
    {
        var policy = ServicePlanPolicy.ThreatSharing000;

        policy.UserStopNotice.ShouldBe(NoticePeriod.Weeks(1));
        policy.VendorTerminationNotice.ShouldBe(NoticePeriod.Months(1));
        policy.TermsChangeNotice.ShouldBeNull();
        policy.NonRenewalNotice.ShouldBeNull();
        policy.EarlyTerminationPenalty.ShouldBeFalse();
        policy.RefundsOnDiscontinuation.ShouldBeFalse();
        policy.HasInsurance.ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "001 §3-6, §9, §10, §16")]
    public void ConsultationPilot001_IsFreeEndsWithThePilotAndDeletesDataAfterTheDefaultRetention()
    {
        var policy = ServicePlanPolicy.ConsultationPilot001;

        policy.AutoRenews.ShouldBeFalse();
        policy.CountsFirstDay.ShouldBeTrue();
        policy.EarlyTerminationPenalty.ShouldBeFalse();
        policy.RefundAfterTermsChange.ShouldBe(TermsChangeRefund.None);
        policy.RefundsOnDiscontinuation.ShouldBeFalse();
        policy.DataRetentionAfterEnd.ShouldBe(NoticePeriod.Days(90));
        policy.Calendar.Name.ShouldBe("001");
    }
}
