using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>Which payments a list shows by their state.</summary>
public enum PaymentListState
{
    /// <summary>No partner yet (ambiguous or unmatched imports).</summary>
    NeedsPartner,

    /// <summary>A partner, with money not allocated (credit).</summary>
    HasCredit,

    /// <summary>Allocated in full.</summary>
    FullyAllocated,

    /// <summary>Taken back by the bank and reversed.</summary>
    Reversed,
}

/// <summary>The payment list's filters as they travel in its URL.</summary>
public sealed record PaymentListFilter(DateOnly? From = null, DateOnly? To = null, Guid? PartnerId = null, PaymentListState? State = null, string? Search = null)
{
    public static PaymentListFilter FromUrl(string? from, string? to, string? partner, string? state, string? search) =>
        new(QueryValue.Date(from), QueryValue.Date(to), QueryValue.Id(partner), QueryValue.Enum<PaymentListState>(state), QueryValue.Text(search));
}

/// <summary>A row of the payment list; settable members so the database can sort by them.</summary>
public sealed record PaymentListItem
{
    public required Guid Id { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    public required Yen Amount { get; init; }

    public required string PayerName { get; init; }

    public Guid? PartnerId { get; init; }

    public string? PartnerName { get; init; }

    public required PaymentSource Source { get; init; }

    public string? SourceFileName { get; init; }

    public int? SourceRecordNumber { get; init; }

    public required PaymentMatchState MatchState { get; init; }

    /// <summary>The day the payment was reversed; null while it stands.</summary>
    public DateOnly? ReversedOn { get; init; }

    /// <summary>Filled in after the page is read (the database cannot add up converted yen).</summary>
    public Yen Allocated { get; init; }

    public Yen Unallocated => ReversedOn is null ? Amount - Allocated : Yen.Zero;
}

/// <summary>A page of payments, with the sum of every matching payment (not only the page's).</summary>
public sealed record PaymentPage(PagedResult<PaymentListItem> Page, Yen TotalAmount);

/// <summary>A payment with its partner's name, its allocations (with invoice numbers) and finance's candidates.</summary>
public sealed record PaymentDetail(Payment Payment, string? PartnerName, IReadOnlyList<AllocationLine> Allocations);

public sealed record AllocationLine(Guid AllocationId, Guid InvoiceId, string InvoiceNumber, Yen Amount, DateTimeOffset AllocatedAt, string AllocatedBy);

/// <summary>
/// Reads payments for the list and detail pages. Tenant-scoped by the query filter: a partner's user reads the payments
/// booked to its own partner only, never an unassigned bank record or another partner's money.
/// </summary>
public sealed class PaymentQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<PaymentListItem> s_sorts = new SortMap<PaymentListItem>(nameof(PaymentListItem.ReceivedOn), defaultDescending: true)
        .Add(nameof(PaymentListItem.ReceivedOn), p => p.ReceivedOn)
        .Add(nameof(PaymentListItem.Amount), p => p.Amount)
        .Add(nameof(PaymentListItem.PayerName), p => p.PayerName)
        .Add(nameof(PaymentListItem.PartnerName), p => p.PartnerName)
        .Add(nameof(PaymentListItem.MatchState), p => p.MatchState)
        .ThenAlwaysBy(p => p.Id);

    public async Task<PaymentPage> ListAsync(PaymentListFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Finance's payments (the vendor's receivables): a partner's receipts from its own customers are listed with its retail invoices.
        var payments = db.Payments.AsNoTracking().Where(p => p.PayeePartnerId == null);
        if (filter.From is { } from)
        {
            payments = payments.Where(p => p.ReceivedOn >= from);
        }

        if (filter.To is { } to)
        {
            payments = payments.Where(p => p.ReceivedOn <= to);
        }

        if (filter.PartnerId is { } partnerId)
        {
            payments = payments.Where(p => p.PartnerId == partnerId);
        }

        if (filter.Search is { } term)
        {
            payments = payments.Where(p => p.PayerName.Contains(term) || (p.SourceFileName != null && p.SourceFileName.Contains(term)) || (p.Note != null && p.Note.Contains(term)));
        }

        if (filter.State == PaymentListState.NeedsPartner)
        {
            payments = payments.Where(p => p.PartnerId == null && p.ReversedAt == null);
        }

        if (filter.State == PaymentListState.Reversed)
        {
            payments = payments.Where(p => p.ReversedAt != null);
        }

