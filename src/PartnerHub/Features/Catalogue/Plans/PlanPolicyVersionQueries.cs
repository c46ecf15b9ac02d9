using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>Where a plan policy version stands today.</summary>
public enum PlanPolicyStanding
{
    Past,
    InForce,
    Scheduled,
    Withdrawn,
}

/// <summary>One version of a plan's policy as the versions page lists it.</summary>
public sealed record PlanPolicyVersionItem(PlanPolicyVersion Version, PlanPolicyStanding Standing)
{
    /// <summary>The first version, the built-in policy, applies since the hub began (shown without a date).</summary>
    public bool IsFirst => Version.EffectiveFrom == BuiltInPlanPolicies.Since;
}

/// <summary>The plan's policy versions, newest start first, with where each stands today.</summary>
public sealed class PlanPolicyVersionQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    public DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    /// <summary>The versions of <paramref name="planCode"/>; null when the plan is unknown or names no policy.</summary>
    public async Task<IReadOnlyList<PlanPolicyVersionItem>?> ListAsync(string planCode, CancellationToken cancellationToken = default)
    {
        if (ServicePlan.Find(planCode) is null || !ServicePlanPolicy.TryForPlan(planCode, out _))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var versions = await db.PlanPolicyVersions.AsNoTracking().Where(v => v.PlanCode == planCode).ToListAsync(cancellationToken);
        var today = Today;
        var inForce = versions.Where(v => v.WithdrawnAt is null && v.EffectiveFrom <= today).MaxBy(v => v.EffectiveFrom);
        return [.. versions.OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.CreatedAt).Select(v => new PlanPolicyVersionItem(v, v switch
        {
            { WithdrawnAt: not null } => PlanPolicyStanding.Withdrawn,
            _ when v == inForce => PlanPolicyStanding.InForce,
            _ when v.EffectiveFrom > today => PlanPolicyStanding.Scheduled,
            _ => PlanPolicyStanding.Past,
        }))];
    }
}
