using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Features.Logistics;

public sealed class InventoryQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Appliance>> ListAsync(ApplianceStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var appliances = db.Appliances.AsNoTracking();
        if (status is { } wanted)
        {
            appliances = appliances.Where(a => a.Status == wanted);
        }

        return await appliances.OrderBy(a => a.SerialNumber).Take(2000).ToListAsync(cancellationToken);
    }

    public async Task<int> CountInStockAsync(string modelCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Appliances.CountAsync(a => a.ModelCode == modelCode && a.Status == ApplianceStatus.InStock, cancellationToken);
    }
}
