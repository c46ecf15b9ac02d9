using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Home;

/// <summary>Counts for the landing pages. Tenant filters make the same query right for every role.</summary>
public sealed class HomeQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<HomeSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == db.Tenant.OwnOrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var organisationsByKind = await db.Organisations.AsNoTracking()
            .GroupBy(o => o.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new HomeSummary(
            organisation ?? string.Empty,
            await db.Customers.CountAsync(cancellationToken),
            organisationsByKind.GetValueOrDefault(OrganisationKind.SalesPartner),
            organisationsByKind.GetValueOrDefault(OrganisationKind.HardwareVendor),
            await db.Users.CountAsync(cancellationToken));
    }
}

public sealed record HomeSummary(string OrganisationName, int Customers, int Partners, int HardwareVendors, int Users);
