using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>
/// What Billing tells other features about a contract's payment, without them reading Billing's records: whether the
/// contract's hardware must wait for payment (002 §13-4: 機器は入金確認後に発送).
/// </summary>
public interface IContractPaymentStatus
{
    /// <summary>
    /// Of <paramref name="contractIds"/>, those whose shipment waits for payment: a plan under 002 whose first invoice (the
    /// earliest issued invoice with a line for the contract's first term) still has an open balance. A contract not yet invoiced,
    /// or whose first term is free (a March start, 002 §13-3-①), does not wait.
    /// </summary>
    Task<IReadOnlySet<Guid>> AwaitingPaymentAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken = default);
}

/// <summary>
/// Reads with the hub's own rights: the answer is one flag per contract the caller already sees (a hardware vendor sees its
/// kitting task but neither the contract nor the invoice), and nothing else of the invoice leaves Billing.
/// </summary>
public sealed class ContractPaymentStatus(HubDbContextOptions contextOptions, IOptions<PaymentsOptions> options, TimeProvider clock,
    IBusinessCalendarSource calendars) : IContractPaymentStatus
{
    public const string PaymentFirstPolicy = "002";

    public async Task<IReadOnlySet<Guid>> AwaitingPaymentAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contractIds);
        if (contractIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await using var db = contextOptions.Create(Infrastructure.Tenancy.TenantScope.System, clock);
        var ids = contractIds.ToList();
        var plans = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.PlanCode }).ToListAsync(cancellationToken);
        var paymentFirst = plans.Where(c => ServicePlanPolicy.TryForPlan(c.PlanCode, out var policy) && policy.Code == PaymentFirstPolicy).Select(c => c.Id).ToList();
        if (paymentFirst.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && i.Status != InvoiceStatus.Draft && i.RecipientKind == InvoiceRecipientKind.Partner
                && i.Items.Any(l => l.SourceContractId != null && paymentFirst.Contains(l.SourceContractId!.Value) && l.SourceTerm == 1))
            .ToListAsync(cancellationToken);
        var firstInvoices = invoices
            .SelectMany(i => i.Items.Where(l => l.SourceContractId is { } c && paymentFirst.Contains(c) && l.SourceTerm == 1)
                .Select(l => (Contract: l.SourceContractId!.Value, InvoiceId: i.Id, i.IssuedAt)))
            .GroupBy(x => x.Contract)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.IssuedAt).First().InvoiceId);
        if (firstInvoices.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var balances = new Dictionary<Guid, Yen>();
        var policy = options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));
        foreach (var invoiceId in firstInvoices.Values.Distinct())
        {
            var balance = (await ReceivableQueries.InvoiceBalancesAsync(db, policy, today, null, invoiceId, cancellationToken)).SingleOrDefault();
            balances[invoiceId] = balance?.Open ?? Yen.Zero;
        }

        return firstInvoices.Where(f => balances[f.Value] > Yen.Zero).Select(f => f.Key).ToHashSet();
    }
}
