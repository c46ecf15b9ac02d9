using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Accounting;

/// <summary>The accounting system a journal file is written for; each keeps its own mapping (税区分 strings differ, FORMATS.md §2.3).</summary>
public enum JournalTarget
{
    /// <summary>弥生会計 「弥生インポート形式」.</summary>
    Yayoi,

    /// <summary>freee 会計 「仕訳インポート」.</summary>
    Freee,
}

/// <summary>
/// What finance maps, flat: accounts, the receivable side's 税区分, 部門, and one sales and one returns 税区分 per tax
/// category (the rate of each category is the one in force; an empty 税区分 leaves that category unmapped, so a document
/// needing it is reported instead of booked).
/// </summary>
public sealed record JournalMappingValues(
    string ReceivableAccount,
    string SalesAccount,
    string SalesReturnsAccount,
    string ReceivableTaxCategory,
    bool CounterpartyAsSubAccount,
    string Department,
    string StandardSales,
    string ReducedSales,
    string ExemptSales,
    string StandardReturns,
    string ReducedReturns,
    string ExemptReturns)
{
    /// <summary>Rate percent of each category in the mapping's keys (standard 10%, reduced 8%, exempt 0%).</summary>
    public static int RatePercentOf(TaxCategory category) => category switch
    {
        TaxCategory.Standard => 10,
        TaxCategory.Reduced => 8,
        TaxCategory.Exempt => 0,
    };

    /// <summary>The values of a preset or stored mapping.</summary>
    public static JournalMappingValues From(JournalMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return new JournalMappingValues(
            mapping.ReceivableAccount, mapping.SalesAccount, mapping.SalesReturnsAccount, mapping.ReceivableTaxCategory,
            mapping.CounterpartyAsSubAccount, mapping.Department,
            Of(mapping.SalesTaxCategories, TaxCategory.Standard), Of(mapping.SalesTaxCategories, TaxCategory.Reduced), Of(mapping.SalesTaxCategories, TaxCategory.Exempt),
            Of(mapping.ReturnTaxCategories, TaxCategory.Standard), Of(mapping.ReturnTaxCategories, TaxCategory.Reduced), Of(mapping.ReturnTaxCategories, TaxCategory.Exempt));
    }

    /// <summary>The mapping the journal builder uses; blank 税区分 are left out (reported per document, never guessed).</summary>
    public JournalMapping ToMapping() => new()
    {
        ReceivableAccount = ReceivableAccount,
        SalesAccount = SalesAccount,
        SalesReturnsAccount = SalesReturnsAccount,
        ReceivableTaxCategory = ReceivableTaxCategory,
        CounterpartyAsSubAccount = CounterpartyAsSubAccount,
        Department = Department,
        SalesTaxCategories = Categories((TaxCategory.Standard, StandardSales), (TaxCategory.Reduced, ReducedSales), (TaxCategory.Exempt, ExemptSales)),
        ReturnTaxCategories = Categories((TaxCategory.Standard, StandardReturns), (TaxCategory.Reduced, ReducedReturns), (TaxCategory.Exempt, ExemptReturns)),
    };

    /// <summary>The same values with every text trimmed (what is stored).</summary>
    public JournalMappingValues Trimmed() => this with
    {
        ReceivableAccount = ReceivableAccount.Trim(),
        SalesAccount = SalesAccount.Trim(),
        SalesReturnsAccount = SalesReturnsAccount.Trim(),
        ReceivableTaxCategory = ReceivableTaxCategory.Trim(),
        Department = Department.Trim(),
        StandardSales = StandardSales.Trim(),
        ReducedSales = ReducedSales.Trim(),
        ExemptSales = ExemptSales.Trim(),
        StandardReturns = StandardReturns.Trim(),
        ReducedReturns = ReducedReturns.Trim(),
        ExemptReturns = ExemptReturns.Trim(),
    };

    private static string Of(IReadOnlyDictionary<(TaxCategory Category, int RatePercent), string> categories, TaxCategory category) =>
        categories.TryGetValue((category, RatePercentOf(category)), out string? value) ? value : string.Empty;

    private static Dictionary<(TaxCategory Category, int RatePercent), string> Categories(params (TaxCategory Category, string Value)[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => (v.Category, RatePercentOf(v.Category)), v => v.Value);
}

/// <summary>
/// Finance's journal mapping for one target, stored so every export uses the customer's own chart of accounts. Starts from
/// a preset and changes only by <see cref="Revise"/>; the audit trail keeps every revision.
/// </summary>
public sealed class JournalMappingSetting : IVersioned
{
    private JournalMappingSetting(Guid id, JournalTarget target, JournalMappingValues values, DateTimeOffset at, string by)
    {
        Id = id;
        Target = target;
        ReceivableAccount = SalesAccount = SalesReturnsAccount = ReceivableTaxCategory = Department = string.Empty;
        StandardSales = ReducedSales = ExemptSales = StandardReturns = ReducedReturns = ExemptReturns = string.Empty;
        UpdatedBy = string.Empty;
        Revise(values, at, by);
    }

    private JournalMappingSetting()
    {
        ReceivableAccount = SalesAccount = SalesReturnsAccount = ReceivableTaxCategory = Department = string.Empty;
        StandardSales = ReducedSales = ExemptSales = StandardReturns = ReducedReturns = ExemptReturns = string.Empty;
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The accounting system; one setting per target.</summary>
    public JournalTarget Target { get; private set; }

    public string ReceivableAccount { get; private set; }

    public string SalesAccount { get; private set; }

    public string SalesReturnsAccount { get; private set; }

    public string ReceivableTaxCategory { get; private set; }

    public bool CounterpartyAsSubAccount { get; private set; }

    public string Department { get; private set; }

    public string StandardSales { get; private set; }

    public string ReducedSales { get; private set; }

    public string ExemptSales { get; private set; }

    public string StandardReturns { get; private set; }

    public string ReducedReturns { get; private set; }

    public string ExemptReturns { get; private set; }

    /// <summary>When finance last changed it.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who last changed it.</summary>
    public string UpdatedBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>The stored values.</summary>
    public JournalMappingValues Values => new(
        ReceivableAccount, SalesAccount, SalesReturnsAccount, ReceivableTaxCategory, CounterpartyAsSubAccount, Department,
        StandardSales, ReducedSales, ExemptSales, StandardReturns, ReducedReturns, ExemptReturns);

    /// <summary>A first stored mapping for <paramref name="target"/> (usually the preset as finance edited it).</summary>
    public static JournalMappingSetting Create(Guid id, JournalTarget target, JournalMappingValues values, DateTimeOffset at, string by) =>
        new(id, target, values, at, by);

    /// <summary>Replaces the mapping with finance's new values (already validated against the target's limits).</summary>
    public void Revise(JournalMappingValues values, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var v = values.Trimmed();
        ReceivableAccount = v.ReceivableAccount;
        SalesAccount = v.SalesAccount;
        SalesReturnsAccount = v.SalesReturnsAccount;
        ReceivableTaxCategory = v.ReceivableTaxCategory;
        CounterpartyAsSubAccount = v.CounterpartyAsSubAccount;
        Department = Target == JournalTarget.Yayoi ? v.Department : string.Empty;
        StandardSales = v.StandardSales;
        ReducedSales = v.ReducedSales;
        ExemptSales = v.ExemptSales;
        StandardReturns = v.StandardReturns;
        ReducedReturns = v.ReducedReturns;
        ExemptReturns = v.ExemptReturns;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}
