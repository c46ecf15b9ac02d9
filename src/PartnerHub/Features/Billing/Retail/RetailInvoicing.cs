using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Calendars;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>The partner's retail invoicing details as its administrator edits them, with the organisation's own as a start.</summary>
public sealed record RetailSettingsView(RetailInvoicingProfile? Profile, string OrganisationName, string? OrganisationRegistrationNumber)
{
    public bool Enabled => Profile is { Enabled: true };
}

/// <summary>The outcome of saving the details: stored, or the domain's refusal, or a problem (not allowed, edited meanwhile).</summary>
public sealed record RetailSettingsResult(bool Saved, RetailProfileRefusal? Refusal = null, InvoiceProblem? Problem = null);

/// <summary>
/// A partner administrator opts in to invoicing the partner's customers through the hub and records the partner's qualified-invoice
/// issuer details (<see cref="RetailInvoicingProfile"/>), or opts out. Partner staff read them; nobody else (the vendor does not see
/// a partner's retail business).
/// </summary>
public sealed class RetailInvoicingSettings(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<RetailSettingsView?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid partnerId = currentUser.Scope.OwnOrganisationId;
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == partnerId, cancellationToken);
        var profile = await db.RetailInvoicingProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, cancellationToken);
        return new RetailSettingsView(profile, organisation.Name, organisation.InvoiceRegistrationNumber);
    }

    /// <summary>Opts in (again) with <paramref name="details"/>; nothing is stored when they are refused.</summary>
    public Task<RetailSettingsResult> SaveAsync(RetailIssuerDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return ChangeAsync((db, profile, now) =>
        {
            if (profile is not null)
            {
                return profile.Change(details, now, currentUser.Name);
            }

            var (made, refusal) = RetailInvoicingProfile.OptIn(currentUser.Scope.OwnOrganisationId, details, now, currentUser.Name);
            if (made is not null)
            {
                db.RetailInvoicingProfiles.Add(made);
            }

            return refusal;
        }, cancellationToken);
    }

    /// <summary>Stops drafting retail invoices; what was issued stays issued and readable.</summary>
    public Task<RetailSettingsResult> OptOutAsync(CancellationToken cancellationToken = default) =>
        ChangeAsync((_, profile, now) =>
        {
            profile?.OptOut(now, currentUser.Name);
            return null;
        }, cancellationToken);

    private async Task<RetailSettingsResult> ChangeAsync(Func<HubDbContext, RetailInvoicingProfile?, DateTimeOffset, RetailProfileRefusal?> change, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailSettingsRoles))
        {
            return new RetailSettingsResult(false, Problem: InvoiceProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid partnerId = currentUser.Scope.OwnOrganisationId;
        var profile = await db.RetailInvoicingProfiles.SingleOrDefaultAsync(p => p.PartnerId == partnerId, cancellationToken);
        if (change(db, profile, clock.GetUtcNow()) is { } refusal)
        {
            return new RetailSettingsResult(false, refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Edited (or first created) by another administrator meanwhile.
            return new RetailSettingsResult(false, Problem: InvoiceProblem.Conflict);
        }

        return new RetailSettingsResult(true);
    }
}

/// <summary>
/// Starts a partner → customer invoice (retail) for the partner's administrators and staff, under the partner's recorded policy; no
/// number until it is issued. Only a partner that has opted in drafts, and only for its own customers (the tenant filter).
/// </summary>
public sealed class CreateRetailInvoiceDraft(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<DraftChangeResult> ExecuteAsync(Guid customerId, DateOnly transactionDate, DateOnly dueDate, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles))
        {
            return DraftChangeResult.Failed(InvoiceProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid partnerId = currentUser.Scope.OwnOrganisationId;
        var profile = await db.RetailInvoicingProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, cancellationToken);
        if (profile is not { Enabled: true })
        {
            return DraftChangeResult.Failed(InvoiceProblem.RetailNotEnabled);
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId && c.PartnerId == partnerId)
            .Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return DraftChangeResult.Failed(InvoiceProblem.InvalidInput);
        }

        var draft = Invoice.DraftInvoice(Guid.NewGuid(), partnerId, partnerId, InvoiceRecipientKind.Customer, customer.Id, customer.Name,
            transactionDate, dueDate, profile.TaxPolicy, clock.GetUtcNow(), currentUser.Name);
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
/// Adds to a retail draft the fees its customer's contracts owe in the draft's month at their retail fee
/// (the contract's annual fee), by the terms the vendor's run bills wholesale (<see cref="MonthlyBilling"/>: a first term
/// once delivered, 002's prorated first term when the contract forms, each renewal): term fees only, each once — a fee on one of the
/// partner's issued retail invoices, or on this draft, is not added again. Early-end penalties and refunds stay manual lines.
/// </summary>
public sealed class AddRetailContractCharges(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, ContractChargeLines lines, IBusinessCalendarSource calendars)
{
    /// <summary>The number of lines added (the result carries the problem when none could be).</summary>
    public async Task<(int Added, DraftChangeResult Result)> ExecuteAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return (0, DraftChangeResult.Failed(InvoiceProblem.NotFound));
        }

        if (!InvoiceIssuers.MayManage(currentUser, invoice) || invoice.RecipientKind != InvoiceRecipientKind.Customer || invoice.Kind != InvoiceKind.Invoice)
        {
            return (0, DraftChangeResult.Failed(InvoiceProblem.NotAllowed));
        }

        if (!invoice.IsDraft)
        {
            return (0, DraftChangeResult.Failed(InvoiceProblem.NotDraft));
        }

        var profile = await db.RetailInvoicingProfiles.AsNoTracking().SingleAsync(p => p.PartnerId == invoice.IssuerId, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.CustomerId == invoice.RecipientId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var billed = await InvoicingPlanner.BilledAsync(db, [.. contracts.Select(c => c.Id)], cancellationToken, invoice.IssuerId);
        billed.UnionWith(invoice.Items.Select(i => ChargeKey.Of(i.Source)).OfType<ChargeKey>());
        var month = BillingMonth.Of(invoice.TransactionDate);
        var calendarSet = await calendars.CurrentAsync(cancellationToken);
        var charges = contracts
            .SelectMany(c => MonthlyBilling.For(ContractFacts.RetailOf(c), month, profile.PaymentTermDays, billed, calendarSet).Charges)
            .Where(c => c.Key.Charge == ContractCharge.TermFee)
            .ToList();
        if (charges.Count == 0)
        {
            return (0, DraftChangeResult.Failed(InvoiceProblem.NothingToBill));
        }

        foreach (var charge in charges)
        {
            if (invoice.AddLine(lines.LineOf(charge), charge.Key.ToSource()) is { } refusal)
            {
                return (0, DraftChangeResult.Refused(refusal));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (0, DraftChangeResult.Failed(InvoiceProblem.Conflict));
        }

        return (charges.Count, new DraftChangeResult(invoice.Id));
    }
}

/// <summary>The partner's customers matching a search, for choosing a retail invoice's recipient (the first matches by kana).</summary>
public sealed class RetailCustomerSearch(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public const int Suggestions = 20;

    public async Task<IReadOnlyList<RetailCustomerOption>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid partnerId = currentUser.Scope.OwnOrganisationId;
        var customers = db.Customers.AsNoTracking().Where(c => c.PartnerId == partnerId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            string term = text.Trim();
            customers = customers.Where(c => c.Name.Contains(term) || c.NameKana.Contains(term));
        }

        return await customers.OrderBy(c => c.NameKana).Take(Suggestions).Select(c => new RetailCustomerOption(c.Id, c.Name)).ToListAsync(cancellationToken);
    }
}

public sealed record RetailCustomerOption(Guid Id, string Name);
