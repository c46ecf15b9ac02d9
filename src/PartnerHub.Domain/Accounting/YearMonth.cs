using System.Globalization;

namespace PartnerHub.Domain.Accounting;

/// <summary>A calendar month, the period revenue is recognised in.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, 1–12.</param>
public readonly record struct YearMonth(int Year, int Month)
{
    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month's first day.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The month's last day.</summary>
    public DateOnly LastDay => new(Year, Month, DaysInMonth);

    /// <summary>28–31.</summary>
    public int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    /// <summary>The following month.</summary>
    public YearMonth Next() => Month == 12 ? new YearMonth(Year + 1, 1) : new YearMonth(Year, Month + 1);

    /// <summary>yyyy-MM.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
