namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// The issuer's fiscal year (会計年度): invoice numbers restart at 1 each year. Japanese companies mostly run April to
/// March, so that is the default; a year is named after the calendar year it starts in (FY2026 = 2026-04-01 … 2027-03-31).
/// </summary>
public sealed record FiscalYearPolicy
{
    /// <summary>A fiscal year starting on the first day of <paramref name="startMonth"/> (1–12).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is not a month.</exception>
    public FiscalYearPolicy(int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        StartMonth = startMonth;
    }

    /// <summary>April to March, the common Japanese fiscal year.</summary>
    public static FiscalYearPolicy AprilToMarch { get; } = new(4);

    /// <summary>The month the fiscal year starts in.</summary>
    public int StartMonth { get; }

    /// <summary>The fiscal year <paramref name="date"/> falls in, named after the calendar year it starts in.</summary>
    public int YearOf(DateOnly date) => date.Month >= StartMonth ? date.Year : date.Year - 1;
}
