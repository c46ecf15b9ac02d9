using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Accounting;

/// <summary>
/// One side of a journal line. <see cref="Amount"/> is tax-included and <see cref="TaxAmount"/> the tax inside it, the
/// shape both 弥生 (金額 = 税込, 税金額 separate; FORMATS.md §1.2 cols I/J) and freee (内税 with 税額) import.
/// </summary>
/// <param name="Account">勘定科目 as named in the customer's chart of accounts.</param>
/// <param name="SubAccount">補助科目 (freee: 取引先); empty when none.</param>
/// <param name="TaxCategory">税区分 as the target system spells it (「課税売上込10%」, 「対象外」, …).</param>
/// <param name="Amount">Tax-included amount, zero or positive.</param>
/// <param name="TaxAmount">Tax inside <see cref="Amount"/>.</param>
/// <param name="Department">部門 (弥生 cols G/M); empty when none. freee's import file here has no 部門 column.</param>
public sealed record JournalSide(string Account, string SubAccount, string TaxCategory, Yen Amount, Yen TaxAmount, string Department = "");

/// <summary>One journal line: a debit and a credit of the same amount.</summary>
/// <param name="Date">Transaction date (取引日付).</param>
/// <param name="Debit">借方.</param>
/// <param name="Credit">貸方.</param>
/// <param name="Description">摘要.</param>
public sealed record JournalLine(DateOnly Date, JournalSide Debit, JournalSide Credit, string Description);

/// <summary>A journal entry (one voucher): the lines of one source document, kept together on import.</summary>
/// <param name="Number">The source document's number (伝票番号 in freee, which groups lines by date + number).</param>
/// <param name="Lines">At least one line.</param>
public sealed record JournalEntry(string Number, IReadOnlyList<JournalLine> Lines);

/// <summary>A document's total for one tax rate: what a qualified invoice states per rate.</summary>
/// <param name="Category">Standard, reduced or exempt.</param>
/// <param name="Rate">The rate applied.</param>
/// <param name="Net">Tax-excluded total; negative for a credit.</param>
/// <param name="Tax">Consumption tax on it, computed once per rate; negative for a credit.</param>
public sealed record TaxedAmount(TaxCategory Category, TaxRate Rate, Yen Net, Yen Tax)
{
    /// <summary>Net plus tax.</summary>
    public Yen Gross => Net + Tax;
}

/// <summary>
/// What the journal is built from: an issued invoice or credit note reduced to what bookkeeping needs, so that this
/// module does not depend on how invoices are stored.
/// </summary>
/// <param name="Date">Transaction date.</param>
/// <param name="Counterparty">Who the document is addressed to, as the books name them.</param>
/// <param name="Number">Document number.</param>
/// <param name="Amounts">Totals per tax rate.</param>
public sealed record SalesDocument(DateOnly Date, string Counterparty, string Number, IReadOnlyList<TaxedAmount> Amounts);

/// <summary>Why a document could not be turned into journal lines.</summary>
public enum JournalProblemCode
{
    /// <summary>The mapping has no 税区分 for the document's tax category and rate (sales or return side).</summary>
    TaxCategoryNotMapped,

    /// <summary>Every per-rate total is zero: nothing to book.</summary>
    NothingToBook,
}

/// <summary>A document that produced no journal entry, and why.</summary>
/// <param name="DocumentNumber">The document.</param>
/// <param name="Code">The reason.</param>
/// <param name="Category">For <see cref="JournalProblemCode.TaxCategoryNotMapped"/>: the unmapped category.</param>
/// <param name="Rate">For <see cref="JournalProblemCode.TaxCategoryNotMapped"/>: the unmapped rate.</param>
/// <param name="IsReturn">For <see cref="JournalProblemCode.TaxCategoryNotMapped"/>: whether the return side is missing.</param>
public sealed record JournalProblem(string DocumentNumber, JournalProblemCode Code, TaxCategory? Category = null, TaxRate? Rate = null, bool IsReturn = false);

/// <summary>Entries for the documents that could be booked, and problems for those that could not (never a partial entry).</summary>
/// <param name="Entries">One entry per bookable document, in input order.</param>
/// <param name="Problems">One or more problems per refused document.</param>
public sealed record JournalBuildResult(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<JournalProblem> Problems);

