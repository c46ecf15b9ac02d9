using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>
/// The plans' stored policy versions as new quotes, contracts and reminders use them (<see cref="IPlanPolicySource"/>).
/// Read once and kept like the business calendars: a change on this instance takes effect at once, one made on another
/// instance within <see cref="Lifetime"/> (a version starts tomorrow at the earliest, so none is missed).
/// </summary>
public sealed class PlanPolicyDirectory(HubDbContextOptions options, TimeProvider clock) : IPlanPolicySource
{
    /// <summary>How long the read versions are used before they are read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private (PlanPolicySet Set, DateTimeOffset ReadAt)? _snapshot;

    public async Task<PlanPolicySet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is { } snapshot && clock.GetUtcNow() - snapshot.ReadAt <= Lifetime)
        {
            return snapshot.Set;
        }

        var readAt = clock.GetUtcNow();
        await using var db = options.Create(TenantScope.System, clock);
        var set = new PlanPolicySet(await db.PlanPolicyVersions.AsNoTracking().Where(v => v.WithdrawnAt == null).ToListAsync(cancellationToken));
        _snapshot = (set, readAt);
        return set;
    }

    /// <summary>Drops the read versions so the next use reads them again (after a change).</summary>
    public void Invalidate() => _snapshot = null;
}
