using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// The invoice register and the journal's source documents for a period: every issued document, no page and no cap (the
/// export is the books' source), in transaction-date and number order.
/// </summary>
public sealed class InvoiceRegisterQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<RegisterRow>> RegisterAsync(FinanceExportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await Documents(db, filter).ToListAsync(cancellationToken);
        var creditNotes = (await IssuedDocuments.Of(db, filter.IssuerId, filter.PartnerId)
                .Where(n => n.Kind == InvoiceKind.CreditNote && n.OriginalInvoiceId != null)
                .Select(n => new { Original = n.OriginalInvoiceId!.Value, n.Number })
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.Original, n => n.Number);
        return [.. documents.Select(d => d.ToRow(d.Kind == InvoiceKind.CreditNote
            ? d.OriginalNumber ?? string.Empty
            : string.Join(" ", creditNotes[d.Id].Order(StringComparer.Ordinal))))];
    }

    /// <summary>
    /// The documents as bookkeeping sees them (date, counterparty, number, totals per rate in category order: the database keeps
    /// no order of a document's rate rows) for the journal files.
    /// </summary>
    public async Task<IReadOnlyList<SalesDocument>> SalesDocumentsAsync(FinanceExportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await Documents(db, filter).ToListAsync(cancellationToken);
        return [.. documents.Select(d => new SalesDocument(d.TransactionDate, d.Counterparty, d.Number ?? string.Empty,
            [.. d.Rates.OrderBy(r => r.Category).Select(r => new TaxedAmount(r.Category, new TaxRate(r.RatePercent), r.Net, r.Tax))]))];
    }

    /// <summary>The organisations that have issued documents, for the issuer choice of the exports page.</summary>
    public async Task<IReadOnlyList<IssuerOption>> IssuersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var issuers = await db.Invoices.AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft && i.IssuerName != null)
            .Select(i => new { i.IssuerId, i.IssuerName }).Distinct().ToListAsync(cancellationToken);
        return [.. issuers.GroupBy(i => i.IssuerId).Select(g => new IssuerOption(g.Key, g.First().IssuerName!)).OrderBy(i => i.Name, StringComparer.Ordinal)];
    }

    private static IQueryable<RegisterDocument> Documents(HubDbContext db, FinanceExportFilter filter) =>
        IssuedDocuments.In(db, filter)
            .OrderBy(i => i.TransactionDate).ThenBy(i => i.Number)
            .Select(i => new RegisterDocument(
                i.Id, i.IssuerName ?? string.Empty, i.RecipientName, i.Number, i.Kind, i.Status, i.TransactionDate, i.DueDate, i.OriginalNumber,
                i.TaxExcludedTotal, i.TaxTotal, i.GrandTotal,
                i.RateTotals.Select(r => new RegisterRate(r.Category, r.RatePercent, r.TaxExcludedAmount, r.Tax)).ToList()));

    private sealed record RegisterRate(TaxCategory Category, int RatePercent, Yen Net, Yen Tax);

    private sealed record RegisterDocument(
        Guid Id, string IssuerName, string Counterparty, string? Number, InvoiceKind Kind, InvoiceStatus Status, DateOnly TransactionDate, DateOnly DueDate,
        string? OriginalNumber, Yen TaxExcludedTotal, Yen TaxTotal, Yen GrandTotal, List<RegisterRate> Rates)
    {
        public RegisterRow ToRow(string references) => new(
            IssuerName, Counterparty, Number ?? string.Empty, Kind, Status, TransactionDate, DueDate,
            Net(TaxCategory.Standard), Tax(TaxCategory.Standard), Net(TaxCategory.Reduced), Tax(TaxCategory.Reduced), Net(TaxCategory.Exempt),
            TaxExcludedTotal, TaxTotal, GrandTotal, references);

        private Yen Net(TaxCategory category) => Yen.Sum(Rates.Where(r => r.Category == category).Select(r => r.Net));

        private Yen Tax(TaxCategory category) => Yen.Sum(Rates.Where(r => r.Category == category).Select(r => r.Tax));
    }
}

public sealed record IssuerOption(Guid Id, string Name);

/// <summary>
/// One line of the invoice register: the document, its tax-excluded amount and tax per rate (standard, reduced; exempt has no
/// tax), totals, status, and the credit notes against an invoice (or, on a credit note, the invoice it credits).
/// </summary>
public sealed record RegisterRow(
    string IssuerName, string Counterparty, string Number, InvoiceKind Kind, InvoiceStatus Status, DateOnly TransactionDate, DateOnly DueDate,
    Yen StandardNet, Yen StandardTax, Yen ReducedNet, Yen ReducedTax, Yen ExemptNet, Yen TaxExcludedTotal, Yen TaxTotal, Yen GrandTotal, string References);
