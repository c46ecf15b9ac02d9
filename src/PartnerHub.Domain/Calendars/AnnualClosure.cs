namespace PartnerHub.Domain.Calendars;

/// <summary>
/// A closure that recurs every year, e.g. the year-end/new-year closure Dec 28 – Jan 4 (004 別紙3 §2) or Aug 15
/// (002 §2-1-7). The range may wrap over the new year; a closure on 2/29 alone applies in leap years only.
/// </summary>
public sealed record AnnualClosure
{
    /// <summary>A closure from <paramref name="fromMonth"/>/<paramref name="fromDay"/> to <paramref name="toMonth"/>/<paramref name="toDay"/> inclusive.</summary>
    /// <exception cref="RuleViolationException">A month/day pair that does not exist (<see cref="RuleViolation.InvalidDayOfYear"/>).</exception>
    public AnnualClosure(int fromMonth, int fromDay, int toMonth, int toDay)
    {
        Require(fromMonth, fromDay);
        Require(toMonth, toDay);
        FromMonth = fromMonth;
        FromDay = fromDay;
        ToMonth = toMonth;
        ToDay = toDay;
    }

    /// <summary>First month.</summary>
    public int FromMonth { get; }

    /// <summary>First day.</summary>
    public int FromDay { get; }

    /// <summary>Last month.</summary>
    public int ToMonth { get; }

    /// <summary>Last day (inclusive).</summary>
    public int ToDay { get; }

    /// <summary>A one-day closure every year, e.g. Aug 15 (002 §2-1-7).</summary>
    public static AnnualClosure On(int month, int day) => new(month, day, month, day);

    /// <summary>True when <paramref name="date"/> falls in the closure.</summary>
    public bool Covers(DateOnly date)
    {
        int day = (date.Month * 100) + date.Day;
        int from = (FromMonth * 100) + FromDay;
        int to = (ToMonth * 100) + ToDay;
        return from <= to ? day >= from && day <= to : day >= from || day <= to;
    }

    private static void Require(int month, int day)
    {
        // 2000 is a leap year, so 2/29 is accepted.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new RuleViolationException(RuleViolation.InvalidDayOfYear, $"{month}/{day} is not a day of the year.");
        }
    }
}
