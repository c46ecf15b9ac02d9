using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>
/// Stores each plan's built-in policy as its first version on a hub that has none yet — the first production start as
/// much as the demo — so the vendor administrator sees and supersedes a stored version. Cheap once done, safe to repeat.
/// </summary>
public sealed class BuiltInPlanPolicies(HubDbContextOptions options, TimeProvider clock, PlanPolicyDirectory directory) : IDataRepair
{
    /// <summary>The start of every first version: the built-in policy has applied since the hub began.</summary>
    public static readonly DateOnly Since = DateOnly.MinValue;

    /// <summary>Who the first versions are recorded by in the audit trail.</summary>
    public const string RecordedBy = "system (built-in policy)";

    public async Task RepairAsync(CancellationToken cancellationToken)
    {
        await using var db = options.Create(TenantScope.System, clock);
        var stored = await db.PlanPolicyVersions.Where(v => v.EffectiveFrom == Since).Select(v => v.PlanCode).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var missing = ServicePlan.All.Where(p => ServicePlanPolicy.TryForPlan(p.Code, out _) && !stored.Contains(p.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.PlanPolicyVersions.AddRange(missing.Select(p => PlanPolicyVersion.BuiltIn(Guid.NewGuid(), p.Code, Since, now, RecordedBy)));
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
    }
}