/// <summary>
/// The customer's chart of accounts as finance configures it: account names and 税区分 strings differ per company and
/// per target system (freee 「課税売上10%」 vs 弥生 「課税売上込10%」, FORMATS.md §1.3, §2.3), so the hub only maps.
/// </summary>
public sealed record JournalMapping
{
    /// <summary>売掛金 (debit of a sale).</summary>
    public required string ReceivableAccount { get; init; }

    /// <summary>売上高 (credit of a sale).</summary>
    public required string SalesAccount { get; init; }

    /// <summary>The account debited for a credit note (売上値引高 or 売上高 itself).</summary>
    public required string SalesReturnsAccount { get; init; }

    /// <summary>税区分 of the receivable side (弥生 「対象外」; freee 「対象外」).</summary>
    public required string ReceivableTaxCategory { get; init; }

    /// <summary>Whether the counterparty goes into 補助科目 of the receivable side.</summary>
    public bool CounterpartyAsSubAccount { get; init; } = true;

    /// <summary>部門 of the sales and returns side (a profit-and-loss account is what departments split); empty for none.</summary>
    public string Department { get; init; } = string.Empty;

    /// <summary>税区分 of sales per tax category and rate percent (e.g. Standard/10 → 「課税売上込10%」).</summary>
    public required IReadOnlyDictionary<(TaxCategory Category, int RatePercent), string> SalesTaxCategories { get; init; }

    /// <summary>税区分 of returns per tax category and rate percent (e.g. Standard/10 → 「課税売返込10%」).</summary>
    public required IReadOnlyDictionary<(TaxCategory Category, int RatePercent), string> ReturnTaxCategories { get; init; }
}

/// <summary>
/// Builds journal entries from sales documents. Per tax rate of a document, one line:
/// a charge debits the receivable and credits sales with the rate's 税区分; a negative rate total (credit note, or a
/// credit larger than the charges of its rate) debits the returns account and credits the receivable with the positive
/// amount, because 弥生 takes no negative amounts (FORMATS.md §1.2 col I). The description is 「counterparty number」.
/// </summary>
public static class JournalEntries
{
    /// <summary>Entries for every document that maps completely; problems for the rest.</summary>
    public static JournalBuildResult FromSales(IEnumerable<SalesDocument> documents, JournalMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mapping);
        var entries = new List<JournalEntry>();
        var problems = new List<JournalProblem>();
        foreach (SalesDocument document in documents)
        {
            var lines = new List<JournalLine>();
            var documentProblems = new List<JournalProblem>();
            foreach (TaxedAmount amount in document.Amounts.Where(a => a.Gross != Yen.Zero))
            {
                bool isReturn = amount.Gross.IsNegative;
                var categories = isReturn ? mapping.ReturnTaxCategories : mapping.SalesTaxCategories;
                if (!categories.TryGetValue((amount.Category, amount.Rate.Percent), out string? taxCategory))
                {
                    documentProblems.Add(new JournalProblem(document.Number, JournalProblemCode.TaxCategoryNotMapped, amount.Category, amount.Rate, isReturn));
                    continue;
                }

                lines.Add(Line(document, mapping, amount, taxCategory));
            }

            if (documentProblems.Count > 0)
            {
                problems.AddRange(documentProblems);
            }
            else if (lines.Count == 0)
            {
                problems.Add(new JournalProblem(document.Number, JournalProblemCode.NothingToBook));
            }
            else
            {
                entries.Add(new JournalEntry(document.Number, lines));
            }
        }

        return new JournalBuildResult(entries, problems);
    }

    private static JournalLine Line(SalesDocument document, JournalMapping mapping, TaxedAmount amount, string taxCategory)
    {
        string subAccount = mapping.CounterpartyAsSubAccount ? document.Counterparty : string.Empty;
        string description = document.Counterparty + " " + document.Number;
        if (amount.Gross.IsNegative)
        {
            Yen gross = -amount.Gross;
            var returns = new JournalSide(mapping.SalesReturnsAccount, string.Empty, taxCategory, gross, -amount.Tax, mapping.Department);
            var receivable = new JournalSide(mapping.ReceivableAccount, subAccount, mapping.ReceivableTaxCategory, gross, Yen.Zero);
            return new JournalLine(document.Date, returns, receivable, description);
        }

        var debit = new JournalSide(mapping.ReceivableAccount, subAccount, mapping.ReceivableTaxCategory, amount.Gross, Yen.Zero);
        var credit = new JournalSide(mapping.SalesAccount, string.Empty, taxCategory, amount.Gross, amount.Tax, mapping.Department);
        return new JournalLine(document.Date, debit, credit, description);
    }
}
