using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>A customer's payment as a partner's user types it in, against one of the partner's issued retail invoices.</summary>
public sealed record CustomerReceiptInput(Guid InvoiceId, DateOnly? ReceivedOn, long Amount, string? PayerName, PaymentMethod? Method, string? Note);

/// <summary>
/// A partner's administrator or staff records money its customer paid against one of the partner's issued retail invoices. It is a
/// <see cref="Payment"/> of the customer received by the partner (<see cref="Payment.RecordCustomerReceipt"/>), allocated by the same
/// rule as finance's receipts: up to the invoice's open balance (a partial payment leaves the rest open), and what exceeds it stays
/// on the receipt as the customer's credit. Nothing is stored when the input is refused.
/// </summary>
public sealed class RecordCustomerReceipt(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options,
    TimeProvider clock, IBusinessCalendarSource calendars)
{
    /// <summary>Longest payer name and note kept (the columns' sizes).</summary>
    public const int MaxPayerNameLength = 200;

    public const int MaxNoteLength = 500;

    public async Task<PaymentChangeResult> ExecuteAsync(CustomerReceiptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || currentUser.Scope.PartnerId == Guid.Empty)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotAllowed);
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        if (input.ReceivedOn is not { } receivedOn || input.PayerName?.Trim().Length > MaxPayerNameLength || input.Note?.Trim().Length > MaxNoteLength)
        {
            return PaymentChangeResult.Failed(PaymentProblem.InvalidInput);
        }

        if (receivedOn > today)
        {
            return PaymentChangeResult.Failed(PaymentProblem.ReceivedInFuture);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid partnerId = currentUser.Scope.PartnerId;
        // Only an issued invoice this partner issued to its customer (the tenant filter hides every other partner's).
        var invoice = (await ReceivableQueries.InvoiceBalancesAsync(db, await PolicyAsync(cancellationToken), today, InvoiceRecipientKind.Customer, partnerId,
            input.InvoiceId, cancellationToken)).SingleOrDefault();
        if (invoice is null || invoice.Status == InvoiceStatus.Cancelled)
        {
            return PaymentChangeResult.Failed(PaymentProblem.NotFound);
        }

        var recorded = Payment.RecordCustomerReceipt(Guid.NewGuid(), partnerId, invoice.RecipientId, receivedOn, new Yen(input.Amount), input.PayerName,
            input.Method, input.Note, now, currentUser.Name, invoice.InvoiceId);
        if (recorded.Payment is not { } payment)
        {
            return PaymentChangeResult.Refused(recorded.Refusal!.Value);
        }

        // The invoice takes what it still has open; the rest is the customer's credit (ReceivableAllocation.OldestFirst, one invoice).
        var plan = ReceivableAllocation.OldestFirst(payment.Amount, [new Domain.Billing.Payments.OpenInvoice(invoice.InvoiceId, invoice.DueDate, invoice.Open)]);
        foreach (var allocation in plan.Allocations)
        {
            if (payment.AllocateTo(invoice.InvoiceId, invoice.RecipientId, invoice.Open, allocation.Amount, now, currentUser.Name) is { } refusal)
            {
                return PaymentChangeResult.Refused(refusal);
            }
        }

        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return new PaymentChangeResult(payment.Id);
    }

    private async Task<DunningPolicy> PolicyAsync(CancellationToken cancellationToken) =>
        options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));
}

/// <summary>Which customers the receivables list shows: a name search; <c>OverdueOnly</c> keeps those with something past due.</summary>
public sealed record RetailReceivableFilter(string? Search = null, bool OverdueOnly = false);

/// <summary>
/// One customer's account with the partner: its issued retail invoices' totals (<c>Invoiced</c>), what they still have open and the
/// part past due on the business calendar, how many are open, the oldest open due date, receipts (<c>Paid</c>) and the
/// <c>Credit</c> left on them (over-payments).
/// </summary>
public sealed record CustomerReceivable(Guid CustomerId, string CustomerName, Yen Invoiced, Yen Paid, Yen Open, Yen Overdue, Yen Credit, int OpenInvoices,
    DateOnly? OldestDue);

/// <summary>A page of customers and the sums over every matching customer (not only the page).</summary>
public sealed record RetailReceivablePage(PagedResult<CustomerReceivable> Page, Yen Open, Yen Overdue, Yen Credit);

