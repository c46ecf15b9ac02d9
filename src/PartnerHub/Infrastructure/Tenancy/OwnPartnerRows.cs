using PartnerHub.Domain.Common;

namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>
/// States a partner's own-rows condition in a list query itself, where the tenant query filter already applies it.
/// </summary>
/// <remarks>
/// The filter reads "SeesAllPartners OR PartnerId = @partner" (one model for every scope). SQLite cannot use an index on
/// PartnerId for a disjunction with a parameter, and neither can a cached SQL Server plan, so at scale a partner's list scanned
/// every partner's rows (the alert list: a million). The plain condition beside it lets the (PartnerId, …) indexes work. It can
/// only narrow: the filter still applies, and vendor scopes get no condition at all.
/// </remarks>
public static class OwnPartnerRows
{
    public static IQueryable<T> OfOwnPartner<T>(this IQueryable<T> source, TenantScope tenant)
        where T : IPartnerOwned
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (tenant.SeesAllPartners)
        {
            return source;
        }

        Guid partnerId = tenant.PartnerId;
        return source.Where(e => e.PartnerId == partnerId);
    }
}
