using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>The outcome of a draft change: the document, or why nothing changed.</summary>
public sealed record DraftChangeResult(Guid? InvoiceId, InvoiceProblem? Problem = null, InvoiceRefusal? Refusal = null)
{
    public static DraftChangeResult Failed(InvoiceProblem problem) => new(null, problem);

    public static DraftChangeResult Refused(InvoiceRefusal refusal) => new(null, InvoiceProblem.Refused, refusal);
}

/// <summary>A line finance types in: the amount is a positive magnitude (a credit note stores it negated).</summary>
public sealed record ManualLineInput(string? Description, long Quantity, long UnitPrice, TaxCategory TaxCategory, string? Reason);

/// <summary>Starts a vendor → partner invoice (wholesale) for finance: no number until it is issued.</summary>
public sealed class CreateInvoiceDraft(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<BillingOptions> options, TimeProvider clock)
{
    public async Task<DraftChangeResult> ExecuteAsync(Guid partnerId, DateOnly transactionDate, DateOnly dueDate, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == partnerId && o.Kind == OrganisationKind.SalesPartner, cancellationToken);
        if (partner is null)
        {
            return DraftChangeResult.Failed(InvoiceProblem.InvalidInput);
        }

        var draft = Invoice.DraftInvoice(Guid.NewGuid(), currentUser.Scope.OwnOrganisationId, partner.Id, InvoiceRecipientKind.Partner, partner.Id,
            partner.Name, transactionDate, dueDate, options.Value.TaxPolicy, clock.GetUtcNow(), currentUser.Name);
        if (draft.Invoice is null)
        {
            return DraftChangeResult.Refused(draft.Refusal!.Value);
        }

        db.Invoices.Add(draft.Invoice);
        await db.SaveChangesAsync(cancellationToken);
        return new DraftChangeResult(draft.Invoice.Id);
    }
}

/// <summary>
/// Starts a credit note (適格返還請求書) for an issued invoice, dated today, with every line of the invoice reversed; finance
/// removes lines for a partial credit, then issues it.
/// </summary>
public sealed class CreateCreditNote(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<DraftChangeResult> ExecuteAsync(Guid originalId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var original = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == originalId, cancellationToken);
        if (original is null)
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotFound);
        }

        if (!InvoiceIssuers.MayManage(currentUser, original))
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotAllowed);
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var note = Invoice.DraftCreditNote(original, Guid.NewGuid(), today, today, now, currentUser.Name);
        if (note.Invoice is null)
        {
            return DraftChangeResult.Refused(note.Refusal!.Value);
        }

        db.Invoices.Add(note.Invoice);
        await db.SaveChangesAsync(cancellationToken);
        return new DraftChangeResult(note.Invoice.Id);
    }
}

/// <summary>Adds a manual line, with its reason, to a draft.</summary>
public sealed class AddInvoiceLine(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<DraftChangeResult> ExecuteAsync(Guid invoiceId, ManualLineInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Description) || input.Quantity < 1 || input.UnitPrice < 0)
        {
            return DraftChangeResult.Failed(InvoiceProblem.InvalidInput);
        }

        return await DraftEdit.ApplyAsync(contextFactory, currentUser, invoiceId, invoice =>
        {
            var line = invoice.Kind == InvoiceKind.CreditNote
                ? new InvoiceLine(input.Description.Trim(), input.Quantity, -new Yen(input.UnitPrice), input.TaxCategory, InvoiceLineKind.Credit)
                : InvoiceLine.Charge(input.Description.Trim(), input.Quantity, new Yen(input.UnitPrice), input.TaxCategory);
            return invoice.AddLine(line, InvoiceLineSource.Manual(input.Reason));
        }, cancellationToken);
    }
}

/// <summary>Removes a line from a draft.</summary>
public sealed class RemoveInvoiceLine(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public Task<DraftChangeResult> ExecuteAsync(Guid invoiceId, Guid itemId, CancellationToken cancellationToken = default) =>
        DraftEdit.ApplyAsync(contextFactory, currentUser, invoiceId, invoice => invoice.RemoveLine(itemId), cancellationToken);
}

/// <summary>Loads a document for its issuer's users (finance, or the partner for retail), applies one intent method and saves, reporting refusals and concurrent edits.</summary>
internal static class DraftEdit
{
    public static async Task<DraftChangeResult> ApplyAsync(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, Guid invoiceId,
        Func<Invoice, InvoiceRefusal?> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotFound);
        }

        if (!InvoiceIssuers.MayManage(currentUser, invoice))
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotAllowed);
        }

        if (change(invoice) is { } refusal)
        {
            return DraftChangeResult.Refused(refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DraftChangeResult.Failed(InvoiceProblem.Conflict);
        }

        return new DraftChangeResult(invoice.Id);
    }
}
