using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>
/// What partners owe the vendor: each issued invoice's open balance (total − payments allocated − credit notes), per-partner
/// balances (invoiced, paid, open, overdue, credit) and totals. Tenant-scoped: a partner's user gets its own figures only.
/// Overdue means past the due date on the business calendar (<see cref="PaymentsOptions.CalendarSeed"/>). The finance home
/// and the AR aging export read receivables here.
/// </summary>
public sealed class ReceivableQueries(IDbContextFactory<HubDbContext> contextFactory, IOptions<PaymentsOptions> options, IBusinessCalendarSource calendars)
{
    private static readonly SortMap<PartnerBalance> s_sorts = new SortMap<PartnerBalance>(nameof(PartnerBalance.Open), defaultDescending: true)
        .Add(nameof(PartnerBalance.PartnerName), b => b.PartnerName)
        .Add(nameof(PartnerBalance.Invoiced), b => b.Invoiced)
        .Add(nameof(PartnerBalance.Paid), b => b.Paid)
        .Add(nameof(PartnerBalance.Open), b => b.Open)
        .Add(nameof(PartnerBalance.Overdue), b => b.Overdue)
        .Add(nameof(PartnerBalance.Credit), b => b.Credit)
        .ThenAlwaysBy(b => b.PartnerId);

    /// <summary>Every issued invoice (not credit notes) the user may see, with its open balance; <paramref name="partnerId"/> narrows to one partner.</summary>
    public async Task<IReadOnlyList<InvoiceBalance>> InvoiceBalancesAsync(DateOnly today, Guid? partnerId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InvoiceBalancesAsync(db, await DunningAsync(cancellationToken), today, partnerId, null, cancellationToken);
    }

    /// <summary>One invoice's balance, if the user may see it and it is an issued invoice.</summary>
    public async Task<InvoiceBalance?> InvoiceBalanceAsync(Guid invoiceId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await InvoiceBalancesAsync(db, await DunningAsync(cancellationToken), today, null, invoiceId, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Open receivables for the aging report and payer matching (counterparty = partner id, "N" format).</summary>
    public async Task<IReadOnlyList<OpenReceivable>> OpenReceivablesAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        [.. (await InvoiceBalancesAsync(today, null, cancellationToken)).Where(b => b.Open > Yen.Zero)
            .Select(b => new OpenReceivable(b.PartnerId.ToString("N"), b.Number, b.DueDate, b.Open))];

    /// <summary>Per-partner balances, every partner with an invoice or a payment, paged on the server.</summary>
    public async Task<PagedResult<PartnerBalance>> ListBalancesAsync(DateOnly today, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var balances = await BalancesAsync(today, cancellationToken);
        var ordered = s_sorts.Apply(balances.AsQueryable(), request);
        return new PagedResult<PartnerBalance>([.. ordered.Skip(request.Skip).Take(request.Take)], balances.Count);
    }

    /// <summary>One partner's balance (zeros when it has neither invoices nor payments), if the user may see the partner.</summary>
    public async Task<PartnerBalance?> BalanceOfAsync(Guid partnerId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var balances = await BalancesAsync(today, cancellationToken);
        return balances.FirstOrDefault(b => b.PartnerId == partnerId);
    }

    /// <summary>The column sums over every partner the user may see.</summary>
    public async Task<ReceivableTotals> TotalsAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var balances = await BalancesAsync(today, cancellationToken);
        return new ReceivableTotals(
            Yen.Sum(balances.Select(b => b.Invoiced)), Yen.Sum(balances.Select(b => b.Credited)), Yen.Sum(balances.Select(b => b.Paid)),
            Yen.Sum(balances.Select(b => b.Open)), Yen.Sum(balances.Select(b => b.Overdue)), Yen.Sum(balances.Select(b => b.Credit)),
            balances.Count(b => b.Overdue > Yen.Zero));
    }

    /// <summary>Every partner's balance the user may see.</summary>
    public async Task<IReadOnlyList<PartnerBalance>> BalancesAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoices = await InvoiceBalancesAsync(db, await DunningAsync(cancellationToken), today, null, null, cancellationToken);
        // A reversed payment was taken back by the bank: it is neither paid nor credit (its allocations are gone).
        var payments = await db.Payments.AsNoTracking().Where(p => p.PartnerId != null && p.ReversedAt == null)
            .Select(p => new { PartnerId = p.PartnerId!.Value, p.Amount, Allocated = p.Allocations.Select(a => a.Amount).ToList() })
            .ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var partners = invoices.Select(i => i.PartnerId).Concat(payments.Select(p => p.PartnerId)).Distinct().Where(names.ContainsKey);
        return
        [
            .. partners.Select(partnerId =>
            {
                var own = invoices.Where(i => i.PartnerId == partnerId).ToList();
                var paid = payments.Where(p => p.PartnerId == partnerId).ToList();
                return new PartnerBalance(
                    partnerId, names[partnerId],
                    Yen.Sum(own.Select(i => i.GrandTotal)),
                    Yen.Sum(own.Select(i => i.Credited)),
                    Yen.Sum(paid.Select(p => p.Amount)),
                    Yen.Sum(own.Select(i => i.Open)),
                    Yen.Sum(own.Where(i => i.IsOverdue).Select(i => i.Open)),
                    Yen.Sum(paid.Select(p => p.Amount - Yen.Sum(p.Allocated))));
            }).OrderBy(b => b.PartnerName, StringComparer.Ordinal),
        ];
    }

