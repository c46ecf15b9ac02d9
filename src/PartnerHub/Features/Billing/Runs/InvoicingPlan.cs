using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// One invoice the run would issue to a partner: the draft exactly as it would be issued (lines, dates, totals), and what the law's
/// check finds missing (the issuer's registration number, credits above the charges of a rate) — then it is refused, not issued.
/// </summary>
public sealed record PlannedInvoice(Guid PartnerId, string PartnerName, Invoice Draft, IReadOnlyList<InvoiceDefect> Defects)
{
    public bool CanIssue => Defects.Count == 0;
}

/// <summary>A line of a planned invoice with its partner, for the preview's line list.</summary>
public sealed record PlannedLine(Guid PartnerId, string PartnerName, InvoiceItem Item);

/// <summary>
/// Everything the run would bill for a month: one invoice per partner, the charges found already billed (skipped), the contracts it
/// cannot bill. The preview shows it; "issue" makes it again from the data as they are then and issues it.
/// </summary>
public sealed record InvoicingPlan(BillingMonth Month, IReadOnlyList<PlannedInvoice> Invoices, int ContractsRead, int AlreadyBilled,
    IReadOnlyList<RefusedContract> RefusedContracts)
{
    public int LineCount => Invoices.Sum(i => i.Draft.Items.Count);

    /// <summary>What the invoices that can be issued total (tax included).</summary>
    public Yen GrandTotal => Yen.Sum(Invoices.Where(i => i.CanIssue).Select(i => i.Draft.GrandTotal));

    public IEnumerable<PlannedLine> Lines => Invoices.SelectMany(i => i.Draft.Items.Select(item => new PlannedLine(i.PartnerId, i.PartnerName, item)));

    /// <summary>A page of the invoices, with their count.</summary>
    public PagedResult<PlannedInvoice> InvoicePage(ListRequest request) => PageOf(Invoices, request);

    /// <summary>A page of the lines (of one partner's invoice, or of all), with their count.</summary>
    public PagedResult<PlannedLine> LinePage(ListRequest request, Guid? partnerId = null) =>
        PageOf(partnerId is { } partner ? Lines.Where(l => l.PartnerId == partner) : Lines, request);

    /// <summary>A page of the contracts that cannot be billed, with their count.</summary>
    public PagedResult<RefusedContract> RefusedPage(ListRequest request) => PageOf(RefusedContracts, request);

    private static PagedResult<T> PageOf<T>(IEnumerable<T> all, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = all as IReadOnlyCollection<T> ?? all.ToList();
        return new PagedResult<T>(list.Skip(request.Skip).Take(request.Take).ToList(), list.Count);
    }
}
