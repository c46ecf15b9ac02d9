using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Ending;

/// <summary>What discontinuing a plan does to one contract.</summary>
public enum DiscontinuationOutcome
{
    /// <summary>The service ends on the abolition's last day.</summary>
    Ends,

    /// <summary>The contract already ends on or before that day (notice, earlier end): nothing changes.</summary>
    AlreadyEnds,

    /// <summary>The notice period of the plan (004 §15-2: 2 months; 002 §11-1: 4 months) is not met.</summary>
    NoticeTooShort,

    /// <summary>Any other refusal (shown with the contract).</summary>
    Refused,
}

/// <summary>One contract of a discontinuation, previewed or done.</summary>
public sealed record DiscontinuationRow(
    Guid ContractId, string Number, string CustomerName, string PartnerName, ContractStatus Status, DiscontinuationOutcome Outcome, Yen Refund, Yen PrepaidRefund);

/// <summary>What a whole discontinuation comes to: contracts per outcome and the refunds of those that end.</summary>
public sealed record DiscontinuationSummary(IReadOnlyDictionary<DiscontinuationOutcome, int> Counts, Yen RefundTotal)
{
    public static DiscontinuationSummary Empty { get; } = new(new Dictionary<DiscontinuationOutcome, int>(), Yen.Zero);

    /// <summary>Contracts of the plan in service, whatever their outcome.</summary>
    public int Total => Counts.Values.Sum();

    public int Count(DiscontinuationOutcome outcome) => Counts.GetValueOrDefault(outcome);

    public static DiscontinuationSummary Of(IEnumerable<DiscontinuationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new Dictionary<DiscontinuationOutcome, int>();
        var refunds = Yen.Zero;
        foreach (var row in rows)
        {
            counts[row.Outcome] = counts.GetValueOrDefault(row.Outcome) + 1;
            refunds += row.Refund + row.PrepaidRefund;
        }

        return new DiscontinuationSummary(counts, refunds);
    }
}

/// <summary>A discontinuation as the vendor administrator enters it.</summary>
/// <param name="PlanCode">The plan whose service is abolished.</param>
/// <param name="LastDay">Last day of service.</param>
/// <param name="NotifiedOn">Day the customers were notified (decides the notice period).</param>
/// <param name="Reason">Recorded on every contract.</param>
public sealed record DiscontinuationRequest(string PlanCode, DateOnly LastDay, DateOnly NotifiedOn, string Reason);

/// <summary>
/// The vendor abolishes the service of a plan (004 §15-2/4; 002 §11; 003 §14): every contract in service ends on the
/// last day, with the unexpired part refunded (and, for 002, a next-term fee already due). A preview shows each
/// contract's outcome and refund before anything changes; each contract is then saved on its own, so one refusal or
/// conflict never blocks the others, and a second run changes nothing.
/// </summary>
public sealed class DiscontinueService(HubDbContextOptions contexts, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendarSource)
{
    public async Task<IReadOnlyList<DiscontinuationRow>> PreviewAsync(DiscontinuationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(EndingPermissions.DiscontinuationRoles))
        {
            return [];
        }

