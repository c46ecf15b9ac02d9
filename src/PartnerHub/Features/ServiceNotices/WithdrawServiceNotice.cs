using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What withdrawing or correcting did: the notice (the correction), or why nothing changed.</summary>
public sealed record NoticeChangeOutcome(Guid? NoticeId, NoticeRefusal? Refusal, bool NotAllowed = false, bool NotFound = false)
{
    public static NoticeChangeOutcome Forbidden { get; } = new(null, null, NotAllowed: true);

    public static NoticeChangeOutcome Missing { get; } = new(null, null, NotFound: true);
}

/// <summary>
/// Vendor operations withdraw a published notice (<see cref="ServiceNotice.Withdraw"/>), in one transaction: the notice
/// stays on every board marked withdrawn (a withdrawal posting per board), its e-mails not yet sent are cancelled (those
/// sent stay in the log as sent), and each address it was sent to gets a short withdrawal e-mail in the language it was
/// sent in; each customer whose letter was already posted gets a withdrawal letter to post (its unposted letters are not posted),
/// and each delivery by another method (001 §21-4) is followed by a withdrawal to tell the same way, listed until operations record it.
/// Partners are no longer asked to acknowledge it; a terms change's window closes after today (ADR-006).
/// </summary>
public sealed class WithdrawServiceNotice(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, NoticeComposer composer, TimeProvider clock)
{
    public async Task<NoticeChangeOutcome> ExecuteAsync(Guid noticeId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!ServiceNoticesPermissions.MayPublish(currentUser))
        {
            return NoticeChangeOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await WithdrawAsync(db, composer, noticeId, reason, clock.GetUtcNow(), currentUser.Name, cancellationToken);
    }

    /// <summary>Withdraws in <paramref name="db"/>, a vendor-scoped context (the use case above; the demo seed).</summary>
    internal static async Task<NoticeChangeOutcome> WithdrawAsync(HubDbContext db, NoticeComposer composer, Guid noticeId, string? reason, DateTimeOffset now,
        string by, CancellationToken cancellationToken)
    {
        var notice = await db.ServiceNotices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return NoticeChangeOutcome.Missing;
        }

        if (notice.Withdraw(reason, now, JapaneseFormat.TokyoDate(now), by) is { } refusal)
        {
            return new NoticeChangeOutcome(null, refusal);
        }

        var deliveries = new NoticeDeliveries(db, notice, composer, now);
        foreach (var partner in await db.ServiceNoticePartners.Where(p => p.NoticeId == noticeId).ToListAsync(cancellationToken))
        {
            deliveries.Board(partner.PartnerId, partner.PartnerName, withdrawal: true);
        }

        var names = await db.ServiceNoticeRecipients.Where(r => r.NoticeId == noticeId).ToDictionaryAsync(r => r.CustomerId, r => r.CustomerName, cancellationToken);
        foreach (var (delivery, email) in await CancelUnsentAsync(db, noticeId, now, cancellationToken))
        {
            if (email.SentAt is not null)
            {
                deliveries.WithdrawalEmail(delivery.PartnerId, delivery.CustomerId, delivery.Audience, delivery.Address, delivery.Language,
                    delivery.CustomerId is { } customerId ? names.GetValueOrDefault(customerId) : null);
            }
        }

        // A customer whose letter was already posted gets a withdrawal letter to post; unposted letters are simply not posted.
        foreach (var posted in await db.ServiceNoticeDeliveries
                     .Where(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter && !d.Withdrawal && d.LetterPostedOn != null)
                     .ToListAsync(cancellationToken))
        {
            deliveries.WithdrawalLetter(posted);
        }

        // Whom the notice reached by another method (001 §21-4) has to be told the same way: listed until operations record it.
        foreach (var other in await db.ServiceNoticeDeliveries
                     .Where(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Other && !d.Withdrawal)
                     .ToListAsync(cancellationToken))
        {
            deliveries.WithdrawalByOtherMethod(other);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new NoticeChangeOutcome(notice.Id, null);
    }

    /// <summary>
    /// Cancels the notice's e-mails not yet sent (<see cref="Domain.Notices.OutboundEmail.Cancel"/>) and returns every e-mail
    /// delivery of the notice with its message, sent or not.
    /// </summary>
    internal static async Task<IReadOnlyList<(ServiceNoticeDelivery Delivery, Domain.Notices.OutboundEmail Email)>> CancelUnsentAsync(
        HubDbContext db, Guid noticeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.ServiceNoticeDeliveries
                          where d.NoticeId == noticeId && d.Channel == NoticeChannel.Email && !d.Withdrawal
                          join e in db.OutboundEmails on d.OutboundEmailId equals (Guid?)e.Id
                          select new { Delivery = d, Email = e }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Email.Cancel(now);
        }

        return [.. rows.Select(r => (r.Delivery, r.Email))];
    }
}
