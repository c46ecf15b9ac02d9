using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Stamps <see cref="SupportCase.FirstAnswerDueAt"/> at start-up where it may be missing or stale: cases escalated
/// before the column existed, cases seeded without the desk's calendar, and every unanswered escalation (a holiday or
/// closure added to the 004 calendar since it was stamped moves its due time). Answered cases once stamped are settled.
/// </summary>
public sealed class FirstAnswerDueBackfill(HubDbContextOptions contextOptions, BusinessCalendarDirectory calendars, TimeProvider clock,
    ILogger<FirstAnswerDueBackfill> logger) : IDataRepair
{
    private const int ChunkSize = 500;

    public async Task RepairAsync(CancellationToken cancellationToken)
    {
        var sla = await calendars.DeskSlaClockAsync(cancellationToken);
        List<Guid> due;
        await using (var db = contextOptions.Create(TenantScope.System, clock))
        {
            due = await db.SupportCases.AsNoTracking()
                .Where(c => c.EscalatedAt != null && (c.FirstAnswerDueAt == null || c.FirstAnsweredAt == null))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        int changed = 0;
        foreach (var ids in due.Chunk(ChunkSize))
        {
            // One context per chunk: the change tracker never holds more than a chunk of cases with their history.
            await using var db = contextOptions.Create(TenantScope.System, clock);
            var chunk = await db.SupportCases.Where(c => ids.Contains(c.Id)).WithHistory().ToListAsync(cancellationToken);
            changed += chunk.Count(c => c.StampFirstAnswerDue(sla));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (changed > 0)
        {
            logger.LogInformation("First-answer due time stamped on {Count} escalated cases.", changed);
        }
    }
}
