using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>A row of the notice list (the vendor's list, a partner's board).</summary>
public sealed record ServiceNoticeRow
{
    public required Guid Id { get; init; }

    public required ServiceNoticeType Type { get; init; }

    public required string TitleJa { get; init; }

    public string? TitleEn { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveUntil { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required bool PublishedAsEmergency { get; init; }

    /// <summary>Partners concerned (the vendor's view) or 1 (a partner's).</summary>
    public required int Partners { get; init; }

    /// <summary>Of those, how many have acknowledged it.</summary>
    public required int Acknowledged { get; init; }

    /// <summary>Targeted customers: all (the vendor's view) or the partner's own.</summary>
    public required int Customers { get; init; }

    /// <summary>In force, withdrawn, or replaced by a correction.</summary>
    public NoticeStanding Standing { get; init; }

    /// <summary>Whether it corrects an earlier notice.</summary>
    public bool IsCorrection { get; init; }
}

/// <summary>A partner's board entry and whether it has acknowledged the notice.</summary>
public sealed record NoticePartnerRow(Guid PartnerId, string PartnerName, int Customers, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy);

/// <summary>A customer a notice was published to.</summary>
public sealed record NoticeRecipientRow(Guid CustomerId, string CustomerName, string PartnerName, string PlanCodes);

/// <summary>
/// A withdrawal still to tell by another method: whom the notice reached that way (the customer, the addressee) and how, until
/// vendor operations record it (<see cref="ServiceNoticeDelivery.WithdrawalByOtherMethod"/>).
/// </summary>
public sealed record WithdrawalFollowUpRow(Guid DeliveryId, Guid CustomerId, string CustomerName, string PartnerName, string Method, string Addressee);

/// <summary>A letter of a notice: to whom, whether it withdraws the notice, and when it was posted and came back.</summary>
public sealed record NoticeLetterRow(Guid DeliveryId, string CustomerName, DateOnly? PostedOn, DateOnly? ReturnedOn, bool Withdrawal);

/// <summary>
/// One letter to print: the notice, the customer and its partner, the language it was issued in and, for a withdrawal letter,
/// the day the withdrawn letter was posted.
/// </summary>
public sealed record NoticeLetter(
    ServiceNotice Notice, Domain.Customers.Customer Customer, Domain.Partners.Organisation Partner, string Language, bool Withdrawal, DateOnly? WithdrawnLetterPostedOn)
{
    /// <summary>The letter's date: the withdrawal day for a withdrawal letter, else the publication day.</summary>
    public DateOnly IssuedOn => Withdrawal && Notice.WithdrawnOn is { } withdrawnOn ? withdrawnOn : Notice.PublishedOn;
}

/// <summary>The state of one delivery, as the log shows it.</summary>
public enum DeliveryState
{
    /// <summary>Posted on the board, not yet acknowledged.</summary>
    Posted,

    /// <summary>Acknowledged by the partner on its board.</summary>
    Acknowledged,

    /// <summary>E-mail waiting for its first attempt.</summary>
    Queued,

    /// <summary>E-mail handed to the mail server.</summary>
    Sent,

    /// <summary>E-mail failed and will be retried.</summary>
    Retrying,

    /// <summary>E-mail given up after the last attempt.</summary>
    Failed,

    /// <summary>Letter to post (its posting day not yet recorded).</summary>
    LetterToPost,

    /// <summary>Letter posted on the recorded day.</summary>
    LetterPosted,

    /// <summary>Letter came back undelivered and is still deemed delivered on its normal arrival day (003 §10-2).</summary>
    LetterReturned,

    /// <summary>Letter came back undelivered and so is not delivered (001 §21-3): the notice has to reach the customer another way.</summary>
    LetterUndelivered,

    /// <summary>Delivered by another method vendor operations recorded, at the time the notice names (001 §21-4).</summary>
    OtherMethod,

    /// <summary>A withdrawal to tell by another method whom the notice reached that way, not yet recorded as done (001 §21-4).</summary>
    OtherMethodToDo,

    /// <summary>E-mail cancelled before it was sent: the notice was withdrawn or corrected.</summary>
    Cancelled,
}

/// <summary>One row of the delivery log.</summary>
public sealed record DeliveryLogRow
{
    public required Guid Id { get; init; }

    public required string PartnerName { get; init; }

    public string? CustomerName { get; init; }

    public required DeliveryAudience Audience { get; init; }

    public required NoticeChannel Channel { get; init; }

    public required string Address { get; init; }

    public required string Language { get; init; }

    public required DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public bool Abandoned { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Whether the row carries the notice's withdrawal (a board posting or an e-mail) rather than the notice.</summary>
    public bool Withdrawal { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>The stored deemed delivery: a posting's (when posted) or another method's (the time the notice names).</summary>
    public DateTimeOffset? DeemedAt { get; init; }

    /// <summary>How another method reached the recipient (手渡し, FAX…); null on the other channels.</summary>
    public string? OtherMethod { get; init; }

    /// <summary>When a letter counts as delivered (001 §21-3 or 003 §10-2).</summary>
    public LetterDeliveryRule LetterDelivery { get; init; }

    public DateOnly? LetterArrivesOn { get; init; }

    public DateOnly? LetterPostedOn { get; init; }

    public DateOnly? LetterReturnedOn { get; init; }

    public Guid? CustomerId { get; init; }

    public DeliveryState State => Channel switch
    {
        NoticeChannel.Board => AcknowledgedAt is null || Withdrawal ? DeliveryState.Posted : DeliveryState.Acknowledged,
        NoticeChannel.Email when SentAt is not null => DeliveryState.Sent,
        NoticeChannel.Email when CancelledAt is not null => DeliveryState.Cancelled,
        NoticeChannel.Email when Abandoned => DeliveryState.Failed,
        NoticeChannel.Email when Attempts > 0 => DeliveryState.Retrying,
        NoticeChannel.Email => DeliveryState.Queued,
        NoticeChannel.Other => DeemedAt is null ? DeliveryState.OtherMethodToDo : DeliveryState.OtherMethod,
        _ when LetterReturnedOn is not null => LetterDeemedOn is null ? DeliveryState.LetterUndelivered : DeliveryState.LetterReturned,
        _ when LetterPostedOn is not null => DeliveryState.LetterPosted,
        _ => DeliveryState.LetterToPost,
    };

    /// <summary>A letter's deemed delivery day: its normal arrival unless it came back under a rule that needs it to arrive (001 §21-3; 003 §10-2).</summary>
    public DateOnly? LetterDeemedOn => DeemedDelivery.Letter(LetterArrivesOn, LetterReturnedOn, LetterDelivery);

    /// <summary>
    /// The deemed-delivery instant of a posting, an e-mail or another method; null for a letter (a day, <see cref="LetterDeemedOn"/>)
    /// and while not delivered.
    /// </summary>
    public DateTimeOffset? DeemedDeliveredInstant => Channel switch
    {
        NoticeChannel.Board => DeemedAt is { } posted ? DeemedDelivery.Posting(posted) : null,
        NoticeChannel.Email => DeemedDelivery.Email(SentAt),
        NoticeChannel.Other => DeemedAt is { } named ? DeemedDelivery.OtherMethod(named) : null,
        _ => null,
    };

    /// <summary>
    /// The deemed delivery (001 §21; 003 §10-2): posting when posted, e-mail when sent, letter on its normal arrival day after its
    /// recorded posting (none once it came back under 001 §21-3), another method at the time the notice names.
    /// </summary>
    public string? DeemedDelivered(Func<DateTimeOffset, string> instant, Func<DateOnly, string> day) => Channel switch
    {
        NoticeChannel.Letter => LetterDeemedOn is { } arrives ? day(arrives) : null,
        _ => DeemedDeliveredInstant is { } at ? instant(at) : null,
    };

    /// <summary>Whether the notice counts as delivered on this row.</summary>
    public bool IsDeemedDelivered => Channel == NoticeChannel.Letter ? LetterDeemedOn is not null : DeemedDeliveredInstant is not null;
}

/// <summary>
/// Notices, their partners, recipients and delivery log. Every query runs through the tenant-scoped context: a partner reads
/// only the notices with its own board entry, and of those only its own entry, customers and deliveries.
/// </summary>
public sealed class ServiceNoticeQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<ServiceNoticeRow> s_sorts = new SortMap<ServiceNoticeRow>(nameof(ServiceNoticeRow.PublishedAt), defaultDescending: true)
        .Add(nameof(ServiceNoticeRow.PublishedAt), n => n.PublishedAt)
        .Add(nameof(ServiceNoticeRow.EffectiveFrom), n => n.EffectiveFrom)
        .Add(nameof(ServiceNoticeRow.Type), n => n.Type)
        .Add(nameof(ServiceNoticeRow.TitleJa), n => n.TitleJa)
        .ThenAlwaysBy(n => n.Id);

    /// <summary>One page of the notices the user may read, newest first by default.</summary>
    public async Task<PagedResult<ServiceNoticeRow>> ListAsync(ListRequest request, bool unacknowledgedOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partners = db.ServiceNoticePartners.AsNoTracking().OfOwnPartner(db.Tenant);
        var notices = db.ServiceNotices.AsNoTracking();
        if (unacknowledgedOnly)
        {
            // A withdrawn or replaced notice asks nothing of the partners any more.
            notices = notices.Where(n => n.WithdrawnAt == null && n.SupersededById == null && partners.Any(p => p.NoticeId == n.Id && p.AcknowledgedAt == null));
        }

        var rows = notices.Select(n => new ServiceNoticeRow
        {
            Id = n.Id,
            Type = n.Type,
            TitleJa = n.TitleJa,
            TitleEn = n.TitleEn,
            EffectiveFrom = n.EffectiveFrom,
            EffectiveUntil = n.EffectiveUntil,
            PublishedAt = n.PublishedAt,
            PublishedAsEmergency = n.PublishedAsEmergency,
            Partners = partners.Count(p => p.NoticeId == n.Id),
            Acknowledged = partners.Count(p => p.NoticeId == n.Id && p.AcknowledgedAt != null),
            Customers = partners.Where(p => p.NoticeId == n.Id).Sum(p => p.CustomerCount),
            Standing = n.WithdrawnAt != null ? NoticeStanding.Withdrawn : n.SupersededById != null ? NoticeStanding.Superseded : NoticeStanding.InForce,
            IsCorrection = n.CorrectsId != null,
        });
        return await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, notices.CountAsync, cancellationToken);
    }

    /// <summary>What <paramref name="targeting"/> reaches: customers per partner and the plans (before publishing).</summary>
    public async Task<TargetPreview> PreviewAsync(NoticeTargeting targeting, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await NoticeTargets.PreviewAsync(db, targeting, cancellationToken);
    }

    /// <summary>One page of the customers <paramref name="targeting"/> reaches.</summary>
    public async Task<PagedResult<TargetedCustomer>> PreviewPageAsync(NoticeTargeting targeting, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await NoticeTargets.PageAsync(db, targeting, request, cancellationToken);
    }

    /// <summary>The software versions the units serving a live contract report, for targeting (what a notice can reach; not a version only units of ended contracts report).</summary>
    public async Task<IReadOnlyList<string>> SoftwareVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.HealthOfServingUnits().AsNoTracking().Where(h => h.SoftwareVersion != null).Select(h => h.SoftwareVersion!).Distinct().OrderBy(v => v)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A notice the user may read; null when it does not exist or concerns none of the partner's customers.</summary>
    public async Task<ServiceNotice?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
    }

    /// <summary>The partners concerned (a partner: its own entry), those who have not acknowledged first.</summary>
    public async Task<PagedResult<NoticePartnerRow>> PartnersAsync(Guid noticeId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partners = db.ServiceNoticePartners.AsNoTracking().OfOwnPartner(db.Tenant).Where(p => p.NoticeId == noticeId);
        return await partners.OrderBy(p => p.AcknowledgedAt != null).ThenBy(p => p.PartnerName).ThenBy(p => p.Id)
            .ToPageAsync(request, page => page.Select(p => new NoticePartnerRow(p.PartnerId, p.PartnerName, p.CustomerCount, p.AcknowledgedAt, p.AcknowledgedBy)),
                cancellationToken);
    }

    /// <summary>One page of the customers it was published to (a partner: its own).</summary>
    public async Task<PagedResult<NoticeRecipientRow>> RecipientsAsync(Guid noticeId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var recipients = db.ServiceNoticeRecipients.AsNoTracking().OfOwnPartner(db.Tenant).Where(r => r.NoticeId == noticeId);
        var rows = from r in recipients
                   join p in db.ServiceNoticePartners on new { r.NoticeId, r.PartnerId } equals new { p.NoticeId, p.PartnerId }
                   orderby p.PartnerName, r.CustomerName, r.Id
                   select new NoticeRecipientRow(r.CustomerId, r.CustomerName, p.PartnerName, r.PlanCodes);
        return await ((IOrderedQueryable<NoticeRecipientRow>)rows).ToPageAsync(request, page => page, recipients.CountAsync, cancellationToken);
    }

    /// <summary>One page of the delivery log (a partner: its own deliveries).</summary>
    public async Task<PagedResult<DeliveryLogRow>> DeliveryLogAsync(Guid noticeId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deliveries = db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant).Where(d => d.NoticeId == noticeId);
        return await Log(db, deliveries).ToPageAsync(request, page => page, deliveries.CountAsync, cancellationToken);
    }

