namespace PartnerHub.Domain.Calendars;

/// <summary>A day off under the Act on National Holidays (国民の祝日に関する法律).</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its Japanese name, e.g. 春分の日, 振替休日, 国民の休日.</param>
/// <param name="Kind">Whether it is a national holiday proper, a substitute holiday or a citizens' holiday.</param>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);

/// <summary>The three kinds of day off the Act defines.</summary>
public enum HolidayKind
{
    /// <summary>国民の祝日 (Art. 2), including the one-off holidays set by special laws.</summary>
    NationalHoliday,

    /// <summary>振替休日 (Art. 3-2): the nearest non-holiday after a national holiday on a Sunday (from 1973-04-12).</summary>
    Substitute,

    /// <summary>国民の休日 (Art. 3-3): a day between two national holidays (from 1985-12-27).</summary>
    Citizens,
}
