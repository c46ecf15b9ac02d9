using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.Features.ParameterSheets;

public sealed class ParameterSheetQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<SheetListItem>> ListAsync(ParameterSheetStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheets = db.ParameterSheets.AsNoTracking();
        if (status is { } wanted)
        {
            sheets = sheets.Where(s => s.Status == wanted);
        }

        return await sheets
            .Join(db.Customers, s => s.CustomerId, c => c.Id, (s, c) => new { s, c.Name })
            .Select(x => new SheetListItem(x.s.Id, x.Name, x.s.Status, x.s.Versions.Max(v => v.Number), x.s.Versions.Max(v => v.At)))
            .OrderByDescending(x => x.VersionNumber)
            .Take(1000)
            .ToListAsync(cancellationToken);
    }

    public async Task<SheetDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheet = await db.ParameterSheets.AsNoTracking().Include(s => s.Versions).Include(s => s.Events).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sheet is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == sheet.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new SheetDetail(sheet, customer);
    }

    /// <summary>The sheet of a contract, if one was started.</summary>
    public async Task<Guid?> FindForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ParameterSheets.AsNoTracking().Where(s => s.ContractId == contractId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}

public sealed record SheetListItem(Guid Id, string CustomerName, ParameterSheetStatus Status, int VersionNumber, DateTimeOffset UpdatedAt);

public sealed record SheetDetail(ParameterSheet Sheet, string CustomerName);
