using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// A replacement kitting no longer wanted (its swap case was withdrawn before shipping): the task is cancelled and the
/// allocated unit goes back to stock. Works in the caller's context so the withdrawal and its consequences are saved together.
/// </summary>
public static class ReplacementCancellation
{
    /// <summary>Cancels kitting task <paramref name="kittingTaskId"/> and returns unit <paramref name="applianceId"/> to stock; false once shipped.</summary>
    public static async Task<bool> ReplacementWithdrawnAsync(HubDbContext db, Guid kittingTaskId, Guid applianceId, DateTimeOffset at, string by, string note,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var task = await db.KittingTasks.SingleOrDefaultAsync(t => t.Id == kittingTaskId, cancellationToken);
        if (task is null || !task.Cancel())
        {
            return false;
        }

        var unit = await db.Appliances.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == applianceId, cancellationToken);
        return unit is not null && unit.MoveTo(ApplianceStatus.InStock, at, by, note);
    }
}
