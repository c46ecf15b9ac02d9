using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>A partner acknowledges a notice on its board; the vendor sees who has and who has not.</summary>
public sealed class AcknowledgeServiceNotice(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>True when recorded now or before; false when the user may not (not a partner, or not its notice).</summary>
    public async Task<bool> ExecuteAsync(Guid noticeId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(ServiceNoticesPermissions.AcknowledgeRoles) || currentUser.Scope.SeesAllPartners)
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partnerId = db.Tenant.PartnerId;
        var entry = await db.ServiceNoticePartners.SingleOrDefaultAsync(p => p.NoticeId == noticeId && p.PartnerId == partnerId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        if (entry.Acknowledge(clock.GetUtcNow(), currentUser.Name))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