        await using var db = contexts.Create(TenantScope.System, clock);
        var contracts = await InServiceOf(db, request.PlanCode).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, contracts, cancellationToken);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        return contracts.Select(c => Row(c, names, Outcome(c, request, today, calendars), request.LastDay, calendars)).ToList();
    }

    /// <summary>
    /// The preview's totals over every contract of the plan in service: contracts per outcome and the refunds. The contracts are
    /// read one by one (no list of them all is kept), so a plan with tens of thousands of contracts previews in bounded memory.
    /// </summary>
    public async Task<DiscontinuationSummary> PreviewSummaryAsync(DiscontinuationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(EndingPermissions.DiscontinuationRoles))
        {
            return DiscontinuationSummary.Empty;
        }

        await using var db = contexts.Create(TenantScope.System, clock);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        var counts = new Dictionary<DiscontinuationOutcome, int>();
        var refunds = Yen.Zero;
        var noNames = new Dictionary<Guid, (string Customer, string Partner)>();
        await foreach (var contract in InServiceOf(db, request.PlanCode).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var row = Row(contract, noNames, Outcome(contract, request, today, calendars), request.LastDay, calendars);
            counts[row.Outcome] = counts.GetValueOrDefault(row.Outcome) + 1;
            refunds += row.Refund + row.PrepaidRefund;
        }

        return new DiscontinuationSummary(counts, refunds);
    }

    /// <summary>One page of the preview (contracts by number) and how many contracts it covers in all: the page reads only its rows.</summary>
    public async Task<PagedResult<DiscontinuationRow>> PreviewPageAsync(DiscontinuationRequest request, ListRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(page);
        if (!currentUser.IsInAnyRole(EndingPermissions.DiscontinuationRoles))
        {
            return new PagedResult<DiscontinuationRow>([], 0);
        }

        await using var db = contexts.Create(TenantScope.System, clock);
        int total = await db.Contracts.CountAsync(c => c.PlanCode == request.PlanCode && InService.Contains(c.Status), cancellationToken);
        var contracts = await InServiceOf(db, request.PlanCode).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, contracts, cancellationToken);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        return new PagedResult<DiscontinuationRow>([.. contracts.Select(c => Row(c, names, Outcome(c, request, today, calendars), request.LastDay, calendars))], total);
    }

    /// <summary>Schedules the end of every contract the preview showed as ending; returns the rows as done.</summary>
    public async Task<IReadOnlyList<DiscontinuationRow>?> ExecuteAsync(DiscontinuationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(EndingPermissions.DiscontinuationRoles) || string.IsNullOrWhiteSpace(request.Reason))
        {
            return null;
        }

        List<Guid> ids;
        await using (var db = contexts.Create(TenantScope.System, clock))
        {
            ids = await db.Contracts.Where(c => c.PlanCode == request.PlanCode && InService.Contains(c.Status)).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var rows = new List<DiscontinuationRow>(ids.Count);
        foreach (var id in ids)
        {
            rows.Add(await EndOneAsync(id, request, cancellationToken));
        }

        return rows;
    }

    private static readonly ContractStatus[] InService = [ContractStatus.Delivered, ContractStatus.Active, ContractStatus.Ending];

    private async Task<DiscontinuationRow> EndOneAsync(Guid contractId, DiscontinuationRequest request, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(TenantScope.System, clock);
        var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == contractId, cancellationToken);
        var names = await NamesAsync(db, [contract], cancellationToken);
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        var outcome = Outcome(contract, request, today, calendars);
        if (outcome == DiscontinuationOutcome.Ends)
        {
            var refusal = contract.ScheduleEnd(request.LastDay, TerminationCause.ServiceDiscontinued, request.NotifiedOn, request.Reason, today, now, currentUser.Name, calendars);
            outcome = refusal switch
            {
                null => outcome,
                ContractRefusal.NoticeTooShort => DiscontinuationOutcome.NoticeTooShort,
                _ => DiscontinuationOutcome.Refused,
            };
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                outcome = DiscontinuationOutcome.Refused;
            }
        }

        return Row(contract, names, outcome, request.LastDay, calendars);
    }

    private static DiscontinuationOutcome Outcome(ServiceContract contract, DiscontinuationRequest request, DateOnly today, BusinessCalendarSet calendars)
    {
        var timeline = contract.Timeline(calendars)!;
        if (timeline.ServiceEnd is { } end && end <= request.LastDay || contract.EarlyEndCause is not null)
        {
            return DiscontinuationOutcome.AlreadyEnds;
        }

        if (timeline.EarliestVendorTermination(request.NotifiedOn) > request.LastDay.AddDays(1))
        {
            return DiscontinuationOutcome.NoticeTooShort;
        }

        return request.LastDay < today || request.NotifiedOn > today || request.LastDay < timeline.ServiceStart ? DiscontinuationOutcome.Refused : DiscontinuationOutcome.Ends;
    }

    private static DiscontinuationRow Row(ServiceContract contract, IReadOnlyDictionary<Guid, (string Customer, string Partner)> names, DiscontinuationOutcome outcome, DateOnly lastDay,
        BusinessCalendarSet calendars)
    {
        var (customer, partner) = names.GetValueOrDefault(contract.Id, (string.Empty, string.Empty));
        var settlement = outcome == DiscontinuationOutcome.Ends && contract.Timeline(calendars) is { } timeline && lastDay >= timeline.ServiceStart
            ? timeline.EarlyTermination(lastDay, TerminationCause.ServiceDiscontinued, contract.AnnualFee)
            : null;
        return new DiscontinuationRow(contract.Id, contract.Number, customer, partner, contract.Status, outcome,
            settlement?.Refund?.Amount ?? Yen.Zero, settlement?.PrepaidNextTerm?.Amount ?? Yen.Zero);
    }

    private static IQueryable<ServiceContract> InServiceOf(HubDbContext db, string planCode) =>
        db.Contracts.AsNoTracking().Where(c => c.PlanCode == planCode && InService.Contains(c.Status)).OrderBy(c => c.Number).ThenBy(c => c.Id);

    private static async Task<Dictionary<Guid, (string Customer, string Partner)>> NamesAsync(HubDbContext db, IReadOnlyList<ServiceContract> contracts, CancellationToken cancellationToken)
    {
        var ids = contracts.Select(c => c.Id).ToList();
        var rows = await (from c in db.Contracts.AsNoTracking()
                          where ids.Contains(c.Id)
                          join cu in db.Customers.AsNoTracking() on c.CustomerId equals cu.Id
                          join o in db.Organisations.AsNoTracking() on c.PartnerId equals o.Id
                          select new { c.Id, Customer = cu.Name, Partner = o.Name }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.Customer, r.Partner));
    }
}
