using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
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
}

/// <summary>The reminder log, newest first, paged on the server; a partner's user reads the reminders about its own invoices only.</summary>
public sealed class DunningQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<DunningLogItem> s_sorts = new SortMap<DunningLogItem>(nameof(DunningLogItem.SentOn), defaultDescending: true)
        .Add(nameof(DunningLogItem.SentOn), n => n.SentOn)
        .Add(nameof(DunningLogItem.InvoiceNumber), n => n.InvoiceNumber)
        .Add(nameof(DunningLogItem.PartnerName), n => n.PartnerName)
        .Add(nameof(DunningLogItem.Stage), n => n.Stage)
        .ThenAlwaysBy(n => n.Id);

    public async Task<PagedResult<DunningLogItem>> ListAsync(Guid? invoiceId, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        IQueryable<DunningNotice> notices = db.DunningNotices.AsNoTracking();
        if (invoiceId is { } id)
        {
            notices = notices.Where(n => n.InvoiceId == id);
        }

        var rows = notices.Join(db.Organisations, n => n.PartnerId, o => o.Id, (n, o) => new DunningLogItem
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
        });
        return await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, cancellationToken);
    }
}
