using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.ThreatMappings;

/// <summary>A mapping rule as entered on the page.</summary>
public sealed record ThreatMappingInput(ThreatMatchBy MatchBy, string? Pattern, ThreatClass ThreatClass, ThreatKind ThreatKind, string? Note);

/// <summary>
/// Creates, changes and deletes mapping rules for vendor operations. Each answer is null when done or the resource key of
/// the reason it was not (ThreatMappingStrings): nothing is stored then. The audit trail records every change.
/// </summary>
public sealed class ThreatMappingEditor(IDbContextFactory<HubDbContext> contextFactory, CurrentUser user, TimeProvider clock)
{
    public async Task<string?> CreateAsync(ThreatMappingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureAllowed();
        var (rule, problem) = ThreatMappingRule.Create(Guid.NewGuid(), input.MatchBy, input.Pattern, input.ThreatClass, input.ThreatKind, input.Note,
            clock.GetUtcNow(), user.Name);
        if (rule is null)
        {
            return "Problem_" + problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ClashesAsync(db, rule, cancellationToken))
        {
            return "Duplicate";
        }

        db.ThreatMappingRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UpdateAsync(Guid id, Guid version, ThreatMappingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureAllowed();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.ThreatMappingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return "NotFound";
        }

        if (rule.Version != version)
        {
            return "Stale";
        }

        if (rule.Change(input.MatchBy, input.Pattern, input.ThreatClass, input.ThreatKind, input.Note, clock.GetUtcNow(), user.Name) is { } problem)
        {
            return "Problem_" + problem;
        }

        if (await ClashesAsync(db, rule, cancellationToken))
        {
            return "Duplicate";
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Stale";
        }
    }

    public async Task<string?> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        EnsureAllowed();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.ThreatMappingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return "NotFound";
        }

        db.ThreatMappingRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    // The same match and value twice (text and categories compared without case) would make the order between them arbitrary.
    private static async Task<bool> ClashesAsync(HubDbContext db, ThreatMappingRule rule, CancellationToken cancellationToken)
    {
        var others = await db.ThreatMappingRules.AsNoTracking().Where(r => r.MatchBy == rule.MatchBy && r.Id != rule.Id).Select(r => r.Pattern).ToListAsync(cancellationToken);
        return others.Contains(rule.Pattern, StringComparer.OrdinalIgnoreCase);
    }

    private void EnsureAllowed()
    {
        if (!user.IsInAnyRole(DevicesPermissions.MappingRoles))
        {
            throw new UnauthorizedAccessException("Only vendor operations keep threat mapping rules.");
        }
    }
}
