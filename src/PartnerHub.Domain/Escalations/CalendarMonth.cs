using System.Globalization;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Escalations;

/// <summary>A month of the Tokyo calendar, the period statistics are grouped by.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, 1–12.</param>
public readonly record struct CalendarMonth(int Year, int Month) : IComparable<CalendarMonth>
{
    /// <summary>The Tokyo month of <paramref name="instant"/> (a case escalated at 23:30 UTC on Jan 31 counts in February).</summary>
    public static CalendarMonth InTokyo(DateTimeOffset instant)
    {
        var date = BusinessCalendar.TokyoDate(instant);
        return new CalendarMonth(date.Year, date.Month);
    }

    /// <inheritdoc />
    public int CompareTo(CalendarMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    /// <summary>yyyy-MM, as spreadsheets sort it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Ordering operator.</summary>
    public static bool operator <(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) < 0;

    /// <summary>Ordering operator.</summary>
    public static bool operator >(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) > 0;

    /// <summary>Ordering operator.</summary>
    public static bool operator <=(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering operator.</summary>
    public static bool operator >=(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) >= 0;
}
