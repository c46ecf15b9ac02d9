using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// Kitting tasks as their viewers may see them. A hardware vendor needs the delivery address of a task assigned to
/// it but may not browse customers, so the address is read only after the tenant filter has shown the task.
/// </summary>
public sealed class KittingQueries(HubDbContextFactory contextFactory)
{
    public async Task<IReadOnlyList<KittingListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        var visibleIds = await db.KittingTasks.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        await using var details = contextFactory.CreateElevatedContext();
        return await details.KittingTasks.AsNoTracking()
            .Where(t => visibleIds.Contains(t.Id))
            .OrderBy(t => t.Status).ThenBy(t => t.AssignedAt)
            .Join(details.Contracts, t => t.ContractId, c => c.Id, (t, c) => new { t, c })
            .Join(details.Customers, x => x.c.CustomerId, cu => cu.Id, (x, cu) => new KittingListItem(
                x.t.Id, x.c.Number, cu.Name, x.c.Units, x.t.Status, x.t.AssignedAt, x.t.PlannedDeliveryOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<KittingDetail?> GetAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        if (!await db.KittingTasks.AnyAsync(t => t.Id == taskId, cancellationToken))
        {
            return null;
        }

        await using var details = contextFactory.CreateElevatedContext();
        var task = await details.KittingTasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken);
        var contract = await details.Contracts.AsNoTracking().SingleAsync(c => c.Id == task.ContractId, cancellationToken);
        var customer = await details.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var hardwareVendor = await details.Organisations.AsNoTracking().Where(o => o.Id == task.HardwareVendorId).Select(o => o.Name).SingleAsync(cancellationToken);
        var appliances = await details.Appliances.AsNoTracking().Where(a => a.ContractId == contract.Id).OrderBy(a => a.SerialNumber).ToListAsync(cancellationToken);
        return new KittingDetail(task, contract.Number, contract.Id, contract.PlanCode, customer.Name,
            customer.PostalCode, (customer.Prefecture ?? string.Empty) + customer.Address, customer.ServiceContact.Name, customer.ServiceContact.Phone,
            hardwareVendor, appliances);
    }

    /// <summary>The kitting task of a contract, if one was arranged (for the contract page).</summary>
    public async Task<KittingTask?> FindForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        return await db.KittingTasks.AsNoTracking().SingleOrDefaultAsync(t => t.ContractId == contractId, cancellationToken);
    }
}

public sealed record KittingListItem(Guid Id, string ContractNumber, string CustomerName, int Units, KittingStatus Status, DateTimeOffset AssignedAt, DateOnly? PlannedDeliveryOn);

public sealed record KittingDetail(
    KittingTask Task, string ContractNumber, Guid ContractId, string PlanCode, string CustomerName, string? PostalCode, string Address,
    string ContactName, string ContactPhone, string HardwareVendorName, IReadOnlyList<Appliance> Appliances);
