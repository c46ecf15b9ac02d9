using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>A plan with the policy it names; <see cref="Policy"/> is null when that policy is unknown (the plan is refused).</summary>
public sealed record PlanPolicyItem(ServicePlan Plan, ServicePlanPolicy? Policy)
{
    public bool IsRefused => Policy is null;
}

/// <summary>The plans on offer and their contract policies (DOMAIN.md "Decisions": every plan names its policy).</summary>
public sealed class PlanQueries
{
    public IReadOnlyList<PlanPolicyItem> List() =>
        [.. ServicePlan.All.Select(plan => new PlanPolicyItem(plan, ServicePlanPolicy.TryForPlan(plan.Code, out var policy) ? policy : null))];
}
