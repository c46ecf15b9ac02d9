using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>
/// The renewal worklist: contracts in service, earliest cancel-by date first, with what happens if nothing is done.
/// </summary>
/// <remarks>
/// The cancel-by date is not stored (adding it needs a migration), so the database orders and filters by the stored,
/// indexed CurrentTermEndsOn instead: within a plan the cancel-by date follows the term end (see <see cref="CancelByRule"/>),
/// so the order is exact per plan, and the weeks-left filter is translated into exact term-end bounds per plan. Across
/// plans the roll-back to a business day (002 §12-1) can put two rows whose term ends a day or two apart in the other
/// order; each page is re-sorted by the exact cancel-by date, which leaves only rows at a page's edge off by those days.
/// The outlook itself is computed in memory for the rows of the page only.
/// </remarks>
public sealed class RenewalWorklistQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock, IBusinessCalendarSource calendars, IPlanPolicySource policies)
{
    private const string CancelByKey = "CancelBy";

    private static readonly SortMap<WorklistRow> s_sorts = new SortMap<WorklistRow>(CancelByKey)
        // Contracts whose terms predate term tracking have no stored end; they come last (the run gives them one).
        .Add(CancelByKey, r => r.TermEndsOn ?? DateOnly.MaxValue)
        .Add(nameof(RenewalWorklistItem.Number), r => r.Number)
        .Add(nameof(RenewalWorklistItem.CustomerName), r => r.CustomerKana)
        .Add(nameof(RenewalWorklistItem.PartnerName), r => r.PartnerKana)
        .Add(nameof(RenewalWorklistItem.PlanCode), r => r.PlanCode)
        .ThenAlwaysBy(r => r.Number);

    /// <summary>Today in Tokyo: cancel-by dates and the weeks left are Japanese calendar days.</summary>
    public DateOnly Today => Infrastructure.Localization.JapaneseFormat.TokyoDate(clock.GetUtcNow());

    /// <summary>The business calendars with the vendor's closures, which every cancel-by business day here is counted on.</summary>
    public Task<BusinessCalendarSet> CalendarsAsync(CancellationToken cancellationToken = default) => calendars.CurrentAsync(cancellationToken);

    /// <summary>The plans' policy versions, which bound each contract's cancel-by date by the version it was made under.</summary>
    public Task<PlanPolicySet> PoliciesAsync(CancellationToken cancellationToken = default) => policies.CurrentAsync(cancellationToken);

    public async Task<PagedResult<RenewalWorklistItem>> ListAsync(RenewalWorklistFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        var calendarSet = await CalendarsAsync(cancellationToken);
        var policySet = await PoliciesAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contracts = Contracts(db, filter, today, calendarSet, policySet);
        // Customer and partner always exist for a contract, so the joins drop no row: the contracts alone give the total.
        int total = await contracts.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new PagedResult<RenewalWorklistItem>([], 0);
        }

        var rows = await s_sorts.Apply(Rows(db, contracts), request).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var items = rows.Select(r => Item(r, today, calendarSet)).ToList();
        if (!s_sorts.Offers(request.SortBy) || request.SortBy == CancelByKey)
        {
            var exact = items.OrderBy(i => i.CancelBy ?? DateOnly.MaxValue).ThenBy(i => i.Number, StringComparer.Ordinal);
            items = [.. request.SortBy == CancelByKey && request.Descending ? exact.Reverse() : exact];
        }

