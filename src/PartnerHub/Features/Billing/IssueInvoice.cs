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
/// first of all), prints the PDF with the next number of the issuer's fiscal year, then in one transaction takes that number
/// (<see cref="InvoiceNumbering"/>), stores the PDF and its SHA-256 with the now immutable document and, for a credit note
/// reversing its invoice in full, cancels the invoice. Any failure rolls everything back, the number included, so the
/// sequence keeps no gap.
/// </summary>
public sealed class IssueInvoice(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, InvoicePrinter printer, IOptions<BillingOptions> options, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<IssueResult> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return IssueResult.Failed(InvoiceProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return IssueResult.Failed(InvoiceProblem.NotFound);
        }

        if (!invoice.IsDraft)
        {
            return IssueResult.Failed(InvoiceProblem.NotDraft);
        }

        return await IssueDraftAsync(db, invoice, currentUser.Name, cancellationToken);
    }

    /// <summary>
    /// Issues <paramref name="invoice"/>, a draft tracked by <paramref name="db"/> (stored, or only added — then it is stored with its
    /// issue, or not at all), in the name of <paramref name="by"/>. The caller has checked the role: the invoicing run issues its
    /// month's drafts through this.
    /// </summary>
    public async Task<IssueResult> IssueDraftAsync(HubDbContext db, Invoice invoice, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(invoice);
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

        string series = InvoiceNumberFormat.SeriesOf(invoice.Kind);
        using var turn = await InvoiceNumbering.QueueAsync(invoice.IssuerId, fiscalYear, series, cancellationToken);
        for (int attempt = 1; ; attempt++)
        {
            long next = await InvoiceNumbering.PeekNextAsync(db, invoice.IssuerId, fiscalYear, series, cancellationToken);
            string number = InvoiceNumberFormat.Format(series, fiscalYear, next);
            byte[] pdf = await printer.RenderAsync(invoice, qualified.Invoice, number, issuedOn, issuer, recipientAddress, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await InvoiceNumbering.TryTakeAsync(db, invoice.IssuerId, fiscalYear, series, next, cancellationToken))
            {
                // Another hub instance issued in this series meanwhile: print again with the next number.
                await transaction.RollbackAsync(cancellationToken);
                if (attempt == MaxAttempts)
                {
                    return IssueResult.Failed(InvoiceProblem.Conflict);
                }

                continue;
            }

            return await StoreAsync(db, transaction, invoice, qualified.Invoice, number, fiscalYear, pdf, now, by, cancellationToken);
        }
    }

    private static async Task<IssueResult> StoreAsync(HubDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Invoice invoice,
        QualifiedInvoice document, string number, int fiscalYear, byte[] pdf, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var stored = new InvoicePdf(invoice, pdf);
        if (invoice.Issue(number, fiscalYear, document, stored.Sha256, now, by) is { } refusal)
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
