namespace PartnerHub.Domain.Calendars;

/// <summary>
/// The business calendars as deadlines must use them: each seed calendar with the vendor's adjustments (closures, added
/// and removed holidays, <see cref="CalendarAdjustment"/>) applied, found by the seed calendar's name (004, 002, 001, 000).
/// A snapshot: immutable and thread-safe.
/// </summary>
public sealed class BusinessCalendarSet
{
    private readonly IReadOnlyDictionary<string, BusinessCalendar> _adjusted;

    /// <summary>Creates a set from the adjusted calendars, keyed by the name of the seed calendar each adjusts.</summary>
    public BusinessCalendarSet(IReadOnlyDictionary<string, BusinessCalendar> adjusted) =>
        _adjusted = adjusted ?? throw new ArgumentNullException(nameof(adjusted));

    /// <summary>The seed calendars without adjustments (for rules checked without stored data).</summary>
    public static BusinessCalendarSet SeedsOnly { get; } = new(new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal));

    /// <summary>The adjusted version of <paramref name="calendar"/>; the calendar itself when it has no adjustments.</summary>
    public BusinessCalendar Adjusted(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return _adjusted.TryGetValue(calendar.Name, out var adjusted) ? adjusted : calendar;
    }
}

/// <summary>Where computations get the business calendars with the vendor's current adjustments (kept by the catalogue).</summary>
public interface IBusinessCalendarSource
{
    /// <summary>The calendars with the adjustments in force now.</summary>
    Task<BusinessCalendarSet> CurrentAsync(CancellationToken cancellationToken = default);
}
