using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Features.Contracts.DataAfterEnd;

/// <summary>The erasure evidence a contract page shows (tenant-filtered like every read).</summary>
public sealed class DataErasureQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    /// <summary>The erasure of <paramref name="contractId"/>'s data, if it ran.</summary>
    public async Task<DataErasure?> FindForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DataErasures.AsNoTracking().FirstOrDefaultAsync(e => e.ContractId == contractId, cancellationToken);
    }
}
