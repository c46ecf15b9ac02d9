using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartnerHub.Domain.Billing.Runs;

/// <summary>A calendar month the invoicing run bills (Japan's dates: a charge falls in the month its billing date is in).</summary>
public readonly record struct BillingMonth
{
    /// <summary>The month <paramref name="month"/> (1–12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a month of years 2000–9998.</exception>
    public BillingMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The first day.</summary>
    public DateOnly First => new(Year, Month, 1);

    /// <summary>The last day.</summary>
    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    /// <summary>The month <paramref name="date"/> is in.</summary>
    public static BillingMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Reads "2026-11"; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BillingMonth? month)
    {
        month = null;
        if (!DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year is < 2000 or > 9998)
        {
            return false;
        }

        month = Of(first);
        return true;
    }

    /// <summary>Whether <paramref name="date"/> is in this month.</summary>
    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>"2026-11".</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
