using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Makes sure a hearing sheet exists: at start-up, when no template was ever published, the vendor's default
/// (<see cref="HearingSheetTemplates.Default"/>) is stored as version 1. New versions are new rows; cases keep theirs.
/// </summary>
public sealed class HearingTemplatesSeed(HubDbContextOptions contextOptions, TimeProvider clock, ILogger<HearingTemplatesSeed> logger) : IHostedService
{
    /// <summary>The id of the default template's first version, fixed so every installation shares it.</summary>
    public static readonly Guid DefaultTemplateId = new("5d2f8c4e-6b1a-4c1e-9a57-0e6b7a3c2d10");

    /// <summary>The newest version of the newest-published template, which new sheets are filled against.</summary>
    public static Task<HearingSheetTemplate?> CurrentAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.HearingSheetTemplates.AsNoTracking().OrderByDescending(t => t.PublishedAt).ThenByDescending(t => t.VersionNumber)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(TenantScope.System, clock);
        if (await EnsureDefaultAsync(db, clock.GetUtcNow(), cancellationToken))
        {
            logger.LogInformation("Default hearing sheet template published.");
        }
    }

    /// <summary>Publishes the default template into a database that has none; true when it did.</summary>
    public static async Task<bool> EnsureDefaultAsync(HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.HearingSheetTemplates.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.HearingSheetTemplates.Add(HearingSheetTemplates.Default(DefaultTemplateId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another hub instance starting at the same moment published it first; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.HearingSheetTemplates.AsNoTracking().AnyAsync(t => t.Id == DefaultTemplateId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