/// <summary>
/// A partner's open retail receivables per customer, and one retail invoice's balance and receipts: the same balances as the vendor's
/// receivables (<see cref="ReceivableQueries"/>), read in the customer book. Tenant-scoped like the retail invoices: a partner's users
/// get their own customers only, the vendor's users nothing.
/// </summary>
public sealed class RetailReceivableQueries(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options,
    IBusinessCalendarSource calendars)
{
    private static readonly SortMap<CustomerReceivable> s_sorts = new SortMap<CustomerReceivable>(nameof(CustomerReceivable.Open), defaultDescending: true)
        .Add(nameof(CustomerReceivable.CustomerName), r => r.CustomerName)
        .Add(nameof(CustomerReceivable.Invoiced), r => r.Invoiced)
        .Add(nameof(CustomerReceivable.Paid), r => r.Paid)
        .Add(nameof(CustomerReceivable.Open), r => r.Open)
        .Add(nameof(CustomerReceivable.Overdue), r => r.Overdue)
        .Add(nameof(CustomerReceivable.Credit), r => r.Credit)
        .Add(nameof(CustomerReceivable.OpenInvoices), r => r.OpenInvoices)
        .Add(nameof(CustomerReceivable.OldestDue), r => r.OldestDue)
        .ThenAlwaysBy(r => r.CustomerId);

    /// <summary>One of the partner's issued retail invoices with its balance, or null (not the partner's, a draft, or a credit note).</summary>
    public async Task<InvoiceBalance?> InvoiceBalanceAsync(Guid invoiceId, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!MayRead)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await ReceivableQueries.InvoiceBalancesAsync(db, await PolicyAsync(cancellationToken), today, InvoiceRecipientKind.Customer,
            currentUser.Scope.PartnerId, invoiceId, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Customers with something open or a credit, paged on the server, with the sums over all of them.</summary>
    public async Task<RetailReceivablePage> ListAsync(RetailReceivableFilter filter, DateOnly today, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var list = Matching(await CustomersAsync(today, cancellationToken), filter);
        var ordered = s_sorts.Apply(list.AsQueryable(), request);
        return new RetailReceivablePage(new PagedResult<CustomerReceivable>([.. ordered.Skip(request.Skip).Take(request.Take)], list.Count),
            Yen.Sum(list.Select(r => r.Open)), Yen.Sum(list.Select(r => r.Overdue)), Yen.Sum(list.Select(r => r.Credit)));
    }

    /// <summary>The customers the list shows under <paramref name="filter"/> on <paramref name="today"/> (every page): the aging export holds these.</summary>
    public async Task<IReadOnlySet<Guid>> MatchingCustomersAsync(RetailReceivableFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Matching(await CustomersAsync(today, cancellationToken), filter).Select(r => r.CustomerId).ToHashSet();
    }

    private static List<CustomerReceivable> Matching(List<CustomerReceivable> rows, RetailReceivableFilter filter)
    {
        IEnumerable<CustomerReceivable> matching = rows.Where(r => r.Open > Yen.Zero || r.Credit > Yen.Zero);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            matching = matching.Where(r => r.CustomerName.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        if (filter.OverdueOnly)
        {
            matching = matching.Where(r => r.Overdue > Yen.Zero);
        }

        return [.. matching];
    }

    private bool MayRead => currentUser.IsInAnyRole(BillingPermissions.RetailRoles) && currentUser.Scope.PartnerId != Guid.Empty;

    // Summed in memory over the partner's issued retail invoices and receipts, like the vendor's balances (yen is a converted column).
    private async Task<List<CustomerReceivable>> CustomersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return [];
        }

        Guid partnerId = currentUser.Scope.PartnerId;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoices = await ReceivableQueries.InvoiceBalancesAsync(db, await PolicyAsync(cancellationToken), today, InvoiceRecipientKind.Customer, partnerId, null,
            cancellationToken);
        var receipts = await db.Payments.AsNoTracking().Where(p => p.PayeePartnerId == partnerId && p.CustomerId != null && p.ReversedAt == null)
            .Select(p => new { CustomerId = p.CustomerId!.Value, p.Amount, Allocated = p.Allocations.Select(a => a.Amount).ToList() })
            .ToListAsync(cancellationToken);
        var customerIds = invoices.Select(i => i.RecipientId).Concat(receipts.Select(r => r.CustomerId)).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return
        [
            .. customerIds.Where(names.ContainsKey).Select(customerId =>
            {
                var own = invoices.Where(i => i.RecipientId == customerId).ToList();
                var paid = receipts.Where(r => r.CustomerId == customerId).ToList();
                var open = own.Where(i => i.Open > Yen.Zero).ToList();
                return new CustomerReceivable(customerId, names[customerId],
                    Yen.Sum(own.Select(i => i.GrandTotal)),
                    Yen.Sum(paid.Select(r => r.Amount)),
                    Yen.Sum(open.Select(i => i.Open)),
                    Yen.Sum(open.Where(i => i.IsOverdue).Select(i => i.Open)),
                    Yen.Sum(paid.Select(r => r.Amount - Yen.Sum(r.Allocated))),
                    open.Count,
                    open.Count == 0 ? null : open.Min(i => i.DueDate));
            }),
        ];
    }

    private async Task<DunningPolicy> PolicyAsync(CancellationToken cancellationToken) =>
        options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));
}
