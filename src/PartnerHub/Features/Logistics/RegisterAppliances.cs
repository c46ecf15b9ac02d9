using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Logistics;

/// <summary>Receives appliances into stock by serial number (one per line); nothing is stored if any line is wrong.</summary>
public sealed class RegisterAppliances(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<RegisterAppliancesResult> ExecuteAsync(string serialNumbers, string modelCode, ApplianceCondition condition, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(LogisticsPermissions.VendorRoles))
        {
            return new RegisterAppliancesResult(0, [], RegisterProblem.NotAllowed);
        }

        if (!ServicePlan.All.Any(p => p.Model.Code == modelCode))
        {
            return new RegisterAppliancesResult(0, [], RegisterProblem.UnknownModel);
        }

        var serials = (serialNumbers ?? string.Empty)
            .Split(['\n', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant())
            .ToList();
        if (serials.Count == 0)
        {
            return new RegisterAppliancesResult(0, [], RegisterProblem.NoSerials);
        }

        var duplicatesInInput = serials.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Appliances.Where(a => serials.Contains(a.SerialNumber)).Select(a => a.SerialNumber).ToListAsync(cancellationToken);
        var conflicts = duplicatesInInput.Concat(existing).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (conflicts.Count > 0)
        {
            return new RegisterAppliancesResult(0, conflicts, RegisterProblem.DuplicateSerials);
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        db.Appliances.AddRange(serials.Select(serial => new Appliance(Guid.NewGuid(), serial, modelCode, condition, now, by)));
        await db.SaveChangesAsync(cancellationToken);
        return new RegisterAppliancesResult(serials.Count, [], null);
    }
}

public enum RegisterProblem
{
    NotAllowed,
    UnknownModel,
    NoSerials,
    DuplicateSerials,
}

public sealed record RegisterAppliancesResult(int Registered, IReadOnlyList<string> Conflicts, RegisterProblem? Problem);
