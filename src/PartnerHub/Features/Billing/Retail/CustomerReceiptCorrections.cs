using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>
/// 入金取消: a partner's administrator or staff (the users who record receipts) reverses a customer receipt recorded by mistake, with a
/// reason (<see cref="Payment.ReverseCustomerReceipt"/>). The invoice it settled is open again and its over-payment is no longer the
/// customer's credit; the receipt stays listed as reversed (who, when, why) and the change is in the audit trail. Another partner's
/// receipt is "not found"; the vendor's users are not allowed.
/// </summary>
public sealed class ReverseCustomerReceipt(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Longest reason kept (the column's size).</summary>
    public const int MaxReasonLength = ReversePayment.MaxReasonLength;

    public Task<PaymentChangeResult> ExecuteAsync(Guid paymentId, string? reason, CancellationToken cancellationToken = default) =>
        reason?.Trim().Length > MaxReasonLength
            ? Task.FromResult(PaymentChangeResult.Failed(PaymentProblem.InvalidInput))
            : PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId, customerReceipt: true, async (db, payment) =>
            {
                var now = clock.GetUtcNow();
                if (payment.ReverseCustomerReceipt(reason, JapaneseFormat.TokyoDate(now), now, currentUser.Name) is not { } refusal)
                {
                    return null;
                }

                // Name the invoices the credit settled, so the user knows where to withdraw it first.
                string? detail = refusal == PaymentRefusal.CreditAppliedElsewhere
                    ? await CreditUseNumbersAsync(db, payment, cancellationToken)
                    : null;
                return PaymentChangeResult.Refused(refusal, detail);
            }, cancellationToken);

    private static async Task<string> CreditUseNumbersAsync(HubDbContext db, Payment payment, CancellationToken cancellationToken)
    {
        var ids = payment.CreditApplications.Select(a => a.InvoiceId).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Number ?? string.Empty).ToListAsync(cancellationToken);
        return string.Join(", ", numbers.Order(StringComparer.Ordinal));
    }
}

/// <summary>
/// A partner applies its customer's credit (what its receipts paid beyond their invoices) to another open retail invoice of the same
/// customer: <c>amount</c> yen, partially if it likes, never beyond the invoice's open balance or the credit there is. The credit is
/// taken from the customer's receipts oldest first (<see cref="Payment.ApplyCreditTo"/>), each an allocation both invoices show.
/// </summary>
public sealed class ApplyCustomerCredit(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options,
    TimeProvider clock, IBusinessCalendarSource calendars)
{
    public async Task<PaymentChangeResult> ExecuteAsync(Guid invoiceId, long amount, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || currentUser.Scope.PartnerId == Guid.Empty)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotAllowed);
        }

        if (amount <= 0)
        {
            return PaymentChangeResult.Refused(PaymentRefusal.AmountNotPositive);
        }

        var now = clock.GetUtcNow();
        Guid partnerId = currentUser.Scope.PartnerId;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var policy = options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));
        // Only an issued invoice this partner issued to its customer (the tenant filter hides every other partner's).
        var invoice = (await ReceivableQueries.InvoiceBalancesAsync(db, policy, JapaneseFormat.TokyoDate(now), InvoiceRecipientKind.Customer, partnerId,
            invoiceId, cancellationToken)).SingleOrDefault();
        if (invoice is null || invoice.Status == InvoiceStatus.Cancelled)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotFound);
        }

        var wanted = new Yen(amount);
        if (wanted > invoice.Open)
        {
            return PaymentChangeResult.Refused(PaymentRefusal.ExceedsOpenBalance);
        }

        var receipts = (await db.Payments
                .Where(p => p.PayeePartnerId == partnerId && p.CustomerId == invoice.RecipientId && p.ReversedAt == null)
                .ToListAsync(cancellationToken))
            .Where(p => p.Unallocated > Yen.Zero).OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt).ToList();
        var credit = Yen.Sum(receipts.Select(p => p.Unallocated));
        if (wanted > credit)
        {
            return PaymentChangeResult.Refused(PaymentRefusal.ExceedsUnallocated, JapaneseFormat.Yen(credit.Amount));
        }

        var left = wanted;
        var open = invoice.Open;
        foreach (var receipt in receipts)
        {
            if (left == Yen.Zero)
            {
                break;
            }

            var take = receipt.Unallocated < left ? receipt.Unallocated : left;
            if (receipt.ApplyCreditTo(invoice.InvoiceId, invoice.RecipientId, open, take, now, currentUser.Name) is { } refusal)
            {
                return PaymentChangeResult.Refused(refusal);
            }

            PaymentEdit.VersionWithAllocations(db, receipt);
            open -= take;
            left -= take;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new PaymentChangeResult(receipts[0].Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PaymentChangeResult.Failed(PaymentProblem.Conflict);
        }
    }
}

