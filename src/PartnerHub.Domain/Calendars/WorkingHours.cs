namespace PartnerHub.Domain.Calendars;

/// <summary>
/// One interval of working time in a business day, in Tokyo wall-clock time, end exclusive: 9:00–17:00 (004 別紙3
/// §2), or the two intervals 9:30–12:00 and 13:00–17:30 (001 §12-3).
/// </summary>
/// <param name="Start">Opening time.</param>
/// <param name="End">Closing time; must be after <paramref name="Start"/> (intervals do not cross midnight).</param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>The interval's length.</summary>
    public TimeSpan Length => End - Start;
}

/// <summary>A span between two instants, end exclusive: a working interval, a pause of an SLA clock, an outage.</summary>
/// <param name="Start">First instant.</param>
/// <param name="End">Instant after the last one; not before <paramref name="Start"/>.</param>
public readonly record struct TimeInterval(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The interval's length (zero when reversed).</summary>
    public TimeSpan Duration => End > Start ? End - Start : TimeSpan.Zero;
}
