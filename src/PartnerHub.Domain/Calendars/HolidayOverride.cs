namespace PartnerHub.Domain.Calendars;

/// <summary>
/// A published change the Act's rules cannot know: a national holiday added by a special law (e.g. the 2019
/// accession day) or one removed or moved (e.g. the 2020/2021 Olympic moves), or a future equinox date that the
/// National Astronomical Observatory announces differently from the approximation. Substitute and citizens'
/// holidays are derived again from the overridden list.
/// </summary>
/// <param name="Date">The day concerned.</param>
/// <param name="Name">The holiday's name when it is added; null when the date stops being a national holiday.</param>
public sealed record HolidayOverride(DateOnly Date, string? Name)
{
    /// <summary>Makes <paramref name="date"/> a national holiday called <paramref name="name"/>.</summary>
    public static HolidayOverride Add(DateOnly date, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new HolidayOverride(date, name);
    }

    /// <summary>Makes <paramref name="date"/> an ordinary day again (a holiday moved away by a special law).</summary>
    public static HolidayOverride Remove(DateOnly date) => new(date, null);

    /// <summary>True when the override adds a holiday.</summary>
    public bool Adds => Name is not null;
}
