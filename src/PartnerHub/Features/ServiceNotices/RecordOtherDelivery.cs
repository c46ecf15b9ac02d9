using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>What recording a delivery by another method did: the delivery, or why nothing was recorded.</summary>
public sealed record OtherDeliveryOutcome(Guid? DeliveryId, OtherDeliveryError? Error = null, bool NotAllowed = false)
{
    public static OtherDeliveryOutcome Forbidden { get; } = new(null, NotAllowed: true);
}

/// <summary>
/// Vendor operations record that a notice reached one of its customers by another method (001 §21-4: その他、当社が適切と判断する
/// 方法 — hand delivery, FAX, read out on the phone, written freely) and the time the notice names as its delivery
/// (<see cref="ServiceNotice.RecordOtherMethod"/>). It shows in the delivery log and its exports; a customer whose letter came
/// back undelivered (001 §21-3) no longer needs another way once it is recorded. Once the notice is withdrawn, whom it reached
/// that way is told of the withdrawal the same way (<see cref="WithdrawalAsync"/>).
/// </summary>
public sealed class RecordOtherDelivery(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<OtherDeliveryOutcome> ExecuteAsync(Guid noticeId, Guid customerId, string? method, string? addressee, DateTimeOffset namedTime,
        CancellationToken cancellationToken = default)
    {
        if (!ServiceNoticesPermissions.MayPublish(currentUser))
        {
            return OtherDeliveryOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.ServiceNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return new OtherDeliveryOutcome(null, OtherDeliveryError.NotARecipient);
        }

        var recipient = await db.ServiceNoticeRecipients.AsNoTracking().SingleOrDefaultAsync(r => r.NoticeId == noticeId && r.CustomerId == customerId, cancellationToken);
        var language = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.NotificationLanguage).SingleOrDefaultAsync(cancellationToken);
        var (delivery, error) = notice.RecordOtherMethod(Guid.NewGuid(), recipient, method, addressee, PublishServiceNotice.Culture(language).Name, namedTime,
            clock.GetUtcNow(), currentUser.Name);
        if (delivery is null)
        {
            return new OtherDeliveryOutcome(null, error);
        }

        db.ServiceNoticeDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return new OtherDeliveryOutcome(delivery.Id);
    }

    /// <summary>
    /// Records that the withdrawal of the notice reached, by another method, whom the notice had reached that way
    /// (<paramref name="followUpId"/>, a row of <see cref="ServiceNoticeQueries.WithdrawalFollowUpsAsync"/>;
    /// <see cref="ServiceNotice.RecordWithdrawalByOtherMethod"/>), at the time the withdrawal names.
    /// </summary>
    public async Task<OtherDeliveryOutcome> WithdrawalAsync(Guid noticeId, Guid followUpId, string? method, string? addressee, DateTimeOffset namedTime,
        CancellationToken cancellationToken = default)
    {
        if (!ServiceNoticesPermissions.MayPublish(currentUser))
        {
            return OtherDeliveryOutcome.Forbidden;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.ServiceNotices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return new OtherDeliveryOutcome(null, OtherDeliveryError.NotAFollowUp);
        }

        var followUp = await db.ServiceNoticeDeliveries.SingleOrDefaultAsync(d => d.Id == followUpId && d.NoticeId == noticeId, cancellationToken);
        if (notice.RecordWithdrawalByOtherMethod(followUp, method, addressee, namedTime, currentUser.Name) is { } error)
        {
            return new OtherDeliveryOutcome(null, error);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OtherDeliveryOutcome(followUp!.Id);
    }
}
