using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>What an issuer prints on its documents and numbers them by.</summary>
public sealed record InvoiceIssuer(Guid Id, string Name, InvoiceRegistrationNumber? Registration, string? Address, FiscalYearPolicy FiscalYear);

/// <summary>
/// The issuers of documents: the vendor (its organisation's name and registration number, the <c>Billing</c> fiscal year) for
/// wholesale invoices, a sales partner (its <see cref="RetailInvoicingProfile"/>) for its retail invoices.
/// Who may change a document is decided here too: only a user of the issuing organisation in a role that drafts its invoices.
/// </summary>
public static class InvoiceIssuers
{
    /// <summary>Whether <paramref name="user"/> may draft, issue, credit or print <paramref name="invoice"/>: its issuer's finance (the vendor) or partner users (retail).</summary>
    public static bool MayManage(CurrentUser user, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IssuerId != user.Scope.OwnOrganisationId)
        {
            return false;
        }

        return invoice.RecipientKind == InvoiceRecipientKind.Customer
            ? user.IsInAnyRole(BillingPermissions.RetailRoles)
            : user.IsInAnyRole(BillingPermissions.ManageRoles);
    }

    /// <summary>The issuers of <paramref name="issuerIds"/> as <paramref name="db"/> sees them.</summary>
    public static async Task<Dictionary<Guid, InvoiceIssuer>> LoadAsync(HubDbContext db, IEnumerable<Guid> issuerIds, BillingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var ids = issuerIds.Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        var partnerIds = organisations.Where(o => o.Kind == OrganisationKind.SalesPartner).Select(o => o.Id).ToList();
        Dictionary<Guid, RetailInvoicingProfile> profiles = partnerIds.Count == 0
            ? []
            : await db.RetailInvoicingProfiles.AsNoTracking().Where(p => partnerIds.Contains(p.PartnerId)).ToDictionaryAsync(p => p.PartnerId, cancellationToken);
        return organisations.ToDictionary(o => o.Id, o =>
        {
            string? address = InvoicePrinter.AddressOf(o.PostalCode, o.Address);
            if (o.Kind != OrganisationKind.SalesPartner)
            {
                var registration = InvoiceRegistrationNumber.Validate(o.InvoiceRegistrationNumber);
                return new InvoiceIssuer(o.Id, o.Name, registration.IsValid ? registration.Value : null, address, options.FiscalYear);
            }

            // A partner issues under the details it recorded; without them it has no registration number to print.
            return profiles.TryGetValue(o.Id, out var profile)
                ? new InvoiceIssuer(o.Id, profile.IssuerName, profile.Registration, address, profile.FiscalYear)
                : new InvoiceIssuer(o.Id, o.Name, null, address, options.FiscalYear);
        });
    }
}
