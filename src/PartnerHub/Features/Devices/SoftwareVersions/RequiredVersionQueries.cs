using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Devices.SoftwareVersions;

/// <summary>One recorded requirement; <see cref="InForce"/> when it is the one applied today, <see cref="Scheduled"/> when its day is still to come.</summary>
public sealed record RequiredVersionItem(Guid Id, string ModelCode, string MinimumVersion, DateOnly EffectiveFrom, string? Note, DateTimeOffset RecordedAt,
    string RecordedBy, bool InForce, bool Scheduled);

/// <summary>Read side of the required software versions (vendor-wide data: not partner owned).</summary>
public sealed class RequiredVersionQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Every record, latest effective day first, one page.</summary>
    public async Task<PagedResult<RequiredVersionItem>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = db.RequiredSoftwareVersions.AsNoTracking();
        int total = await all.CountAsync(cancellationToken);
        var page = await all.OrderByDescending(r => r.EffectiveFrom).ThenBy(r => r.ModelCode).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        // The in-force record per model is decided over that model's records up to today, not over the page.
        var models = page.Select(r => r.ModelCode).Distinct().ToList();
        var candidates = await all.Where(r => models.Contains(r.ModelCode) && r.EffectiveFrom <= today).ToListAsync(cancellationToken);
        var inForce = models.Select(m => RequiredSoftwareVersion.InForce(candidates, m, today)?.Id).OfType<Guid>().ToHashSet();
        return new PagedResult<RequiredVersionItem>(
            page.Select(r => new RequiredVersionItem(r.Id, r.ModelCode, r.MinimumVersion, r.EffectiveFrom, r.Note, r.RecordedAt, r.RecordedBy,
                inForce.Contains(r.Id), r.EffectiveFrom > today)).ToList(),
            total);
    }
}
