using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Calendars;

/// <summary>
/// The threat-sharing desk (000) names no year-end closure of its own (§12-2); the demo vendor closes it over the coming
/// year end (12/29–1/3), so the calendar pages have an adjustment to show and to remove.
/// </summary>
public sealed class DemoCalendarAdjustments(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var from = new DateOnly(today.Year, 12, 29);
        if (from < today)
        {
            from = from.AddYears(1);
        }

        var (closure, _) = CalendarAdjustment.Record("000", BusinessCalendars.ThreatSharing, [], CalendarAdjustmentKind.Closure,
            from, new DateOnly(from.Year + 1, 1, 3), "年末年始休業", today, now, "admin@vendor.example");
        if (closure is null)
        {
            return;
        }

        await using var db = contextOptions.Create(TenantScope.System, clock);
        db.CalendarAdjustments.Add(closure);
        await db.SaveChangesAsync(cancellationToken);
    }
}
