using System.Diagnostics.CodeAnalysis;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>
/// The stored versions of the plans' policies (issue 13), a snapshot: which policy a plan has on a day. A plan with no
/// stored version has its built-in policy (<see cref="ServicePlanPolicy.ForPlan"/>).
/// </summary>
public sealed class PlanPolicySet
{
    private readonly IReadOnlyList<PlanPolicyVersion> _versions;

    public PlanPolicySet(IEnumerable<PlanPolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        _versions = [.. versions];
    }

    /// <summary>The built-in policies only (for rules checked without stored data).</summary>
    public static PlanPolicySet BuiltInOnly { get; } = new([]);

    /// <summary>The policy of <paramref name="planCode"/> in force on <paramref name="on"/>; refuses a plan without a policy.</summary>
    public ServicePlanPolicy InForce(string planCode, DateOnly on) => PlanPolicyVersions.InForce(planCode, on, _versions);

    /// <summary>The policy of <paramref name="planCode"/> in force on <paramref name="on"/>, or false when the plan names no policy.</summary>
    public bool TryInForce(string? planCode, DateOnly on, [NotNullWhen(true)] out ServicePlanPolicy? policy)
    {
        policy = planCode is not null && ServicePlanPolicy.TryForPlan(planCode, out _) ? InForce(planCode, on) : null;
        return policy is not null;
    }

    /// <summary>
    /// The stored version of <paramref name="planCode"/> in force on <paramref name="on"/>, which a contract made then keeps
    /// (<see cref="ServiceContract.PolicySettings"/>); null when none is stored (the built-in policy applies).
    /// </summary>
    public PlanPolicyVersion? VersionInForce(string planCode, DateOnly on) =>
        _versions.Where(v => v.PlanCode == planCode && v.WithdrawnAt is null && v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom);

    /// <summary>
    /// The first standing version of <paramref name="planCode"/> that starts after <paramref name="on"/>: the change a new
    /// quote will meet next; null when none is scheduled.
    /// </summary>
    public PlanPolicyVersion? NextVersionAfter(string planCode, DateOnly on) =>
        _versions.Where(v => v.PlanCode == planCode && v.WithdrawnAt is null && v.EffectiveFrom > on).MinBy(v => v.EffectiveFrom);

    /// <summary>
    /// Every policy a contract of <paramref name="planCode"/> may hold, by the version it keeps (null: the built-in policy):
    /// lists that bound contracts by a deadline bound each group by its own rules. Empty when the plan names no policy.
    /// </summary>
    public IReadOnlyList<(Guid? VersionId, ServicePlanPolicy Policy)> Variants(string planCode)
    {
        if (!ServicePlanPolicy.TryForPlan(planCode, out var builtIn))
        {
            return [];
        }

        return [(null, builtIn), .. _versions.Where(v => v.PlanCode == planCode && v.WithdrawnAt is null).Select(v => ((Guid?)v.Id, v.Settings.ApplyTo(builtIn)))];
    }
}

/// <summary>Where new quotes, contracts and reminders get the plans' policies with the vendor's versions (kept by the catalogue).</summary>
public interface IPlanPolicySource
{
    /// <summary>The plans' policy versions as stored now.</summary>
    Task<PlanPolicySet> CurrentAsync(CancellationToken cancellationToken = default);
}
