using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// Which receivables: one issuer's (the vendor's, or a partner billing customers), optionally one partner's documents, optionally
/// one counterparty's (the recipient: a partner's own statement is what it was billed, not what it billed its customers).
/// </summary>
public sealed record ReceivableFilter(Guid? IssuerId = null, Guid? PartnerId = null, Guid? CounterpartyId = null);

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
/// read receivables through. Payments (Features/Billing/Payments) replace the registration with a source that also subtracts
/// the allocations made by that day; everything that reads receivables then follows without change.
/// </summary>
public interface IOpenReceivableSource
{
    /// <summary>Invoices issued on or before <paramref name="asOf"/> with anything open on that day (settled ones are left out).</summary>
    Task<IReadOnlyList<OpenInvoice>> OpenAsync(ReceivableFilter filter, DateOnly asOf, CancellationToken cancellationToken = default);
}

/// <summary>
/// Until payments are recorded: an invoice's open balance is its total minus the credit notes issued against it by the as-of
/// day (a fully credited, cancelled invoice is settled; an invoice cancelled after the as-of day was still open on it).
/// </summary>
public sealed class CreditedInvoiceReceivables(IDbContextFactory<HubDbContext> contextFactory) : IOpenReceivableSource
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
        return
        [
            .. invoices
                .Select(i => new OpenInvoice(i.Id, i.RecipientId, i.RecipientName, i.Number ?? string.Empty, i.DueDate,
                    i.GrandTotal + credited.GetValueOrDefault(i.Id, Yen.Zero)))
                .Where(i => i.OpenAmount != Yen.Zero),
        ];
    }
}
