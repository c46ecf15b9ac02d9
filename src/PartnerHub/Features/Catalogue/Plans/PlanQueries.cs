using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>
/// A plan with the policy in force today (<see cref="Policy"/> is null when the plan names an unknown policy: it is refused),
/// the stored version that policy comes from (null: the built-in policy) and the next scheduled version, if any.
/// </summary>
public sealed record PlanPolicyItem(ServicePlan Plan, ServicePlanPolicy? Policy, PlanPolicyVersion? InForce = null, PlanPolicyVersion? Next = null)
{
    public bool IsRefused => Policy is null;

    /// <summary>True when the policy in force is the first version, the built-in policy (shown without a date).</summary>
    public bool InForceIsBuiltIn => InForce is null || InForce.EffectiveFrom == BuiltInPlanPolicies.Since;
}

/// <summary>
/// The plans on offer and the contract policies new quotes get today, read through the policy source as quotes read them
/// (DOMAIN.md "Decisions": every plan names its policy; issue 13: policies are dated versions).
/// </summary>
public sealed class PlanQueries(IPlanPolicySource policies, TimeProvider clock)
{
    public async Task<IReadOnlyList<PlanPolicyItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var set = await policies.CurrentAsync(cancellationToken);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        return [.. ServicePlan.All.Select(plan => set.TryInForce(plan.Code, today, out var policy)
            ? new PlanPolicyItem(plan, policy, set.VersionInForce(plan.Code, today), set.NextVersionAfter(plan.Code, today))
            : new PlanPolicyItem(plan, null))];
    }
}
