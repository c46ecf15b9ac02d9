namespace PartnerHub.EndToEndTests;

/// <summary>
/// The workflows that issue invoices or sum the finance books run one after the other: a run issuing while the exports are summed
/// would change the sums between the file and the check.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FinanceBooks
{
    public const string Name = "Finance books";
}
