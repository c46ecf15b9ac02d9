using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Returns;

/// <summary>What happened to one unit, oldest first.</summary>
public enum SerialHistoryKind
{
    /// <summary>A status change of the unit (registration, allocation, shipment, custody receipt, swap, return, inspection, scrap).</summary>
    StatusChanged,
    KittingAssigned,
    KittingShipped,
    ReturnOpened,
    ReturnShipped,
    ReturnReceived,
    ReturnLost,
}

/// <summary>One line of a unit's history.</summary>
/// <param name="At">When (a date-only step at 0:00 in Tokyo).</param>
/// <param name="Kind">What.</param>
/// <param name="Status">The unit's new status for <see cref="SerialHistoryKind.StatusChanged"/>.</param>
/// <param name="Text">Details as recorded (note, carrier and tracking number, condition).</param>
/// <param name="By">Who.</param>
/// <param name="Link">The kitting task or return page, when there is one.</param>
public sealed record SerialHistoryEntry(DateTimeOffset At, SerialHistoryKind Kind, ApplianceStatus? Status, string? Text, string? By, string? Link);

/// <summary>A unit and its history.</summary>
public sealed record SerialHistory(Appliance Appliance, IReadOnlyList<SerialHistoryEntry> Entries);

/// <summary>
/// The history of one serial number from its appliance events, the kitting tasks that kitted it (the first task of each
/// contract it was ordered with, the swap task of each swap it replaced a unit in) and its returns. Only for users who may see the unit (vendor; the hardware vendor it is assigned to).
/// </summary>
public sealed class SerialHistoryQueries(HubDbContextFactory contextFactory)
{
    public async Task<SerialHistory?> GetAsync(Guid applianceId, CancellationToken cancellationToken = default)
    {
        await using (var visible = contextFactory.CreateDbContext())
        {
            if (!await visible.Appliances.AnyAsync(a => a.Id == applianceId, cancellationToken))
            {
                return null;
            }
        }

        await using var db = contextFactory.CreateElevatedContext();
        var appliance = await db.Appliances.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == applianceId, cancellationToken);
        var returns = await db.ReturnTasks.AsNoTracking().Where(t => t.ApplianceId == applianceId).ToListAsync(cancellationToken);
        // A swap's replacement is kitted under the swap's own task, the units a contract was ordered with under its first task:
        // a unit's history shows only the task that kitted it, not its predecessor's or its replacement's.
        var replacing = await db.SwapCases.AsNoTracking().Where(s => s.ReplacementApplianceId == applianceId)
            .Select(s => new { s.Id, s.ContractId }).ToListAsync(cancellationToken);
        var swapIds = replacing.Select(s => (Guid?)s.Id).ToList();
        var contracts = returns.Select(t => t.ContractId).Append(appliance.ContractId ?? Guid.Empty).Distinct()
            .Except(replacing.Select(s => s.ContractId)).ToList();
        var kittings = await db.KittingTasks.AsNoTracking()
            .Where(t => (t.SwapCaseId == null && contracts.Contains(t.ContractId)) || (t.SwapCaseId != null && swapIds.Contains(t.SwapCaseId)))
            .ToListAsync(cancellationToken);

        var entries = new List<SerialHistoryEntry>();
        entries.AddRange(appliance.History.Select(e => new SerialHistoryEntry(e.At, SerialHistoryKind.StatusChanged, e.Status, e.Note, e.By, null)));
        foreach (var kitting in kittings)
        {
            var link = $"kitting/{kitting.Id}";
            entries.Add(new SerialHistoryEntry(kitting.AssignedAt, SerialHistoryKind.KittingAssigned, null, null, null, link));
            if (kitting.ShippedOn is { } shipped)
            {
                entries.Add(new SerialHistoryEntry(StartOf(shipped), SerialHistoryKind.KittingShipped, null, $"{kitting.Carrier} {kitting.TrackingNumber}", null, link));
            }
        }

        foreach (var task in returns)
        {
            var link = $"returns/{task.Id}";
            entries.Add(new SerialHistoryEntry(task.OpenedAt, SerialHistoryKind.ReturnOpened, null, task.Reason.ToString(), task.OpenedBy, link));
            if (task.ShippedOn is { } shipped)
            {
                entries.Add(new SerialHistoryEntry(StartOf(shipped), SerialHistoryKind.ReturnShipped, null, $"{task.Carrier} {task.TrackingNumber}", null, link));
            }

            if (task.ReceivedOn is { } received)
            {
                var kind = task.Status == ReturnStatus.Lost ? SerialHistoryKind.ReturnLost : SerialHistoryKind.ReturnReceived;
                entries.Add(new SerialHistoryEntry(StartOf(received), kind, null, $"{task.Condition} {task.ConditionNote}".Trim(), task.ReceivedBy, link));
            }
        }

        return new SerialHistory(appliance, [.. entries.OrderBy(e => e.At).ThenBy(e => e.Kind)]);
    }

    private static DateTimeOffset StartOf(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), JapaneseFormat.Tokyo.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
}
