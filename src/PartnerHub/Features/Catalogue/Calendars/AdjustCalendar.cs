using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Calendars;

/// <summary>A closure or holiday change as the form holds it.</summary>
public sealed class CalendarAdjustmentDraft
{
    public CalendarAdjustmentKind Kind { get; set; } = CalendarAdjustmentKind.Closure;

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>Why a calendar change was not made, besides the domain's <see cref="CalendarAdjustmentProblem"/>.</summary>
public enum CalendarEditCode
{
    NotAllowed,
    UnknownCalendar,
    DateRequired,
    NotFound,
}

/// <summary>The adjustment recorded or removed, or the localisable keys (Calendar_Problem_…) of why not.</summary>
public sealed record CalendarEditResult(Guid? Id, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static CalendarEditResult Fail(params string[] keys) => new(null, keys);

    public static string Key(CalendarEditCode code) => "Calendar_Problem_" + code;

    public static string Key(CalendarAdjustmentProblem problem) => "Calendar_Problem_" + problem;
}

/// <summary>
/// Adds a closure or holiday change to a business calendar, or removes one that has not begun. Takes effect for every
/// computation that reads the calendar through <see cref="BusinessCalendarDirectory"/> once saved; audited.
/// </summary>
public sealed class AdjustCalendar(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, BusinessCalendarDirectory directory)
{
    public async Task<CalendarEditResult> AddAsync(string calendarCode, CalendarAdjustmentDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(CalendarEditCode.NotAllowed));
        }

        if (BusinessCalendars.ForSeed(calendarCode) is not { } seed || !BusinessCalendarDirectory.Codes.Contains(calendarCode))
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(CalendarEditCode.UnknownCalendar));
        }

        if (draft.From is not { } fromDate)
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(CalendarEditCode.DateRequired));
        }

        var from = DateOnly.FromDateTime(fromDate);
        // A single day needs no end date.
        var to = draft.To is { } toDate ? DateOnly.FromDateTime(toDate) : from;
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.CalendarAdjustments.Where(a => a.CalendarCode == calendarCode).ToListAsync(cancellationToken);
        var (adjustment, problems) = CalendarAdjustment.Record(calendarCode, seed, existing, draft.Kind, from, to, draft.Name, JapaneseFormat.TokyoDate(now), now, currentUser.Name);
        if (adjustment is null)
        {
            return CalendarEditResult.Fail([.. problems.Select(CalendarEditResult.Key)]);
        }

        db.CalendarAdjustments.Add(adjustment);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return new CalendarEditResult(adjustment.Id, []);
    }

    public async Task<CalendarEditResult> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(CalendarEditCode.NotAllowed));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var adjustment = await db.CalendarAdjustments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (adjustment is null)
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(CalendarEditCode.NotFound));
        }

        if (adjustment.CheckRemoval(JapaneseFormat.TokyoDate(clock.GetUtcNow())) is { } refusal)
        {
            return CalendarEditResult.Fail(CalendarEditResult.Key(refusal));
        }

        db.CalendarAdjustments.Remove(adjustment);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return new CalendarEditResult(id, []);
    }
}
