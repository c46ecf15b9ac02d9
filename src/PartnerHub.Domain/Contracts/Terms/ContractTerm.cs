namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>One term of a contract: its number (1 = first term) and its first and last day (inclusive).</summary>
/// <param name="Number">1 for the first term, 2 after the first renewal, …</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (the expiry, 004 §4-3; 002 §4-2: March 31).</param>
/// <param name="CancelBy">
/// Last day a non-renewal notice ends the contract at <paramref name="End"/>: the corresponding day two months before
/// the expiry (004 §4-3: 満了の2か月前までに; DOMAIN.md "Decisions"), rolled back to the previous business day where the
/// terms say so (002 §12-1); <paramref name="End"/> itself when the plan sets no notice period. On or before the end.
/// </param>
/// <param name="CancelByBusinessDay">
/// The last business day of the plan's calendar on or before <paramref name="CancelBy"/>: the day the partner must act
/// by when the cancel-by date falls on a closed day (004 has no roll-back rule, so its deadline stays and the worklist
/// and reminders warn from this day). Equal to <paramref name="CancelBy"/> when that is a business day.
/// </param>
public sealed record ContractTerm(int Number, DateOnly Start, DateOnly End, DateOnly CancelBy, DateOnly CancelByBusinessDay)
{
    /// <summary>Days in the term.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// Days of the term year, the basis of daily prices: the term's own days for a full year (365, or 366 when it
    /// spans February 29 — also a year from 2028-02-29, which ends 2029-02-28), and for a shortened first term (002's
    /// first term ends on the first March 31) the days of the year that ends with it.
    /// </summary>
    public int DaysInTermYear => Math.Max(Days, End.DayNumber - End.AddDays(1).AddYears(-1).DayNumber + 1);

    /// <summary>True when the cancel-by date is a closed day of the plan's calendar (the worklist warns earlier).</summary>
    public bool CancelByIsClosedDay => CancelByBusinessDay != CancelBy;

    /// <summary>True when <paramref name="date"/> is inside the term.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
