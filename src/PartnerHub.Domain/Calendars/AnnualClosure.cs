namespace PartnerHub.Domain.Calendars;

/// <summary>
/// A closure that recurs every year, e.g. the year-end/new-year closure Dec 28 – Jan 4 (004 別紙3 §2) or Aug 15
/// (002 §2-1-7). The range may wrap over the new year.
/// </summary>
/// <param name="FromMonth">First month.</param>
/// <param name="FromDay">First day.</param>
/// <param name="ToMonth">Last month.</param>
/// <param name="ToDay">Last day (inclusive).</param>
public sealed record AnnualClosure(int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    /// <summary>True when <paramref name="date"/> falls in the closure.</summary>
    public bool Covers(DateOnly date)
    {
        int day = (date.Month * 100) + date.Day;
        int from = (FromMonth * 100) + FromDay;
        int to = (ToMonth * 100) + ToDay;
        return from <= to ? day >= from && day <= to : day >= from || day <= to;
    }
}
