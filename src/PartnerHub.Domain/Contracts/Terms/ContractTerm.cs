namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>One term of a contract: its number (1 = first term) and its first and last day (inclusive).</summary>
/// <param name="Number">1 for the first term, 2 after the first renewal, …</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (the expiry, 004 §4-3).</param>
/// <param name="CancelBy">Last day a non-renewal notice ends the contract at <paramref name="End"/> (004 §4-3, 002 §12-1).</param>
public sealed record ContractTerm(int Number, DateOnly Start, DateOnly End, DateOnly CancelBy)
{
    /// <summary>Days in the term.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when <paramref name="date"/> is inside the term.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
