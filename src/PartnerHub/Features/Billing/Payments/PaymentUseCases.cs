using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>Why a payment action did nothing (besides the aggregate's own <see cref="PaymentRefusal"/>).</summary>
public enum PaymentProblem
{
    NotAllowed,
    NotFound,
    InvalidInput,
    ReceivedInFuture,
    PartnerUnknown,
    Conflict,
    Refused,
}

/// <summary>The outcome of a payment action: the payment, or why nothing changed (<c>Detail</c>: e.g. the invoice number a refusal names).</summary>
public sealed record PaymentChangeResult(Guid? PaymentId, PaymentProblem? Problem = null, PaymentRefusal? Refusal = null, string? Detail = null)
{
    public static PaymentChangeResult Failed(PaymentProblem problem) => new(null, problem);

    public static PaymentChangeResult Refused(PaymentRefusal refusal, string? detail = null) => new(null, PaymentProblem.Refused, refusal, detail);
}

/// <summary>A receipt finance types in.</summary>
public sealed record ManualReceipt(Guid? PartnerId, DateOnly? ReceivedOn, long Amount, string? PayerName, string? Note, bool AllocateOldestFirst);

/// <summary>
/// Finance records money received by hand (a statement read by eye, a cheque): for the partner it names, optionally
/// allocated at once to its open invoices earliest due first (what exceeds them stays as the partner's credit).
/// </summary>
public sealed class RecordPayment(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options, TimeProvider clock,
    IBusinessCalendarSource calendars)
{
    public async Task<PaymentChangeResult> ExecuteAsync(ManualReceipt input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotAllowed);
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        if (input.PartnerId is not { } partnerId || input.ReceivedOn is not { } receivedOn)
        {
            return PaymentChangeResult.Failed(PaymentProblem.InvalidInput);
        }

        if (receivedOn > today)
        {
            return PaymentChangeResult.Failed(PaymentProblem.ReceivedInFuture);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == partnerId && o.Kind == OrganisationKind.SalesPartner, cancellationToken))
        {
            return PaymentChangeResult.Failed(PaymentProblem.PartnerUnknown);
        }

        var recorded = Payment.RecordManual(Guid.NewGuid(), partnerId, receivedOn, new Yen(input.Amount), input.PayerName, input.Note, now, currentUser.Name);
        if (recorded.Payment is not { } payment)
        {
            return PaymentChangeResult.Refused(recorded.Refusal!.Value);
        }

        if (input.AllocateOldestFirst)
        {
            await PaymentAllocations.AllocateOldestFirstAsync(db, payment, options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken)), today, now, currentUser.Name, cancellationToken);
        }

        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return new PaymentChangeResult(payment.Id);
    }
}

/// <summary>
/// Finance names the partner an imported payment came from; unless told otherwise the hub learns the payer name for that
/// partner (the kana name table), so the next transfer under that name matches by itself.
/// </summary>
public sealed class AssignPayment(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public Task<PaymentChangeResult> ExecuteAsync(Guid paymentId, Guid partnerId, bool learnPayerName, CancellationToken cancellationToken = default) =>
        PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId, async (db, payment) =>
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == partnerId && o.Kind == OrganisationKind.SalesPartner, cancellationToken))
            {
                return PaymentChangeResult.Failed(PaymentProblem.PartnerUnknown);
            }

            if (payment.AssignTo(partnerId) is { } refusal)
            {
                return PaymentChangeResult.Refused(refusal);
            }

            if (learnPayerName && PayerName.Create(Guid.NewGuid(), partnerId, payment.PayerName, PayerNameOrigin.Learnt, clock.GetUtcNow(), currentUser.Name) is { } learnt
                && !await db.PayerNames.AnyAsync(n => n.PartnerId == partnerId && n.Key == learnt.Key, cancellationToken))
            {
                db.PayerNames.Add(learnt);
            }

            return null;
        }, cancellationToken);
}

