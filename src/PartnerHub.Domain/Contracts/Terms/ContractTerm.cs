namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>One term of a contract: its number (1 = first term) and its first and last day (inclusive).</summary>
/// <param name="Number">1 for the first term, 2 after the first renewal, …</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (the expiry, 004 §4-3; 002 §4-2: March 31).</param>
/// <param name="CancelBy">
/// Last day a non-renewal notice ends the contract at <paramref name="End"/> (004 §4-3: 2 months before expiry; 002
/// §12-1: rolled back to the previous business day). Always inside the term and before its end.
/// </param>
public sealed record ContractTerm(int Number, DateOnly Start, DateOnly End, DateOnly CancelBy)
{
    /// <summary>Days in the term.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// Days of the term year, the basis of daily prices: the term's own days for a full year (365, or 366 when it
    /// spans February 29 — also a year from 2028-02-29, which ends 2029-02-28), and for a shortened first term (002's
    /// first term ends on the first March 31) the days of the year that ends with it.
    /// </summary>
    public int DaysInTermYear => Math.Max(Days, End.DayNumber - End.AddDays(1).AddYears(-1).DayNumber + 1);

    /// <summary>True when <paramref name="date"/> is inside the term.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
