using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Domain.Hardware;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// Kitting tasks as their viewers may see them. A hardware vendor needs the delivery address of a task assigned to
/// it but may not browse customers, so the address is read only after the tenant filter has shown the task.
/// </summary>
public sealed class KittingQueries(HubDbContextFactory contextFactory, IContractPaymentStatus payments)
{
    private static readonly SortMap<KittingTask> s_sorts = new SortMap<KittingTask>(nameof(KittingListItem.Status))
        .Add(nameof(KittingListItem.Status), t => t.Status)
        .Add(nameof(KittingListItem.AssignedAt), t => t.AssignedAt)
        .Add(nameof(KittingListItem.PlannedDeliveryOn), t => t.PlannedDeliveryOn)
        .ThenAlwaysBy(t => t.AssignedAt);

    /// <summary>
    /// One page of the tasks the user may see (the tenant filter decides), then that page's contract and delivery names read
    /// with elevated rights: a hardware vendor sees the customer of its own tasks only.
    /// </summary>
    public async Task<PagedResult<KittingListItem>> ListAsync(KittingStatus? status, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contextFactory.CreateDbContext();
        var tasks = db.KittingTasks.AsNoTracking();
        if (status is { } wanted)
        {
            tasks = tasks.Where(t => t.Status == wanted);
        }

        var visible = await s_sorts.Apply(tasks, request).ToPageAsync(request, page => page.Select(t => t.Id), cancellationToken);
        var pageIds = visible.Items.ToList();
        await using var details = contextFactory.CreateElevatedContext();
        var items = await details.KittingTasks.AsNoTracking()
            .Where(t => pageIds.Contains(t.Id))
            .Join(details.Contracts, t => t.ContractId, c => c.Id, (t, c) => new { t, c })
            .Join(details.Customers, x => x.c.CustomerId, cu => cu.Id, (x, cu) => new KittingListItem(
                x.t.Id, x.c.Number, cu.Name, x.c.Units, x.t.Status, x.t.AssignedAt, x.t.PlannedDeliveryOn))
            .ToListAsync(cancellationToken);
        return new PagedResult<KittingListItem>([.. items.OrderBy(i => pageIds.IndexOf(i.Id))], visible.TotalCount);
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
        // A swap's task kits only its replacement; the contract's other units stay at the customer.
        var replacement = task.SwapCaseId is { } swapId
            ? await details.SwapCases.AsNoTracking().Where(s => s.Id == swapId).Select(s => s.ReplacementApplianceId).SingleAsync(cancellationToken)
            : null;
        var appliances = await details.Appliances.AsNoTracking().Where(a => a.ContractId == contract.Id && (replacement == null || a.Id == replacement))
            .OrderBy(a => a.SerialNumber).ToListAsync(cancellationToken);
        // 002 §13-4 holds the first shipment until payment; a replacement restores a service already paid for.
        bool awaitingPayment = task.SwapCaseId is null && task.Status != KittingStatus.Shipped && (await payments.AwaitingPaymentAsync([contract.Id], cancellationToken)).Contains(contract.Id);
        return new KittingDetail(task, contract.Number, contract.Id, contract.PlanCode, customer.Name,
            customer.PostalCode, (customer.Prefecture ?? string.Empty) + customer.Address, customer.ServiceContact.Name, customer.ServiceContact.Phone,
            hardwareVendor, appliances, awaitingPayment);
    }

    /// <summary>The kitting task of a contract, if one was arranged (for the contract page).</summary>
    public async Task<KittingTask?> FindForContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        return await db.KittingTasks.AsNoTracking().SingleOrDefaultAsync(t => t.ContractId == contractId && t.SwapCaseId == null, cancellationToken);
    }
}

public sealed record KittingListItem(Guid Id, string ContractNumber, string CustomerName, int Units, KittingStatus Status, DateTimeOffset AssignedAt, DateOnly? PlannedDeliveryOn);

public sealed record KittingDetail(
    KittingTask Task, string ContractNumber, Guid ContractId, string PlanCode, string CustomerName, string? PostalCode, string Address,
    string ContactName, string ContactPhone, string HardwareVendorName, IReadOnlyList<Appliance> Appliances, bool AwaitingPayment = false);
