using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.SoftwareVersions;

/// <summary>A required version as entered on the page.</summary>
public sealed record RequiredVersionInput(string? ModelCode, string? MinimumVersion, DateOnly? EffectiveFrom, string? Note);

/// <summary>
/// Records the minimum sensor software version of an appliance model for vendor operations. Answers null when recorded or
/// the resource key of the reason it was not (SoftwareVersionStrings): nothing is stored then. Records are never edited or
/// deleted: a later record replaces the requirement from its day, and the audit trail keeps who recorded what.
/// </summary>
public sealed class RequiredVersionEditor(IDbContextFactory<HubDbContext> contextFactory, CurrentUser user, TimeProvider clock)
{
    /// <summary>The models a requirement may name: those of the service plans.</summary>
    public static IReadOnlyList<string> ModelCodes { get; } = ServicePlan.All.Select(p => p.Model.Code).Distinct().ToList();

    public async Task<string?> RecordAsync(RequiredVersionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!user.IsInAnyRole(DevicesPermissions.SoftwareVersionRoles))
        {
            throw new UnauthorizedAccessException("Only vendor operations record required software versions.");
        }

        if (input.ModelCode is { } code && !ModelCodes.Contains(code, StringComparer.Ordinal))
        {
            return "Problem_UnknownModel";
        }

        var now = clock.GetUtcNow();
        if (input.EffectiveFrom is not { } effectiveFrom)
        {
            return "Problem_DateRequired";
        }

        // Backdating would rewrite what was required on days already judged.
        if (effectiveFrom < JapaneseFormat.TokyoDate(now))
        {
            return "Problem_DateInPast";
        }

        var (requirement, problem) = RequiredSoftwareVersion.Record(Guid.NewGuid(), input.ModelCode, input.MinimumVersion, effectiveFrom, input.Note, now, user.Name);
        if (requirement is null)
        {
            return "Problem_" + problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.RequiredSoftwareVersions.Add(requirement);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