/// <summary>Finance allocates part of a payment (or the partner's credit left on it) to one of the partner's open invoices, or takes an allocation back.</summary>
public sealed class AllocatePayment(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options, TimeProvider clock,
    IBusinessCalendarSource calendars)
{
    public Task<PaymentChangeResult> ExecuteAsync(Guid paymentId, Guid invoiceId, long amount, CancellationToken cancellationToken = default) =>
        PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId, async (db, payment) =>
        {
            var now = clock.GetUtcNow();
            var invoice = (await ReceivableQueries.InvoiceBalancesAsync(db, options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken)), JapaneseFormat.TokyoDate(now), null, invoiceId, cancellationToken))
                .SingleOrDefault();
            if (invoice is null)
            {
                return PaymentChangeResult.Failed(PaymentProblem.NotFound);
            }

            return payment.AllocateTo(invoice.InvoiceId, invoice.PartnerId, invoice.Open, new Yen(amount), now, currentUser.Name) is { } refusal
                ? PaymentChangeResult.Refused(refusal)
                : null;
        }, cancellationToken);

    public Task<PaymentChangeResult> ReleaseAsync(Guid paymentId, Guid allocationId, CancellationToken cancellationToken = default) =>
        PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId,
            (_, payment) => Task.FromResult<PaymentChangeResult?>(payment.ReleaseAllocation(allocationId) is { } refusal ? PaymentChangeResult.Refused(refusal) : null), cancellationToken);
}

/// <summary>
/// Finance reverses a payment the bank took back (組戻し, or a 取消 its data delivered): the invoices it settled re-open, its
/// credit disappears, the change is audited and the payment stays listed as reversed. The 全銀 import reverses through
/// <see cref="ReverseAsync"/> too, so a 取消 record and finance's button follow one rule.
/// </summary>
public sealed class ReversePayment(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Longest reason kept (the column's size).</summary>
    public const int MaxReasonLength = 500;

    public Task<PaymentChangeResult> ExecuteAsync(Guid paymentId, string? reason, CancellationToken cancellationToken = default) =>
        reason?.Trim().Length > MaxReasonLength
            ? Task.FromResult(PaymentChangeResult.Failed(PaymentProblem.InvalidInput))
            : PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId,
                (db, payment) => ReverseAsync(db, payment, reason, null, clock.GetUtcNow(), currentUser.Name, cancellationToken), cancellationToken);

    /// <summary>Reverses <paramref name="payment"/> (tracked by <paramref name="db"/>, not saved); null when done.</summary>
    internal static async Task<PaymentChangeResult?> ReverseAsync(HubDbContext db, Payment payment, string? reason, string? cancellationRecordIdentity,
        DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        var invoiceIds = payment.Allocations.Select(a => a.InvoiceId).ToList();
        var invoices = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.TransactionDate, i.Number }).ToListAsync(cancellationToken);
        var dates = invoices.ToDictionary(i => i.Id, i => i.TransactionDate);
        if (payment.Reverse(reason, JapaneseFormat.TokyoDate(at), dates, cancellationRecordIdentity, at, by) is not { } refusal)
        {
            return null;
        }

        string? detail = refusal == PaymentRefusal.CreditAlreadyUsed
            ? string.Join(", ", payment.AllocationsFromCredit(dates).Select(a => invoices.Single(i => i.Id == a.InvoiceId).Number))
            : null;
        return PaymentChangeResult.Refused(refusal, detail);
    }
}

/// <summary>Finance keeps the payer name table: the names each partner pays under.</summary>
public sealed class PayerNameTable(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<PaymentProblem?> AddAsync(Guid partnerId, string? name, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return PaymentProblem.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == partnerId && o.Kind == OrganisationKind.SalesPartner, cancellationToken))
        {
            return PaymentProblem.PartnerUnknown;
        }

        if (PayerName.Create(Guid.NewGuid(), partnerId, name, PayerNameOrigin.Entered, clock.GetUtcNow(), currentUser.Name) is not { } entry)
        {
            return PaymentProblem.InvalidInput;
        }

        if (await db.PayerNames.AnyAsync(n => n.PartnerId == partnerId && n.Key == entry.Key, cancellationToken))
        {
            return PaymentProblem.Conflict;
        }

        db.PayerNames.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<PaymentProblem?> RemoveAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return PaymentProblem.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.PayerNames.SingleOrDefaultAsync(n => n.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return PaymentProblem.NotFound;
        }

        db.PayerNames.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

