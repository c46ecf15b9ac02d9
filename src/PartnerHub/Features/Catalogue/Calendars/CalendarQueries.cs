using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Catalogue.Calendars;

public sealed record CalendarSummary(string Code, int Adjustments, IReadOnlyList<DateOnly> NextClosedDays);

public sealed record CalendarAdjustmentItem(Guid Id, CalendarAdjustmentKind Kind, DateOnly From, DateOnly To, string Name, DateTimeOffset RecordedAt, string RecordedBy, bool Removable);

/// <summary>The business calendars, their adjustments a page at a time, and the closed days coming up.</summary>
public sealed class CalendarQueries(IDbContextFactory<HubDbContext> contextFactory, BusinessCalendarDirectory directory, TimeProvider clock)
{
    private const int UpcomingDays = 5;

    public DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    public async Task<IReadOnlyList<CalendarSummary>> SummariesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.CalendarAdjustments.AsNoTracking().GroupBy(a => a.CalendarCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var summaries = new List<CalendarSummary>();
        foreach (var code in BusinessCalendarDirectory.Codes)
        {
            summaries.Add(new CalendarSummary(code, counts.GetValueOrDefault(code), await UpcomingClosedAsync(code, cancellationToken)));
        }

        return summaries;
    }

    /// <summary>The next weekdays the calendar is closed on (holidays and closures), so a saved change shows at once.</summary>
    public async Task<IReadOnlyList<DateOnly>> UpcomingClosedAsync(string code, CancellationToken cancellationToken = default)
    {
        var calendar = await directory.ForAsync(code, cancellationToken);
        var closed = new List<DateOnly>();
        for (var day = Today; closed.Count < UpcomingDays && day < Today.AddYears(1); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsBusinessDay(day))
            {
                closed.Add(day);
            }
        }

        return closed;
    }

    public async Task<PagedResult<CalendarAdjustmentItem>> AdjustmentsAsync(string code, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = Today;
        return await db.CalendarAdjustments.AsNoTracking().Where(a => a.CalendarCode == code).OrderByDescending(a => a.From)
            .ToPageAsync(request, rows => rows.Select(a => new CalendarAdjustmentItem(a.Id, a.Kind, a.From, a.To, a.Name, a.RecordedAt, a.RecordedBy, a.From > today)), cancellationToken);
    }
}
