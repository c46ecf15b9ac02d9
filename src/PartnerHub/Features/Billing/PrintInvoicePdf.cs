using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>The issuer's users (finance; a partner for its retail invoice) print the PDF of an issued document that is "PDF pending" (its printing failed at issue).</summary>
public sealed class PrintInvoicePdf(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, InvoicePdfPrinting pdfs)
{
    /// <summary>Whether the document now has its PDF (false: not allowed, not pending, or printing failed again).</summary>
    public async Task<bool> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
            if (invoice is null || !InvoiceIssuers.MayManage(currentUser, invoice))
            {
                return false;
            }
        }

        var outcome = await pdfs.PrintAsync(currentUser.Scope, [invoiceId], null, cancellationToken);
        return outcome.Printed == 1;
    }
}
