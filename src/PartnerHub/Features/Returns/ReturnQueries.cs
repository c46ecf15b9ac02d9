using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Returns;

/// <summary>
/// Returns as their viewers may see them. The tenant filter picks the tasks (a partner's own customers', a hardware
/// vendor's incoming units); the contract and customer names of the visible tasks are then read with elevated rights,
/// because a hardware vendor may not browse customers.
/// </summary>
public sealed class ReturnQueries(HubDbContextFactory contextFactory, TimeProvider clock)
{
    private static readonly SortMap<ReturnTask> s_sorts = new SortMap<ReturnTask>(nameof(ReturnListItem.Deadline))
        .Add(nameof(ReturnListItem.Deadline), t => t.Deadline)
        .Add(nameof(ReturnListItem.SerialNumber), t => t.SerialNumber)
        .Add(nameof(ReturnListItem.Status), t => t.Status)
        .Add(nameof(ReturnListItem.ReceivedOn), t => t.ReceivedOn)
        .ThenAlwaysBy(t => t.Id);

    /// <summary>Today in Tokyo: a deadline is a Japanese calendar day.</summary>
    public DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    public async Task<PagedResult<ReturnListItem>> ListAsync(ReturnFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        await using var db = contextFactory.CreateDbContext();
        var tasks = db.ReturnTasks.AsNoTracking();
        if (filter.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        if (filter.Reason is { } reason)
        {
            tasks = tasks.Where(t => t.Reason == reason);
        }

        if (filter.OverdueOnly)
        {
            tasks = tasks.Where(t => t.Status == ReturnStatus.AwaitingShipment && t.Deadline < today);
        }

        if (filter.Search is { } term)
        {
            var serial = term.ToUpperInvariant();
            tasks = tasks.Where(t => t.SerialNumber.Contains(serial));
        }

        var visible = await s_sorts.Apply(tasks, request).ToPageAsync(request, page => page, cancellationToken);
        var contractIds = visible.Items.Select(t => t.ContractId).Distinct().ToList();
        await using var details = contextFactory.CreateElevatedContext();
        var names = await details.Contracts.AsNoTracking()
            .Where(c => contractIds.Contains(c.Id))
            .Join(details.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new { c.Id, c.Number, Customer = cu.Name })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var items = visible.Items.Select(t => new ReturnListItem(
            t.Id, t.SerialNumber, t.ModelCode, names[t.ContractId].Number, names[t.ContractId].Customer, t.Reason, t.Status, t.Deadline,
            t.ShippingPaidBy, t.TrackingNumber, t.ReceivedOn, t.Condition, t.IsOverdue(today))).ToList();
        return new PagedResult<ReturnListItem>(items, visible.TotalCount);
    }

    /// <summary>One return with what its page and its receipt show; null when the user may not see it.</summary>
    public async Task<ReturnDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using (var db = contextFactory.CreateDbContext())
        {
            if (!await db.ReturnTasks.AnyAsync(t => t.Id == id, cancellationToken))
            {
                return null;
            }
        }

        await using var details = contextFactory.CreateElevatedContext();
        var task = await details.ReturnTasks.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        var contract = await details.Contracts.AsNoTracking().SingleAsync(c => c.Id == task.ContractId, cancellationToken);
        var customer = await details.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var partner = await details.Organisations.AsNoTracking().Where(o => o.Id == task.PartnerId).Select(o => o.Name).SingleAsync(cancellationToken);
        var hardwareVendor = task.HardwareVendorId is { } vendorId
            ? await details.Organisations.AsNoTracking().Where(o => o.Id == vendorId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var appliance = await details.Appliances.AsNoTracking().SingleAsync(a => a.Id == task.ApplianceId, cancellationToken);
        var charges = await details.PendingCharges.AsNoTracking().Where(c => c.SourceId == task.Id).OrderBy(c => c.Kind).ToListAsync(cancellationToken);
        return new ReturnDetail(task, contract.Number, contract.PlanCode, customer.Name, customer.PostalCode, (customer.Prefecture ?? string.Empty) + customer.Address,
            customer.ServiceContact.Name, partner, hardwareVendor, appliance.Status, appliance.Condition, charges, task.IsOverdue(Today));
    }
}

/// <summary>The returns list's filters, as they travel in its URL.</summary>
public sealed record ReturnFilter(ReturnStatus? Status = null, ReturnReason? Reason = null, bool OverdueOnly = false, string? Search = null)
{
    public static ReturnFilter FromUrl(string? status, string? reason, string? overdue, string? search) =>
        new(QueryValue.Enum<ReturnStatus>(status), QueryValue.Enum<ReturnReason>(reason), QueryValue.Flag(overdue), QueryValue.Text(search));
}

public sealed record ReturnListItem(
    Guid Id, string SerialNumber, string ModelCode, string ContractNumber, string CustomerName, ReturnReason Reason, ReturnStatus Status, DateOnly Deadline,
    Domain.Contracts.Terms.ReturnShippingPayer ShippingPaidBy, string? TrackingNumber, DateOnly? ReceivedOn, ReturnCondition? Condition, bool IsOverdue);

public sealed record ReturnDetail(
    ReturnTask Task, string ContractNumber, string PlanCode, string CustomerName, string? PostalCode, string Address, string ContactName, string PartnerName,
    string? HardwareVendorName, ApplianceStatus ApplianceStatus, ApplianceCondition ApplianceCondition, IReadOnlyList<PendingCharge> Charges, bool IsOverdue);
