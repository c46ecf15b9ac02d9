using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Issues a draft invoice or credit note: checks it is a complete qualified document (the issuer's registration number
/// first of all), then in one transaction takes the next number of the issuer's fiscal year, prints the PDF with it, stores
/// the PDF and its SHA-256 with the now immutable document and, for a credit note reversing its invoice in full, cancels the
/// invoice. Any failure rolls everything back, the number included, so the sequence keeps no gap.
/// </summary>
public sealed class IssueInvoice(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, InvoicePrinter printer, IOptions<BillingOptions> options, TimeProvider clock)
{
    // Issues of one series wait for each other's printing (the counter row stays locked until commit), so a batch of them
    // queues longer than a single statement would.
    private static readonly TimeSpan s_waitForOtherIssues = TimeSpan.FromMinutes(5);

    public async Task<IssueResult> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return IssueResult.Failed(InvoiceProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(s_waitForOtherIssues);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return IssueResult.Failed(InvoiceProblem.NotFound);
        }

        if (!invoice.IsDraft)
        {
            return IssueResult.Failed(InvoiceProblem.NotDraft);
        }

        var issuer = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == invoice.IssuerId, cancellationToken);
        var registration = InvoiceRegistrationNumber.Validate(issuer.InvoiceRegistrationNumber);
        var qualified = invoice.ToQualified(issuer.Name, registration.IsValid ? registration.Value : null);
        if (!qualified.IsComplete)
        {
            return new IssueResult(null, InvoiceProblem.Incomplete, qualified.Defects);
        }

        string? recipientAddress = await RecipientAddressAsync(db, invoice, cancellationToken);
        var now = clock.GetUtcNow();
        var issuedOn = JapaneseFormat.TokyoDate(now);
        int fiscalYear = options.Value.FiscalYear.YearOf(issuedOn);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string number = await InvoiceNumbering.NextAsync(db, invoice.IssuerId, fiscalYear, InvoiceNumberFormat.SeriesOf(invoice.Kind), cancellationToken);
        byte[] pdf = await printer.RenderAsync(invoice, qualified.Invoice, number, issuedOn, issuer, recipientAddress, cancellationToken);
        var stored = new InvoicePdf(invoice, pdf);
        if (invoice.Issue(number, fiscalYear, qualified.Invoice, stored.Sha256, now, currentUser.Name) is { } refusal)
        {
            return IssueResult.Failed(InvoiceProblem.NotDraft, refusal);
        }

        db.InvoicePdfs.Add(stored);
        if (invoice.OriginalInvoiceId is { } originalId)
        {
            var original = await db.Invoices.SingleAsync(i => i.Id == originalId, cancellationToken);
            original.CancelWith(invoice);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone issued or changed the draft meanwhile; the rollback returns the number.
            return IssueResult.Failed(InvoiceProblem.Conflict);
        }

        await transaction.CommitAsync(cancellationToken);
        return new IssueResult(number, null, []);
    }

    private static async Task<string?> RecipientAddressAsync(HubDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.RecipientKind == InvoiceRecipientKind.Partner)
        {
            var partner = await db.Organisations.AsNoTracking().Where(o => o.Id == invoice.RecipientId)
                .Select(o => new { o.PostalCode, o.Address }).SingleOrDefaultAsync(cancellationToken);
            return partner is null ? null : InvoicePrinter.AddressOf(partner.PostalCode, partner.Address);
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == invoice.RecipientId)
            .Select(c => new { c.PostalCode, c.Prefecture, c.Address }).SingleOrDefaultAsync(cancellationToken);
        return customer is null ? null : InvoicePrinter.AddressOf(customer.PostalCode, customer.Prefecture + customer.Address);
    }
}

/// <summary>Why a billing use case did nothing.</summary>
public enum InvoiceProblem
{
    NotAllowed,
    NotFound,
    NotDraft,

    /// <summary>The document lacks an item the law requires; see the defects.</summary>
    Incomplete,

    /// <summary>Someone else changed the document meanwhile.</summary>
    Conflict,

    /// <summary>The domain refused the change; see the refusal.</summary>
    Refused,

    /// <summary>The input was not usable (no recipient, no description, quantity below one, …).</summary>
    InvalidInput,
}

/// <summary>The outcome of issuing: the number given, or the problem (with the missing items or the domain's refusal).</summary>
public sealed record IssueResult(string? Number, InvoiceProblem? Problem, IReadOnlyList<InvoiceDefect> Defects, InvoiceRefusal? Refusal = null)
{
    public static IssueResult Failed(InvoiceProblem problem, InvoiceRefusal? refusal = null) => new(null, problem, [], refusal);
}
