using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>
/// Vendor operations publish a corrected version of a notice (<see cref="ServiceNotice.PublishCorrection"/>), in one
/// transaction: the correction goes to the same recipients as the original — each board (acknowledged afresh), the same
/// e-mail addresses in the same languages, a letter to the same postal addresses — and the original is marked superseded,
/// with its e-mails not yet sent cancelled. Lead times count from the correction unless it only fixes wording (ADR-006).
/// </summary>
public sealed class CorrectServiceNotice(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, NoticeComposer composer, TimeProvider clock)
{
    public async Task<NoticeChangeOutcome> ExecuteAsync(Guid originalId, NoticeContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ServiceNoticesPermissions.MayPublish(currentUser))
        {
            return NoticeChangeOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await CorrectAsync(db, composer, originalId, content, clock.GetUtcNow(), currentUser.Name, cancellationToken);
    }

    /// <summary>Corrects in <paramref name="db"/>, a vendor-scoped context (the use case above; the demo seed).</summary>
    internal static async Task<NoticeChangeOutcome> CorrectAsync(HubDbContext db, NoticeComposer composer, Guid originalId, NoticeContent content,
        DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var original = await db.ServiceNotices.SingleOrDefaultAsync(n => n.Id == originalId, cancellationToken);
        if (original is null)
        {
            return NoticeChangeOutcome.Missing;
        }

        var partners = await db.ServiceNoticePartners.AsNoTracking().Where(p => p.NoticeId == originalId).ToListAsync(cancellationToken);
        var recipients = await db.ServiceNoticeRecipients.AsNoTracking().Where(r => r.NoticeId == originalId).ToListAsync(cancellationToken);
        var plans = recipients.SelectMany(r => r.PlanCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        var (correction, refusal) = ServiceNotice.PublishCorrection(original, Guid.NewGuid(), content, plans, recipients.Count, partners.Count, now,
            JapaneseFormat.TokyoDate(now), by);
        if (correction is null)
        {
            return new NoticeChangeOutcome(null, refusal);
        }

        db.ServiceNotices.Add(correction);
        // The original's e-mails still queued would only repeat what the correction replaces.
        var emails = await WithdrawServiceNotice.CancelUnsentAsync(db, originalId, now, cancellationToken);
        var letters = await db.ServiceNoticeDeliveries.AsNoTracking()
            .Where(d => d.NoticeId == originalId && d.Channel == NoticeChannel.Letter && !d.Withdrawal).ToListAsync(cancellationToken);
        var deliveries = new NoticeDeliveries(db, correction, composer, now);
        foreach (var partner in partners)
        {
            db.ServiceNoticePartners.Add(new ServiceNoticePartner(Guid.NewGuid(), correction.Id, partner.PartnerId, partner.PartnerName, partner.CustomerCount));
            deliveries.Board(partner.PartnerId, partner.PartnerName);
            var names = NoticeDeliveries.CustomerNames(recipients.Where(r => r.PartnerId == partner.PartnerId).Select(r => r.CustomerName));
            foreach (var (delivery, _) in emails.Where(e => e.Delivery.PartnerId == partner.PartnerId && e.Delivery.Audience == DeliveryAudience.Partner))
            {
                deliveries.Email(partner.PartnerId, null, DeliveryAudience.Partner, delivery.Address, delivery.Language, null, names);
            }
        }

        foreach (var recipient in recipients)
        {
            db.ServiceNoticeRecipients.Add(new ServiceNoticeRecipient(Guid.NewGuid(), correction.Id, recipient.PartnerId, recipient.CustomerId, recipient.CustomerName,
                recipient.PlanCodes));
            foreach (var (delivery, _) in emails.Where(e => e.Delivery.CustomerId == recipient.CustomerId))
            {
                deliveries.Email(recipient.PartnerId, recipient.CustomerId, DeliveryAudience.Customer, delivery.Address, delivery.Language, recipient.CustomerName, null);
            }

            foreach (var letter in letters.Where(l => l.CustomerId == recipient.CustomerId))
            {
                deliveries.Letter(recipient.PartnerId, recipient.CustomerId, letter.Address, letter.Language, letter.LetterDelivery);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new NoticeChangeOutcome(correction.Id, null);
    }
}
