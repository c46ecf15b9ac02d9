using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Devices.ThreatMappings;

public sealed record ThreatMappingItem(Guid Id, ThreatMatchBy MatchBy, string Pattern, ThreatClass ThreatClass, ThreatKind ThreatKind, string? Note,
    DateTimeOffset UpdatedAt, string UpdatedBy, Guid Version);

public sealed record UnclassifiedSignature(long? SignatureId, string Signature, string? Category, int Count);

/// <summary>Read side of the mapping rules page: the rules, and the stored alerts no rule maps, grouped by signature.</summary>
public sealed class ThreatMappingQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<PagedResult<ThreatMappingItem>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rules = db.ThreatMappingRules.AsNoTracking();
        int total = await rules.CountAsync(cancellationToken);
        var page = await rules.OrderBy(r => r.MatchBy).ThenBy(r => r.Pattern).Skip(request.Skip).Take(request.Take)
            .Select(r => new ThreatMappingItem(r.Id, r.MatchBy, r.Pattern, r.ThreatClass, r.ThreatKind, r.Note, r.UpdatedAt, r.UpdatedBy, r.Version))
            .ToListAsync(cancellationToken);
        return new PagedResult<ThreatMappingItem>(page, total);
    }

    /// <summary>Unclassified alerts the signed-in user may see, one row per signature, most alerts first.</summary>
    public async Task<PagedResult<UnclassifiedSignature>> UnclassifiedAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var groups = db.SensorEvents.AsNoTracking()
            .Where(e => e.Kind == TelemetryKind.Alert && e.ThreatClass == ThreatClass.Unclassified)
            .GroupBy(e => new { e.SignatureId, e.Signature, e.Category })
            .Select(g => new { g.Key.SignatureId, g.Key.Signature, g.Key.Category, Count = g.Count() });
        int total = await groups.CountAsync(cancellationToken);
        var page = await groups.OrderByDescending(g => g.Count).ThenBy(g => g.Signature).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<UnclassifiedSignature>(page.Select(g => new UnclassifiedSignature(g.SignatureId, g.Signature ?? "", g.Category, g.Count)).ToList(), total);
    }
}
