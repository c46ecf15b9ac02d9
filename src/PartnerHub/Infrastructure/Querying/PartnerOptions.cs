using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>The sales partners a list can be filtered by (the vendor's lists only: a partner's context sees just itself).</summary>
public sealed class PartnerOptions(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<PartnerOption>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.SalesPartner)
            .OrderBy(o => o.NameKana)
            .Select(o => new PartnerOption(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }
}

public sealed record PartnerOption(Guid Id, string Name);
