using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>A row of the reminder log.</summary>
public sealed record DunningLogItem
{
    public required Guid Id { get; init; }

    public required Guid InvoiceId { get; init; }

    public required string InvoiceNumber { get; init; }

    public required string PartnerName { get; init; }

    public required int Stage { get; init; }

    public required int DaysOverdue { get; init; }

    public required DateOnly DueDate { get; init; }

    public required Domain.Money.Yen OpenBalance { get; init; }

    public required string Recipients { get; init; }

    public required DateOnly SentOn { get; init; }

    public required string QueuedBy { get; init; }

    /// <summary>Who the invoice bills (the partner, or the partner's customer in the retail book).</summary>
    public string RecipientName { get; init; } = string.Empty;
}

/// <summary>
/// Which reminders: the vendor's to partners (<see cref="InvoiceRecipientKind.Partner"/>) or a partner's to its customers, optionally of
/// one invoice or one customer.
/// </summary>
public sealed record DunningLogFilter(Guid? InvoiceId = null, InvoiceRecipientKind Book = InvoiceRecipientKind.Partner, Guid? CustomerId = null);

/// <summary>
/// The reminder log, newest first, paged on the server, in one book: a partner's user reads the reminders about its own invoices and its
/// own reminders to its customers only; the vendor's users never those to customers (the invoices of that book are hidden from them).
/// </summary>
public sealed class DunningQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<DunningLogItem> s_sorts = new SortMap<DunningLogItem>(nameof(DunningLogItem.SentOn), defaultDescending: true)
        .Add(nameof(DunningLogItem.SentOn), n => n.SentOn)
        .Add(nameof(DunningLogItem.InvoiceNumber), n => n.InvoiceNumber)
        .Add(nameof(DunningLogItem.PartnerName), n => n.PartnerName)
        .Add(nameof(DunningLogItem.Stage), n => n.Stage)
        .ThenAlwaysBy(n => n.Id);

    public Task<PagedResult<DunningLogItem>> ListAsync(Guid? invoiceId, ListRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(new DunningLogFilter(invoiceId), request, cancellationToken);

    public async Task<PagedResult<DunningLogItem>> ListAsync(DunningLogFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        IQueryable<DunningNotice> notices = db.DunningNotices.AsNoTracking();
        if (filter.InvoiceId is { } id)
        {
            notices = notices.Where(n => n.InvoiceId == id);
        }

        var book = filter.Book;
        var invoices = db.Invoices.AsNoTracking().Where(i => i.RecipientKind == book);
        if (filter.CustomerId is { } customer)
        {
            invoices = invoices.Where(i => i.RecipientId == customer);
        }

        var rows = from n in notices
                   join i in invoices on n.InvoiceId equals i.Id
                   join o in db.Organisations on n.PartnerId equals o.Id
                   select new DunningLogItem
                   {
                       Id = n.Id,
                       InvoiceId = n.InvoiceId,
                       InvoiceNumber = n.InvoiceNumber,
                       PartnerName = o.Name,
                       Stage = n.Stage,
                       DaysOverdue = n.DaysOverdue,
                       DueDate = n.DueDate,
                       OpenBalance = n.OpenBalance,
                       Recipients = n.Recipients,
                       SentOn = n.SentOn,
                       QueuedBy = n.QueuedBy,
                       RecipientName = i.RecipientName,
                   };
        return await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, cancellationToken);
    }
}
