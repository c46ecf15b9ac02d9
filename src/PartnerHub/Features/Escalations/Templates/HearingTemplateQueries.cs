using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Features.Escalations.Templates;

public sealed record TemplateVersionItem(Guid Id, string Name, int VersionNumber, DateTimeOffset PublishedAt, int Questions, int CasesUsing);

/// <summary>Versions of the hearing sheet, newest first, with how many cases were filled against each.</summary>
public sealed class HearingTemplateQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<TemplateVersionItem>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var templates = await db.HearingSheetTemplates.AsNoTracking().OrderByDescending(t => t.PublishedAt).ThenByDescending(t => t.VersionNumber).ToListAsync(cancellationToken);
        var usage = await db.SupportCases.AsNoTracking().Where(c => c.HearingTemplateId != null)
            .GroupBy(c => c.HearingTemplateId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return templates.Select(t => new TemplateVersionItem(t.Id, t.Name, t.VersionNumber, t.PublishedAt, t.Questions.Count,
            usage.Where(u => u.Key == t.Id).Sum(u => u.Count))).ToList();
    }

    public async Task<HearingSheetTemplate?> GetAsync(Guid? id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return id is { } versionId
            ? await db.HearingSheetTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == versionId, cancellationToken)
            : await HearingTemplatesSeed.CurrentAsync(db, cancellationToken);
    }
}
