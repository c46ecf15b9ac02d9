using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Contracts;

/// <summary>Issue 13: a contract keeps the plan policy version it was made under; a later version applies to new contracts only.</summary>
public class ContractPolicyVersionTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateOnly NextApril = new(2027, 4, 1);
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string Plan = ServicePlan.SensorService.Code;

    private static (PlanPolicySet Set, PlanPolicyVersion First, PlanPolicyVersion Later) Versions()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, DateOnly.MinValue, At, "first-run");
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan));
        var later = PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, NextApril,
            builtIn with { NonRenewalNotice = NoticePeriod.Months(3), Rounding = RoundingMode.Up }, [first], Today, At, "admin").Version.ShouldNotBeNull();
        return (new PlanPolicySet([first, later]), first, later);
    }

    private static ServiceContract Delivered(DateOnly orderedOn, PlanPolicyVersion? version)
    {
        var contract = new ServiceContract(Guid.NewGuid(), "C-1", Guid.NewGuid(), Guid.NewGuid(), Plan, 1, new Yen(480_000), null, orderedOn, At, "staff",
            new Yen(360_000), version);
        contract.StartKitting(At, "ops").ShouldBeNull();
        contract.Ship(At, "ops", "ヤマト 1234").ShouldBeNull();
        contract.CompleteDelivery(orderedOn.AddDays(10), At, "ops").ShouldBeNull();
        return contract;
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void LaterVersion_LeavesAnExistingContractsDeadlinesAndRoundingAsMade_AndANewContractTakesIt()
    {
        var (set, first, later) = Versions();
        var existing = Delivered(Today, set.VersionInForce(Plan, Today));
        var builtInCancelBy = new ContractTimeline(ServicePlanPolicy.ForPlan(Plan), existing.ServiceStartOn!.Value).Term(1).CancelBy;

        var newer = Delivered(NextApril, set.VersionInForce(Plan, NextApril));

        existing.PolicyVersionId.ShouldBe(first.Id);
        existing.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1).CancelBy.ShouldBe(builtInCancelBy);
        existing.Policy().Rounding.ShouldBe(ServicePlanPolicy.ForPlan(Plan).Rounding);
        ContractFacts.Of(existing).TryPolicy(out var existingBilling).ShouldBeTrue();
        existingBilling.Rounding.ShouldBe(ServicePlanPolicy.ForPlan(Plan).Rounding);
        newer.PolicyVersionId.ShouldBe(later.Id);
        newer.Policy().NonRenewalNotice.ShouldBe(NoticePeriod.Months(3));
        newer.Policy().Rounding.ShouldBe(RoundingMode.Up);
        var newerTerm = newer.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        newerTerm.CancelBy.ShouldBe(new ContractTimeline(set.InForce(Plan, NextApril), newer.ServiceStartOn!.Value).Term(1).CancelBy);
        newerTerm.CancelBy.ShouldBeLessThan(new ContractTimeline(ServicePlanPolicy.ForPlan(Plan), newer.ServiceStartOn!.Value).Term(1).CancelBy);
        ContractFacts.Of(newer).TryPolicy(out var newerBilling).ShouldBeTrue();
        newerBilling.Rounding.ShouldBe(RoundingMode.Up);
    }

    [Fact]
    public void Variants_OfAPlan_AreTheBuiltInPolicyAndEachStandingVersion()
    {
        var (set, first, later) = Versions();

        set.Variants(Plan).Select(v => v.VersionId).ShouldBe([null, first.Id, later.Id]);
        set.Variants("NO-SUCH-PLAN").ShouldBeEmpty();
    }

    [Fact]
    public void Create_WithAVersionOfAnotherPlan_IsRefused()
    {
        var (_, first, _) = Versions();

        Should.Throw<ArgumentException>(() => new ServiceContract(Guid.NewGuid(), "C-2", Guid.NewGuid(), Guid.NewGuid(), ServicePlan.ChamberUtm.Code, 1,
            new Yen(120_000), null, Today, At, "staff", null, first));
    }
}