/// <summary>
/// A partner takes back one application of its customer's credit (applied to the wrong invoice, or before reversing the receipt it
/// came from): that invoice is open again by the amount, which is the customer's credit again (<see cref="Payment.WithdrawCreditApplication"/>).
/// </summary>
public sealed class WithdrawCustomerCredit(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public Task<PaymentChangeResult> ExecuteAsync(Guid paymentId, Guid allocationId, CancellationToken cancellationToken = default) =>
        PaymentEdit.ApplyAsync(contextFactory, currentUser, paymentId, customerReceipt: true,
            (_, payment) => Task.FromResult<PaymentChangeResult?>(payment.WithdrawCreditApplication(allocationId) is { } refusal ? PaymentChangeResult.Refused(refusal) : null),
            cancellationToken);
}

/// <summary>An application of a receipt's credit to an invoice (or the receipt's own allocation): which invoice, how much, by whom.</summary>
public sealed record ReceiptApplication(Guid AllocationId, Guid InvoiceId, string InvoiceNumber, Yen Amount, DateTimeOffset At, string By);

/// <summary>The retail invoice a receipt was recorded against.</summary>
public sealed record ReceiptInvoice(Guid InvoiceId, string Number);

/// <summary>A reversed receipt: when, by whom, why.</summary>
public sealed record ReceiptReversal(DateTimeOffset At, string By, string Reason);

/// <summary>
/// A customer receipt as one retail invoice's page lists it: recorded against this invoice (<c>RecordedHere</c>) or against another
/// whose over-payment was applied here (<c>RecordedOn</c>); <c>AppliedHere</c> what settles this invoice, <c>CreditUses</c> the
/// applications of its credit to other invoices than its own, <c>CreditLeft</c> what is still the customer's credit.
/// </summary>
public sealed record CustomerReceiptLine(Guid PaymentId, DateOnly ReceivedOn, string PayerName, PaymentMethod? Method, string? Note, Yen Amount,
    Yen AppliedHere, bool RecordedHere, ReceiptInvoice? RecordedOn, IReadOnlyList<ReceiptApplication> CreditUses, Yen CreditLeft, ReceiptReversal? Reversal)
{
    public bool IsReversed => Reversal is not null;
}

/// <summary>An invoice's receipts and the credit its customer has left on all of its receipts.</summary>
public sealed record CustomerReceiptsOfInvoice(IReadOnlyList<CustomerReceiptLine> Lines, Yen CustomerCredit);

/// <summary>
/// The receipts a retail invoice's page shows: those recorded against it (reversed ones too, marked) and those whose credit was applied
/// to it, with the customer's credit left. The partner's own invoices only; anything else (another partner's, the vendor's user) is empty.
/// </summary>
public sealed class CustomerReceiptQueries(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<CustomerReceiptsOfInvoice> ForInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        var none = new CustomerReceiptsOfInvoice([], Yen.Zero);
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || currentUser.Scope.PartnerId == Guid.Empty)
        {
            return none;
        }

        Guid partnerId = currentUser.Scope.PartnerId;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customerId = await db.Invoices.AsNoTracking()
            .Where(i => i.Id == invoiceId && i.RecipientKind == InvoiceRecipientKind.Customer && i.PartnerId == partnerId)
            .Select(i => (Guid?)i.RecipientId).SingleOrDefaultAsync(cancellationToken);
        if (customerId is null)
        {
            return none;
        }

        var receipts = await db.Payments.AsNoTracking().Where(p => p.PayeePartnerId == partnerId && p.CustomerId == customerId).ToListAsync(cancellationToken);
        var shown = receipts.Where(p => p.ForInvoiceId == invoiceId || p.Allocations.Any(a => a.InvoiceId == invoiceId)).ToList();
        var invoiceIds = shown.SelectMany(p => p.Allocations.Select(a => a.InvoiceId)).Concat(shown.Select(p => p.ForInvoiceId ?? Guid.Empty)).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Number ?? string.Empty, cancellationToken);
        ReceiptApplication Application(PaymentAllocation a) =>
            new(a.Id, a.InvoiceId, numbers.GetValueOrDefault(a.InvoiceId, string.Empty), a.Amount, a.AllocatedAt, a.AllocatedBy);
        var lines = shown.OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt).Select(p => new CustomerReceiptLine(
                p.Id, p.ReceivedOn, p.PayerName, p.Method, p.Note, p.Amount,
                Yen.Sum(p.Allocations.Where(a => a.InvoiceId == invoiceId).Select(a => a.Amount)),
                p.ForInvoiceId == invoiceId,
                p.ForInvoiceId is { } own && own != invoiceId ? new ReceiptInvoice(own, numbers.GetValueOrDefault(own, string.Empty)) : null,
                [.. p.CreditApplications.OrderBy(a => a.AllocatedAt).Select(Application)],
                p.Unallocated,
                p.ReversedAt is { } at ? new ReceiptReversal(at, p.ReversedBy ?? string.Empty, p.ReversalReason ?? string.Empty) : null))
            .ToList();
        return new CustomerReceiptsOfInvoice(lines, Yen.Sum(receipts.Select(p => p.Unallocated)));
    }
}
