using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>The documents finance exports: issued invoices and credit notes (a cancelled invoice was issued and booked; its credit note reverses it). Drafts never.</summary>
internal static class IssuedDocuments
{
    // Wholesale unless told: a partner's own retail invoices are never its payables nor the vendor's receivables.
    public static IQueryable<Invoice> Of(HubDbContext db, Guid? issuerId, Guid? partnerId, InvoiceRecipientKind recipients = InvoiceRecipientKind.Partner)
    {
        var documents = db.Invoices.AsNoTracking().Where(i => i.RecipientKind == recipients && i.Status != InvoiceStatus.Draft);
        if (issuerId is { } issuer)
        {
            documents = documents.Where(i => i.IssuerId == issuer);
        }

        if (partnerId is { } partner)
        {
            documents = documents.Where(i => i.PartnerId == partner);
        }

        return documents;
    }

    public static IQueryable<Invoice> Of(HubDbContext db, ReceivableFilter filter)
    {
        var documents = Of(db, filter.IssuerId, filter.PartnerId, filter.Recipients);
        return filter.CounterpartyId is { } counterparty ? documents.Where(i => i.RecipientId == counterparty) : documents;
    }

    public static IQueryable<Invoice> In(HubDbContext db, FinanceExportFilter filter) =>
        Of(db, filter.IssuerId, filter.PartnerId).Where(i => i.TransactionDate >= filter.From && i.TransactionDate <= filter.To);
}
