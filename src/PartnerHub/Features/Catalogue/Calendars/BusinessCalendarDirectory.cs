using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Escalations;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Calendars;

/// <summary>
/// The business calendars as computations should use them: each seed's rules with the vendor's stored adjustments
/// (closures, added and removed holidays) applied. Built once and kept (a calendar caches its business days per year);
/// a change on this instance takes effect at once, one made on another instance within <see cref="Lifetime"/>.
/// </summary>
public sealed class BusinessCalendarDirectory(HubDbContextOptions options, TimeProvider clock) : IBusinessCalendarSource
{
    /// <summary>How long a built set of calendars is used before the adjustments are read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The calendars the seeds define, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["004", "002", "001", "000"];

    private Snapshot? _snapshot;

    /// <summary>The calendar <paramref name="code"/> with its adjustments.</summary>
    /// <exception cref="ArgumentException">The code names no calendar.</exception>
    public async Task<BusinessCalendar> ForAsync(string code, CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.BuiltAt > Lifetime)
        {
            snapshot = await BuildAsync(cancellationToken);
            _snapshot = snapshot;
        }

        return snapshot.Calendars.TryGetValue(code, out var calendar)
            ? calendar
            : throw new ArgumentException($"No business calendar '{code}'.", nameof(code));
    }

    /// <summary>Every calendar with its adjustments, for deadlines outside the catalogue (contracts: <see cref="IBusinessCalendarSource"/>).</summary>
    public async Task<BusinessCalendarSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var code in Codes)
        {
            calendars[code] = await ForAsync(code, cancellationToken);
        }

        return new BusinessCalendarSet(calendars);
    }

    /// <summary>The first-answer clock of the escalation desk (004 別紙3 §2-4) on the 004 calendar with its adjustments.</summary>
    public async Task<SlaClock> DeskSlaClockAsync(CancellationToken cancellationToken = default) =>
        new(await ForAsync("004", cancellationToken));

    /// <summary>Drops the built calendars so the next use reads the adjustments again (after a change).</summary>
    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var builtAt = clock.GetUtcNow();
        await using var db = options.Create(TenantScope.System, clock);
        var adjustments = await db.CalendarAdjustments.AsNoTracking().ToListAsync(cancellationToken);
        var calendars = Codes.ToDictionary(
            code => code,
            code => CalendarAdjustment.Apply(BusinessCalendars.ForSeed(code)!, adjustments.Where(a => a.CalendarCode == code)),
            StringComparer.Ordinal);
        return new Snapshot(calendars, builtAt);
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, BusinessCalendar> Calendars, DateTimeOffset BuiltAt);
}
