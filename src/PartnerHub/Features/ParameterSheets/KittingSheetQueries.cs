using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.Features.ParameterSheets;

/// <summary>
/// The parameter sheet a hardware vendor applies when kitting (004 別紙4 §2-1). Sheets are the partner's records, so a
/// hardware vendor reads one only through a kitting task of the sheet's contract that it holds: every call first asks the
/// tenant-scoped context for such a task (not cancelled) and only then reads the sheet with elevated rights. This is the
/// one seam through which Logistics' users reach a sheet; Logistics itself keeps no copy of it.
/// </summary>
public sealed class KittingSheetQueries(HubDbContextFactory contextFactory)
{
    /// <summary>The sheet to apply for the kitting task, when the user sees the task and the contract has a sheet.</summary>
    public async Task<Guid?> FindForKittingTaskAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        Guid? contractId;
        await using (var db = contextFactory.CreateDbContext())
        {
            contractId = await db.KittingTasks.AsNoTracking().Where(t => t.Id == taskId && t.Status != KittingStatus.Cancelled)
                .Select(t => (Guid?)t.ContractId).SingleOrDefaultAsync(cancellationToken);
        }

        if (contractId is null)
        {
            return null;
        }

        await using var details = contextFactory.CreateElevatedContext();
        return await details.ParameterSheets.AsNoTracking().Where(s => s.ContractId == contractId)
            .OrderBy(s => s.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The sheet, read-only, when the user holds a kitting task of its contract; null otherwise (also for unknown ids).</summary>
    public async Task<KittingSheet?> GetAsync(Guid sheetId, CancellationToken cancellationToken = default)
    {
        await using var details = contextFactory.CreateElevatedContext();
        var contractId = await details.ParameterSheets.AsNoTracking().Where(s => s.Id == sheetId).Select(s => s.ContractId).SingleOrDefaultAsync(cancellationToken);
        if (contractId is null)
        {
            return null;
        }

        await using (var db = contextFactory.CreateDbContext())
        {
            if (!await db.KittingTasks.AnyAsync(t => t.ContractId == contractId && t.Status != KittingStatus.Cancelled, cancellationToken))
            {
                return null;
            }
        }

        var sheet = await details.ParameterSheets.AsNoTracking().Include(s => s.Versions).SingleAsync(s => s.Id == sheetId, cancellationToken);
        var customer = await details.Customers.AsNoTracking().Where(c => c.Id == sheet.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        var newest = sheet.Versions.MaxBy(v => v.Number)!;
        return new KittingSheet(sheet.Id, customer, sheet.Status, newest.Number, newest.At, newest.Content);
    }
}

/// <summary>What the hardware vendor may read of a sheet: the newest version's settings, not the review history or comments.</summary>
public sealed record KittingSheet(Guid Id, string CustomerName, ParameterSheetStatus Status, int VersionNumber, DateTimeOffset UpdatedAt, ParameterSheetContent Content);
