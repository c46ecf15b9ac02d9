using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>Finance prints the PDF of an issued document that is "PDF pending" (its printing failed at issue).</summary>
public sealed class PrintInvoicePdf(CurrentUser currentUser, InvoicePdfPrinting pdfs)
{
    /// <summary>Whether the document now has its PDF (false: not allowed, not pending, or printing failed again).</summary>
    public async Task<bool> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return false;
        }

        var outcome = await pdfs.PrintAsync(currentUser.Scope, [invoiceId], null, cancellationToken);
        return outcome.Printed == 1;
    }
}