internal static class PaymentAllocations
{
    /// <summary>Allocates what is unallocated on <paramref name="payment"/> to its partner's open invoices, earliest due first.</summary>
    public static async Task AllocateOldestFirstAsync(HubDbContext db, Payment payment, DunningPolicy policy, DateOnly today, DateTimeOffset at, string by,
        CancellationToken cancellationToken)
    {
        if (payment.PartnerId is not { } partnerId)
        {
            return;
        }

        var open = await ReceivableQueries.InvoiceBalancesAsync(db, policy, today, partnerId, null, cancellationToken);
        var plan = ReceivableAllocation.OldestFirst(payment.Unallocated,
            open.OrderBy(b => b.DueDate).ThenBy(b => b.Number, StringComparer.Ordinal).Select(b => new OpenInvoice(b.InvoiceId, b.DueDate, b.Open)));
        foreach (var allocation in plan.Allocations)
        {
            var invoice = open.Single(b => b.InvoiceId == allocation.InvoiceId);
            payment.AllocateTo(invoice.InvoiceId, invoice.PartnerId, invoice.Open, allocation.Amount, at, by);
        }
    }
}

/// <summary>
/// Loads a payment, applies one change (null = done) and saves, reporting refusals and concurrent edits: finance's payments, or — with
/// <c>customerReceipt</c> — the receipts of the signed-in partner's own customers (retail), edited by the partner's users.
/// </summary>
internal static class PaymentEdit
{
    public static Task<PaymentChangeResult> ApplyAsync(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, Guid paymentId,
        Func<HubDbContext, Payment, Task<PaymentChangeResult?>> change, CancellationToken cancellationToken) =>
        ApplyAsync(contextFactory, currentUser, paymentId, customerReceipt: false, change, cancellationToken);

    public static async Task<PaymentChangeResult> ApplyAsync(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, Guid paymentId,
        bool customerReceipt, Func<HubDbContext, Payment, Task<PaymentChangeResult?>> change, CancellationToken cancellationToken)
    {
        bool allowed = customerReceipt
            ? currentUser.IsInAnyRole(BillingPermissions.RetailRoles) && currentUser.Scope.PartnerId != Guid.Empty
            : currentUser.IsInAnyRole(BillingPermissions.ManageRoles);
        if (!allowed)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The query filter already hides what the user may not see; a partner also sees what it paid the vendor, which is finance's.
        var payments = db.Payments.Where(p => p.Id == paymentId);
        Guid partnerId = currentUser.Scope.PartnerId;
        payments = customerReceipt ? payments.Where(p => p.PayeePartnerId == partnerId) : payments.Where(p => p.PayeePartnerId == null);
        var payment = await payments.SingleOrDefaultAsync(cancellationToken);
        if (payment is null)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotFound);
        }

        if (await change(db, payment) is { } failed)
        {
            return failed;
        }

        VersionWithAllocations(db, payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new PaymentChangeResult(paymentId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PaymentChangeResult.Failed(PaymentProblem.Conflict);
        }
    }

    /// <summary>
    /// An allocation is a row of its own, so adding or removing one leaves the payment row as it was: its version moves anyway, so two
    /// users cannot spend the same money twice (the second save is a conflict).
    /// </summary>
    public static void VersionWithAllocations(HubDbContext db, Payment payment)
    {
        var entry = db.Entry(payment);
        if (entry.State == EntityState.Unchanged)
        {
            entry.Property(p => p.Version).IsModified = true;
        }
    }
}
