using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// Where a line's charge comes from: a contract's term (the invoicing run's lines) or a manual entry with its reason
/// (電子帳簿保存法 asks that a manual adjustment can be explained).
/// </summary>
/// <param name="ContractId">The contract billed, if any.</param>
/// <param name="Term">The contract term billed (1 = first term), if any.</param>
/// <param name="ManualReason">Why finance entered the line by hand; null for contract lines.</param>
/// <param name="Charge">For a contract line, what it bills for the term; null (read as the term fee) on lines made before charges were told apart.</param>
/// <param name="PendingChargeId">For a line billing a pending charge (a swap, a return, an outage), that charge.</param>
public sealed record InvoiceLineSource(Guid? ContractId, int? Term, string? ManualReason, ContractCharge? Charge = null, Guid? PendingChargeId = null)
{
    /// <summary>A line billing the pending charge <paramref name="pendingChargeId"/> of a contract.</summary>
    public static InvoiceLineSource Pending(Guid contractId, Guid pendingChargeId) => new(contractId, null, null, null, pendingChargeId);

    /// <summary>A line billing <paramref name="charge"/> of <paramref name="term"/> of a contract (its fee unless told otherwise).</summary>
    public static InvoiceLineSource ContractTerm(Guid contractId, int term, ContractCharge charge = ContractCharge.TermFee) => new(contractId, term, null, charge);

    /// <summary>A line finance entered by hand, for <paramref name="reason"/>.</summary>
    public static InvoiceLineSource Manual(string? reason) => new(null, null, reason?.Trim());

    /// <summary>A contract line, or a manual line with a reason.</summary>
    public bool IsExplained => ContractId is not null || !string.IsNullOrWhiteSpace(ManualReason);
}

/// <summary>One stored line of an <see cref="Invoice"/>: the domain's <see cref="InvoiceLine"/> plus where it came from.</summary>
public sealed class InvoiceItem
{
    internal InvoiceItem(Guid id, int position, InvoiceLine line, InvoiceLineSource source)
    {
        Id = id;
        Position = position;
        Description = line.Description.Trim();
        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice;
        TaxCategory = line.TaxCategory;
        Kind = line.Kind;
        SourceContractId = source.ContractId;
        SourceTerm = source.Term;
        SourceCharge = source.ContractId is null || source.PendingChargeId is not null ? null : source.Charge ?? ContractCharge.TermFee;
        SourcePendingChargeId = source.PendingChargeId;
        ManualReason = source.ManualReason;
    }

    private InvoiceItem()
    {
        Description = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Order on the document (1-based).</summary>
    public int Position { get; private set; }

    /// <summary>What was supplied (取引内容).</summary>
    public string Description { get; private set; }

    /// <summary>How many units.</summary>
    public long Quantity { get; private set; }

    /// <summary>Price per unit on the invoice's price basis; negative for credits.</summary>
    public Yen UnitPrice { get; private set; }

    /// <summary>The tax category.</summary>
    public TaxCategory TaxCategory { get; private set; }

    /// <summary>Charge, damage charge or credit.</summary>
    public InvoiceLineKind Kind { get; private set; }

    /// <summary>The contract billed, if any.</summary>
    public Guid? SourceContractId { get; private set; }

    /// <summary>The contract term billed, if any.</summary>
    public int? SourceTerm { get; private set; }

    /// <summary>For a contract line, what it bills for the term.</summary>
    public ContractCharge? SourceCharge { get; private set; }

    /// <summary>The pending charge the line bills, if any.</summary>
    public Guid? SourcePendingChargeId { get; private set; }

    /// <summary>Why the line was entered by hand.</summary>
    public string? ManualReason { get; private set; }

    /// <summary>Quantity × unit price.</summary>
    public Yen Amount => UnitPrice * Quantity;

    /// <summary>A reduced-rate line must be marked as such on the document (消費税法 §57-4-1-3).</summary>
    public bool IsReducedRate => TaxCategory == TaxCategory.Reduced;

    /// <summary>Where the line came from.</summary>
    public InvoiceLineSource Source => new(SourceContractId, SourceTerm, ManualReason, SourceCharge, SourcePendingChargeId);

    /// <summary>The line as the tax calculation sees it.</summary>
    public InvoiceLine ToLine() => new(Description, Quantity, UnitPrice, TaxCategory, Kind);
}

/// <summary>The stored totals of one tax rate on an invoice, as printed (消費税法 §57-4-1-4, -5).</summary>
public sealed class InvoiceRateTotal
{
    internal InvoiceRateTotal(RateTotal total)
    {
        Id = Guid.NewGuid();
        Category = total.Category;
        RatePercent = total.Rate.Percent;
        LinesTotal = total.LinesTotal;
        TaxExcludedAmount = total.TaxExcludedAmount;
        Tax = total.Tax;
        TaxIncludedAmount = total.TaxIncludedAmount;
    }

    private InvoiceRateTotal()
    {
    }

    /// <summary>Identifier (the totals are replaced whenever a draft's lines change).</summary>
    public Guid Id { get; private set; }

    /// <summary>The tax category.</summary>
    public TaxCategory Category { get; private set; }

    /// <summary>The rate on the tax date, in percent.</summary>
    public int RatePercent { get; private set; }

    /// <summary>Sum of the category's line amounts on the invoice's price basis.</summary>
    public Yen LinesTotal { get; private set; }

    /// <summary>The category's amount without tax.</summary>
    public Yen TaxExcludedAmount { get; private set; }

    /// <summary>The category's tax, computed once from its total.</summary>
    public Yen Tax { get; private set; }

    /// <summary>The category's amount with tax.</summary>
    public Yen TaxIncludedAmount { get; private set; }
}
