namespace PartnerHub.Domain.Calendars;

/// <summary>One interval of working time in a business day, in Tokyo wall-clock time (end exclusive).</summary>
/// <param name="Start">Opening time.</param>
/// <param name="End">Closing time; must be after <paramref name="Start"/>.</param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>The interval's length.</summary>
    public TimeSpan Length => End - Start;
}
