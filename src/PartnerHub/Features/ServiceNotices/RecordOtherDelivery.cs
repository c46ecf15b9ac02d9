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
/// back undelivered (001 §21-3) no longer needs another way once it is recorded.
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
}
