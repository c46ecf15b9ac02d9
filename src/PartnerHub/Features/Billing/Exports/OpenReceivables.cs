using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// Which receivables: one issuer's (the vendor's, or a partner billing customers), optionally one partner's documents, optionally
/// one counterparty's (the recipient: a partner's own statement is what it was billed, not what it billed its customers); in the
/// wholesale book (documents addressed to partners) unless <paramref name="Recipients"/> says customers (a partner's retail book).
/// </summary>
public sealed record ReceivableFilter(Guid? IssuerId = null, Guid? PartnerId = null, Guid? CounterpartyId = null,
    InvoiceRecipientKind Recipients = InvoiceRecipientKind.Partner);

/// <summary>What a counterparty still owed on one invoice at a day.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="CounterpartyId">The recipient (partner or customer).</param>
/// <param name="CounterpartyName">The recipient's name as invoiced.</param>
/// <param name="Number">The invoice number.</param>
/// <param name="DueDate">The due date.</param>
/// <param name="OpenAmount">Still unpaid (negative: a credit in the counterparty's favour).</param>
public sealed record OpenInvoice(Guid InvoiceId, Guid CounterpartyId, string CounterpartyName, string Number, DateOnly DueDate, Yen OpenAmount)
{
    /// <summary>The domain's input of the aging report, keyed by the counterparty's id.</summary>
    public OpenReceivable ToReceivable() => new(CounterpartyId.ToString(), Number, DueDate, OpenAmount);
}

/// <summary>
/// The open balance of each issued invoice as of a day: the one seam the aging report, the finance home and the statement
/// read receivables through.
/// </summary>
public interface IOpenReceivableSource
{
    /// <summary>Invoices issued on or before <paramref name="asOf"/> with anything open on that day (settled ones are left out).</summary>
    Task<IReadOnlyList<OpenInvoice>> OpenAsync(ReceivableFilter filter, DateOnly asOf, CancellationToken cancellationToken = default);
}

/// <summary>
/// An invoice's open balance on a day: its total minus the credit notes issued against it by that day and the allocations of
/// the payments received by that day (the bank's receipt date, not the day finance allocated: aging as of month end counts
/// the money that had arrived). A fully credited or fully paid invoice is settled and left out; an over-payment stays on the
/// payment as the partner's credit, never on an invoice.
/// </summary>
public sealed class InvoiceReceivables(IDbContextFactory<HubDbContext> contextFactory) : IOpenReceivableSource
{
    public async Task<IReadOnlyList<OpenInvoice>> OpenAsync(ReceivableFilter filter, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = IssuedDocuments.Of(db, filter).Where(i => i.TransactionDate <= asOf);
        var invoices = await documents.Where(i => i.Kind == InvoiceKind.Invoice)
            .Select(i => new { i.Id, i.RecipientId, i.RecipientName, i.Number, i.DueDate, i.GrandTotal })
            .ToListAsync(cancellationToken);
        var credited = (await documents.Where(i => i.Kind == InvoiceKind.CreditNote && i.OriginalInvoiceId != null)
                .Select(i => new { Original = i.OriginalInvoiceId!.Value, i.GrandTotal })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.Original)
            .ToDictionary(g => g.Key, g => Yen.Sum(g.Select(c => c.GrandTotal)));
        var invoiceIds = invoices.Select(i => i.Id).ToList();
        var paid = (await db.Payments.AsNoTracking().Where(p => p.ReceivedOn <= asOf).SelectMany(p => p.Allocations)
                .Where(a => invoiceIds.Contains(a.InvoiceId)).Select(a => new { a.InvoiceId, a.Amount })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.InvoiceId)
            .ToDictionary(g => g.Key, g => Yen.Sum(g.Select(a => a.Amount)));
        return
        [
            .. invoices
                .Select(i => new OpenInvoice(i.Id, i.RecipientId, i.RecipientName, i.Number ?? string.Empty, i.DueDate,
                    i.GrandTotal + credited.GetValueOrDefault(i.Id, Yen.Zero) - paid.GetValueOrDefault(i.Id, Yen.Zero)))
                .Where(i => i.OpenAmount != Yen.Zero),
        ];
    }
}