    /// <summary>Every row of the delivery log, for the export (enumerated once while the workbook is written).</summary>
    public async IAsyncEnumerable<DeliveryLogRow> StreamDeliveryLogAsync(Guid noticeId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deliveries = db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant).Where(d => d.NoticeId == noticeId);
        await foreach (var row in Log(db, deliveries).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The letters of a notice (and its withdrawal letters) with their posting and return, by customer (a partner: its own).</summary>
    public async Task<IReadOnlyList<NoticeLetterRow>> LettersAsync(Guid noticeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letters = db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant).Where(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter);
        return await (from d in letters
                      join r in db.ServiceNoticeRecipients on new { d.NoticeId, CustomerId = d.CustomerId ?? Guid.Empty } equals new { r.NoticeId, r.CustomerId }
                      orderby r.CustomerName, d.Withdrawal, d.Id
                      select new NoticeLetterRow(d.Id, r.CustomerName, d.LetterPostedOn, d.LetterReturnedOn, d.Withdrawal)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The customers the notice has not reached and who need another way (001 §21-3, §21-4): their letter came back under a
    /// rule that needs it to arrive, and nothing else reached them — no e-mail sent, no other method recorded. By name (a partner: its own).
    /// </summary>
    public async Task<IReadOnlyList<NoticeRecipientRow>> NeedingAnotherWayAsync(Guid noticeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deliveries = db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant).Where(d => d.NoticeId == noticeId && !d.Withdrawal);
        var sent = db.OutboundEmails.Where(e => e.SentAt != null).Select(e => (Guid?)e.Id);
        return await (from r in db.ServiceNoticeRecipients.AsNoTracking().OfOwnPartner(db.Tenant)
                      join p in db.ServiceNoticePartners on new { r.NoticeId, r.PartnerId } equals new { p.NoticeId, p.PartnerId }
                      where r.NoticeId == noticeId
                          && deliveries.Any(d => d.CustomerId == r.CustomerId && d.Channel == NoticeChannel.Letter && d.LetterReturnedOn != null
                              && d.LetterDelivery == LetterDeliveryRule.ReachesAddress)
                          && !deliveries.Any(d => d.CustomerId == r.CustomerId
                              && (d.Channel == NoticeChannel.Other || (d.Channel == NoticeChannel.Email && sent.Contains(d.OutboundEmailId))))
                      orderby r.CustomerName, r.Id
                      select new NoticeRecipientRow(r.CustomerId, r.CustomerName, p.PartnerName, r.PlanCodes)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The withdrawals still to tell by another method (001 §21-4): each delivery of the withdrawn notice by another method, with whom
    /// it reached and how, until vendor operations record the withdrawal's delivery. By customer (a partner: its own).
    /// </summary>
    public async Task<IReadOnlyList<WithdrawalFollowUpRow>> WithdrawalFollowUpsAsync(Guid noticeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (from d in db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant)
                      where d.NoticeId == noticeId && d.Channel == NoticeChannel.Other && d.Withdrawal && d.DeemedDeliveredAt == null
                      join r in db.ServiceNoticeRecipients on new { d.NoticeId, CustomerId = d.CustomerId ?? Guid.Empty } equals new { r.NoticeId, r.CustomerId }
                      join p in db.ServiceNoticePartners on new { d.NoticeId, d.PartnerId } equals new { p.NoticeId, p.PartnerId }
                      orderby r.CustomerName, d.Address, d.Id
                      select new WithdrawalFollowUpRow(d.Id, r.CustomerId, r.CustomerName, p.PartnerName, d.OtherMethod ?? string.Empty, d.Address))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="take"/> customers the notice was published to whose name contains <paramref name="text"/>, by name (a partner: its own).</summary>
    public async Task<IReadOnlyList<NoticeRecipientRow>> FindRecipientsAsync(Guid noticeId, string? text, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var recipients = db.ServiceNoticeRecipients.AsNoTracking().OfOwnPartner(db.Tenant).Where(r => r.NoticeId == noticeId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var part = text.Trim();
            recipients = recipients.Where(r => r.CustomerName.Contains(part));
        }

        return await (from r in recipients
                      join p in db.ServiceNoticePartners on new { r.NoticeId, r.PartnerId } equals new { p.NoticeId, p.PartnerId }
                      orderby r.CustomerName, r.Id
                      select new NoticeRecipientRow(r.CustomerId, r.CustomerName, p.PartnerName, r.PlanCodes)).Take(Math.Clamp(take, 1, ListRequest.MaxPageSize))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the user's partner has acknowledged the notice; null when it has no board entry (the vendor).</summary>
    public async Task<NoticePartnerRow?> OwnEntryAsync(Guid noticeId, Guid partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceNoticePartners.AsNoTracking().OfOwnPartner(db.Tenant).Where(p => p.NoticeId == noticeId && p.PartnerId == partnerId)
            .Select(p => new NoticePartnerRow(p.PartnerId, p.PartnerName, p.CustomerCount, p.AcknowledgedAt, p.AcknowledgedBy)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>One letter of the notice (a delivery on the letter channel), when the user may read it: a partner only its own customers'.</summary>
    public async Task<NoticeLetter?> LetterAsync(Guid noticeId, Guid deliveryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letter = await db.ServiceNoticeDeliveries.AsNoTracking().OfOwnPartner(db.Tenant)
            .Where(d => d.Id == deliveryId && d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter && d.CustomerId != null)
            .Select(d => new
            {
                CustomerId = d.CustomerId!.Value,
                d.Language,
                d.Withdrawal,
                WithdrawnLetterPostedOn = db.ServiceNoticeDeliveries.Where(o => o.Id == d.WithdrawsLetterId).Select(o => o.LetterPostedOn).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var notice = letter is null ? null : await db.ServiceNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        var customer = notice is null ? null : await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == letter!.CustomerId, cancellationToken);
        var partner = customer is null ? null : await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == customer.PartnerId, cancellationToken);
        return notice is not null && customer is not null && partner is not null
            ? new NoticeLetter(notice, customer, partner, letter!.Language, letter.Withdrawal, letter.WithdrawnLetterPostedOn)
            : null;
    }

    private static IOrderedQueryable<DeliveryLogRow> Log(HubDbContext db, IQueryable<ServiceNoticeDelivery> deliveries) =>
        (IOrderedQueryable<DeliveryLogRow>)(from d in deliveries
        join p in db.ServiceNoticePartners on new { d.NoticeId, d.PartnerId } equals new { p.NoticeId, p.PartnerId }
        join r in db.ServiceNoticeRecipients on new { d.NoticeId, CustomerId = d.CustomerId ?? Guid.Empty } equals new { r.NoticeId, r.CustomerId } into customers
        from r in customers.DefaultIfEmpty()
        join e in db.OutboundEmails on d.OutboundEmailId equals (Guid?)e.Id into emails
        from e in emails.DefaultIfEmpty()
        orderby p.PartnerName, d.Audience, r.CustomerName, d.Channel, d.Address, d.Id
        select new DeliveryLogRow
        {
            Id = d.Id,
            PartnerName = p.PartnerName,
            CustomerName = r == null ? null : r.CustomerName,
            CustomerId = d.CustomerId,
            Audience = d.Audience,
            Channel = d.Channel,
            Address = d.Address,
            Language = d.Language,
            QueuedAt = d.QueuedAt,
            SentAt = e == null ? null : e.SentAt,
            Attempts = e == null ? 0 : e.Attempts,
            LastError = e == null ? null : e.LastError,
            Abandoned = e != null && e.Abandoned,
            CancelledAt = e == null ? null : e.CancelledAt,
            Withdrawal = d.Withdrawal,
            AcknowledgedAt = d.Channel == NoticeChannel.Board && !d.Withdrawal ? p.AcknowledgedAt : null,
            DeemedAt = d.DeemedDeliveredAt,
            OtherMethod = d.OtherMethod,
            LetterDelivery = d.LetterDelivery,
            LetterArrivesOn = d.LetterArrivesOn,
            LetterPostedOn = d.LetterPostedOn,
            LetterReturnedOn = d.LetterReturnedOn,
        });
}