        return new PagedResult<RenewalWorklistItem>(items, total);
    }

    /// <summary>
    /// Every matching contract in the worklist's order, read row by row while the export is written, on
    /// <paramref name="calendarSet"/> (<see cref="CalendarsAsync"/>) and <paramref name="policySet"/> (<see cref="PoliciesAsync"/>).
    /// </summary>
    public IEnumerable<RenewalWorklistItem> StreamForExport(RenewalWorklistFilter filter, BusinessCalendarSet calendarSet, PlanPolicySet policySet)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(calendarSet);
        ArgumentNullException.ThrowIfNull(policySet);
        var today = Today;
        using var db = contextFactory.CreateDbContext();
        foreach (var row in s_sorts.Apply(Rows(db, Contracts(db, filter, today, calendarSet, policySet)), new ListRequest()).AsEnumerable())
        {
            yield return Item(row, today, calendarSet);
        }
    }

    private static IQueryable<ServiceContract> Contracts(HubDbContext db, RenewalWorklistFilter filter, DateOnly today, BusinessCalendarSet calendarSet,
        PlanPolicySet policySet)
    {
        var contracts = db.Contracts.AsNoTracking().OfOwnPartner(db.Tenant)
            .Where(c => c.Status == ContractStatus.Delivered || c.Status == ContractStatus.Active || c.Status == ContractStatus.Ending);
        if (filter.PlanCode is { } plan)
        {
            contracts = contracts.Where(c => c.PlanCode == plan);
        }

        if (filter.PartnerId is { } partnerId)
        {
            contracts = contracts.Where(c => c.PartnerId == partnerId);
        }

        if (filter.Window is { } window)
        {
            // Past due: cancel-by before today. Within N weeks: from today up to N weeks ahead.
            DateOnly? from = window == RenewalWindow.PastDue ? null : today;
            var to = window == RenewalWindow.PastDue ? today.AddDays(-1) : today.AddDays(7 * (int)window);
            contracts = contracts.Where(CancelByBetween(from, to, calendarSet, policySet));
        }

        return contracts;
    }

    /// <summary>
    /// Contracts whose current term's cancel-by date is in [from, to] on <paramref name="calendarSet"/>, as term-end bounds
    /// per plan and policy version the contract keeps (<see cref="PlanPolicySet.Variants"/>).
    /// </summary>
    public static Expression<Func<ServiceContract, bool>> CancelByBetween(DateOnly? from, DateOnly to, BusinessCalendarSet calendarSet, PlanPolicySet policySet)
    {
        ArgumentNullException.ThrowIfNull(calendarSet);
        ArgumentNullException.ThrowIfNull(policySet);
        var contract = Expression.Parameter(typeof(ServiceContract), "c");
        Expression any = Expression.Constant(false);
        foreach (var plan in ServicePlan.All)
        {
            foreach (var (versionId, variant) in policySet.Variants(plan.Code))
            {
                var policy = variant.On(calendarSet);
                DateOnly? after = from is { } first ? CancelByRule.LatestTermEnd(policy, first.AddDays(-1)) : null;
                DateOnly? until = CancelByRule.LatestTermEnd(policy, to);
                string code = plan.Code;
                Expression<Func<ServiceContract, bool>> one = after is null
                    ? c => c.PlanCode == code && c.PolicyVersionId == versionId && c.CurrentTermEndsOn <= until
                    : c => c.PlanCode == code && c.PolicyVersionId == versionId && c.CurrentTermEndsOn > after && c.CurrentTermEndsOn <= until;
                any = Expression.OrElse(any, new Rebind(one.Parameters[0], contract).Visit(one.Body));
            }
        }

        return Expression.Lambda<Func<ServiceContract, bool>>(any, contract);
    }

    private static IQueryable<WorklistRow> Rows(HubDbContext db, IQueryable<ServiceContract> contracts) =>
        contracts
            .Join(db.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new { Contract = c, Customer = cu })
            .Join(db.Organisations, x => x.Contract.PartnerId, o => o.Id, (x, o) => new WorklistRow
            {
                Contract = x.Contract,
                Number = x.Contract.Number,
                PlanCode = x.Contract.PlanCode,
                TermEndsOn = x.Contract.CurrentTermEndsOn,
                CustomerName = x.Customer.Name,
                CustomerKana = x.Customer.NameKana,
                PartnerName = o.Name,
                PartnerKana = o.NameKana,
            });

    private static RenewalWorklistItem Item(WorklistRow row, DateOnly today, BusinessCalendarSet calendarSet)
    {
        var outlook = RenewalOutlook.For(row.Contract, calendarSet);
        return new RenewalWorklistItem
        {
            Id = row.Contract.Id,
            Number = row.Number,
            CustomerName = row.CustomerName,
            PartnerName = row.PartnerName,
            PlanCode = row.PlanCode,
            Status = row.Contract.Status,
            AnnualFee = row.Contract.AnnualFee.Amount,
            Outlook = outlook,
            CancelBy = outlook?.CancelBy,
            DaysLeft = outlook?.DaysLeft(today),
        };
    }

    // Settable members (not a positional record) so the database can sort by them.
    private sealed class WorklistRow
    {
        public required ServiceContract Contract { get; init; }

        public required string Number { get; init; }

        public required string PlanCode { get; init; }

        public DateOnly? TermEndsOn { get; init; }

        public required string CustomerName { get; init; }

        public required string CustomerKana { get; init; }

        public required string PartnerName { get; init; }

        public required string PartnerKana { get; init; }
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>How far ahead the worklist looks, by cancel-by date; the value is the number of weeks.</summary>
public enum RenewalWindow
{
    /// <summary>The cancel-by date has passed (the contract renews at its term's end unless it ends anyway).</summary>
    PastDue = 0,

    Weeks4 = 4,

    Weeks8 = 8,

    Weeks13 = 13,

    Weeks26 = 26,
}

/// <summary>The worklist's filters, as they travel in its URL.</summary>
public sealed record RenewalWorklistFilter(string? PlanCode = null, Guid? PartnerId = null, RenewalWindow? Window = null)
{
    public static RenewalWorklistFilter FromUrl(string? plan, string? partner, string? window) =>
        new(ServicePlan.Find(QueryValue.Text(plan))?.Code, QueryValue.Id(partner), QueryValue.Enum<RenewalWindow>(window));
}

/// <summary>A row of the renewal worklist.</summary>
public sealed record RenewalWorklistItem
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string CustomerName { get; init; }

    public required string PartnerName { get; init; }

    public required string PlanCode { get; init; }

    public required ContractStatus Status { get; init; }

    public required long AnnualFee { get; init; }

    /// <summary>Null only for a contract whose plan has no policy (refused elsewhere, never guessed as 004).</summary>
    public RenewalOutlook? Outlook { get; init; }

    public DateOnly? CancelBy { get; init; }

    public int? DaysLeft { get; init; }
}