    private async Task<DunningPolicy> DunningAsync(CancellationToken cancellationToken) =>
        options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));

    internal static Task<List<InvoiceBalance>> InvoiceBalancesAsync(HubDbContext db, DunningPolicy policy, DateOnly today, Guid? partnerId, Guid? invoiceId,
        CancellationToken cancellationToken) =>
        // Receivables are what partners owe the vendor: issued wholesale documents addressed to a partner.
        InvoiceBalancesAsync(db, policy, today, InvoiceRecipientKind.Partner, partnerId, invoiceId, cancellationToken);

    /// <summary>
    /// The balances of the issued invoices the user may see in one book: addressed to partners (the vendor's receivables) or to
    /// customers (a partner's retail receivables, <c>Retail/RetailReceivables</c>). One rule for both: total − allocations − credit notes.
    /// </summary>
    internal static async Task<List<InvoiceBalance>> InvoiceBalancesAsync(HubDbContext db, DunningPolicy policy, DateOnly today, InvoiceRecipientKind recipients,
        Guid? partnerId, Guid? invoiceId, CancellationToken cancellationToken)
    {
        var documents = db.Invoices.AsNoTracking()
            .Where(i => i.RecipientKind == recipients && i.Status != InvoiceStatus.Draft);
        if (partnerId is { } partner)
        {
            documents = documents.Where(i => i.PartnerId == partner);
        }

        var invoices = await documents.Where(i => i.Kind == InvoiceKind.Invoice && (invoiceId == null || i.Id == invoiceId))
            .Select(i => new { i.Id, i.PartnerId, i.RecipientId, i.Number, i.RecipientName, i.TransactionDate, i.DueDate, i.GrandTotal, i.Status })
            .ToListAsync(cancellationToken);
        var ids = invoices.Select(i => i.Id).ToList();
        var credits = (await documents.Where(i => i.Kind == InvoiceKind.CreditNote && i.OriginalInvoiceId != null && ids.Contains(i.OriginalInvoiceId!.Value))
                .Select(i => new { Original = i.OriginalInvoiceId!.Value, i.GrandTotal }).ToListAsync(cancellationToken))
            .ToLookup(c => c.Original, c => c.GrandTotal);

        // A partner's user reads its own payments only, which are the only ones allocated to its invoices.
        var allocations = (await db.Payments.AsNoTracking().SelectMany(p => p.Allocations)
                .Where(a => ids.Contains(a.InvoiceId)).Select(a => new { a.InvoiceId, a.Amount }).ToListAsync(cancellationToken))
            .ToLookup(a => a.InvoiceId, a => a.Amount);
        return
        [
            .. invoices.Select(i =>
            {
                var allocated = Yen.Sum(allocations[i.Id]);
                var credited = Yen.Sum(credits[i.Id]);
                var open = ReceivableAllocation.OpenBalance(i.GrandTotal, allocated, credited);
                int overdue = policy.DaysOverdue(i.DueDate, today);
                return new InvoiceBalance(i.Id, i.PartnerId, i.Number ?? string.Empty, i.RecipientName, i.TransactionDate, i.DueDate, i.Status, i.GrandTotal,
                    -credited, allocated, open, open > Yen.Zero && overdue > 0 ? overdue : 0) { RecipientId = i.RecipientId };
            }),
        ];
    }
}

/// <summary>
/// An issued invoice and what is still open on it: <c>Credited</c> is its issued credit notes as a positive amount,
/// <c>Allocated</c> the payments allocated to it, <c>Open</c> total − allocated − credited (never negative), and
/// <c>DaysOverdue</c> the days past the due date on the business calendar while something is open (0 otherwise).
/// </summary>
public sealed record InvoiceBalance(
    Guid InvoiceId, Guid PartnerId, string Number, string RecipientName, DateOnly TransactionDate, DateOnly DueDate, InvoiceStatus Status, Yen GrandTotal,
    Yen Credited, Yen Allocated, Yen Open, int DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;

    public bool IsPaid => Open == Yen.Zero;

    /// <summary>Who the invoice bills: the partner (wholesale) or the customer (retail).</summary>
    public Guid RecipientId { get; init; }
}

/// <summary>
/// A partner's account with the vendor: <c>Invoiced</c> (issued invoices' totals), <c>Credited</c> (issued credit notes,
/// positive), <c>Paid</c> (payments received), <c>Open</c> (what its invoices still have open), <c>Overdue</c> (the part of
/// Open past due on the business calendar) and <c>Credit</c> (payments not allocated to any invoice — over-payments,
/// advances — available to allocate).
/// </summary>
public sealed record PartnerBalance(Guid PartnerId, string PartnerName, Yen Invoiced, Yen Credited, Yen Paid, Yen Open, Yen Overdue, Yen Credit);

/// <summary>The sums over every partner, and how many partners have something overdue.</summary>
public sealed record ReceivableTotals(Yen Invoiced, Yen Credited, Yen Paid, Yen Open, Yen Overdue, Yen Credit, int PartnersOverdue);