        // Credit or not depends on the allocations' sum, which the database cannot add up over converted yen: those two states
        // are decided on the (id, amount) pairs of the matching payments, then the page is read by id.
        var rows = payments.Select(p => new PaymentListItem
        {
            Id = p.Id,
            ReceivedOn = p.ReceivedOn,
            Amount = p.Amount,
            PayerName = p.PayerName,
            PartnerId = p.PartnerId,
            PartnerName = db.Organisations.Where(o => o.Id == p.PartnerId).Select(o => o.Name).FirstOrDefault(),
            Source = p.Source,
            SourceFileName = p.SourceFileName,
            SourceRecordNumber = p.SourceRecordNumber,
            MatchState = p.MatchState,
            ReversedOn = p.ReversedOn,
        });
        var sums = await payments.Select(p => new { p.Id, p.Amount, p.PartnerId, Reversed = p.ReversedAt != null, Allocations = p.Allocations.Select(a => a.Amount).ToList() }).ToListAsync(cancellationToken);
        var allocated = sums.ToDictionary(s => s.Id, s => Yen.Sum(s.Allocations));
        if (filter.State is PaymentListState.HasCredit or PaymentListState.FullyAllocated)
        {
            bool credit = filter.State == PaymentListState.HasCredit;
            var ids = sums.Where(s => s.PartnerId != null && !s.Reversed && (s.Amount > allocated[s.Id]) == credit).Select(s => s.Id).ToList();
            rows = rows.Where(r => ids.Contains(r.Id));
            sums = [.. sums.Where(s => ids.Contains(s.Id))];
        }

        var page = await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, cancellationToken);
        return new PaymentPage(page with { Items = [.. page.Items.Select(r => r with { Allocated = allocated[r.Id] })] }, Yen.Sum(sums.Select(s => s.Amount)));
    }

    public async Task<PaymentDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.PayeePartnerId == null, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        var partnerName = payment.PartnerId is { } partnerId
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == partnerId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var invoiceIds = payment.Allocations.Select(a => a.InvoiceId).ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Number ?? string.Empty, cancellationToken);
        var lines = payment.Allocations.OrderBy(a => a.AllocatedAt)
            .Select(a => new AllocationLine(a.Id, a.InvoiceId, numbers.GetValueOrDefault(a.InvoiceId, string.Empty), a.Amount, a.AllocatedAt, a.AllocatedBy)).ToList();
        return new PaymentDetail(payment, partnerName, lines);
    }

    /// <summary>The payments allocated to an invoice (for the invoice's page), as the user may see them.</summary>
    public async Task<IReadOnlyList<InvoicePaymentLine>> ForInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.Allocations.Any(a => a.InvoiceId == invoiceId)).ToListAsync(cancellationToken);
        return
        [
            .. payments.OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt)
                .SelectMany(p => p.Allocations.Where(a => a.InvoiceId == invoiceId)
                    .Select(a => new InvoicePaymentLine(p.Id, p.ReceivedOn, p.PayerName, a.Amount) { Method = p.Method, Note = p.Note, PaymentAmount = p.Amount })),
        ];
    }

    /// <summary>The names in finance's payer name table, per partner.</summary>
    public async Task<IReadOnlyList<PayerNameRow>> PayerNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PayerNames.AsNoTracking()
            .Join(db.Organisations, n => n.PartnerId, o => o.Id, (n, o) => new { Entry = n, Partner = o.Name })
            .OrderBy(r => r.Partner).ThenBy(r => r.Entry.Key)
            .Select(r => new PayerNameRow(r.Entry.Id, r.Entry.PartnerId, r.Partner, r.Entry.Name, r.Entry.Key, r.Entry.Origin, r.Entry.CreatedAt, r.Entry.CreatedBy))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A payment as an invoice's page lists it: the part of it allocated to the invoice (<c>Amount</c>) and, for a customer receipt, how it was paid.</summary>
public sealed record InvoicePaymentLine(Guid PaymentId, DateOnly ReceivedOn, string PayerName, Yen Amount)
{
    public PaymentMethod? Method { get; init; }

    public string? Note { get; init; }

    /// <summary>The whole payment (more than <c>Amount</c> when part of it went to other invoices or stayed as credit).</summary>
    public Yen PaymentAmount { get; init; }
}

public sealed record PayerNameRow(Guid Id, Guid PartnerId, string PartnerName, string Name, string Key, PayerNameOrigin Origin, DateTimeOffset CreatedAt, string CreatedBy);
