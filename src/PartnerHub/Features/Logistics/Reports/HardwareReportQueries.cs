using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Logistics.Reports;

/// <summary>
/// Vendor operations' hardware reports (issue 15): units at customers, in transit, in repair, overdue returns and the swap rate by
/// model and month. The page and the Excel files read the same queries; a file holds every matching row.
/// </summary>
public sealed class HardwareReportQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    // Longest in its state first by default: a unit on the road or on the bench for weeks is the one vendor operations chase.
    private static readonly SortMap<Appliance> s_unitSorts = new SortMap<Appliance>(nameof(UnitRow.Since))
        .Add(nameof(UnitRow.Since), a => a.History.OrderByDescending(e => e.At).Select(e => e.At).FirstOrDefault())
        .Add(nameof(UnitRow.SerialNumber), a => a.SerialNumber)
        .Add(nameof(UnitRow.ModelCode), a => a.ModelCode)
        .Add(nameof(UnitRow.Status), a => a.Status)
        .ThenAlwaysBy(a => a.Id);

    private static readonly SortMap<ReturnTask> s_overdueSorts = new SortMap<ReturnTask>(nameof(OverdueReturnRow.Deadline))
        .Add(nameof(OverdueReturnRow.Deadline), t => t.Deadline)
        .Add(nameof(OverdueReturnRow.SerialNumber), t => t.SerialNumber)
        .Add(nameof(OverdueReturnRow.ModelCode), t => t.ModelCode)
        .ThenAlwaysBy(t => t.Id);

    // Shipped to a customer and not yet received, or sent back and not yet received by the vendor side.
    private static readonly Expression<Func<Appliance, bool>> s_inTransit =
        a => a.Status == ApplianceStatus.Shipped || a.Status == ApplianceStatus.ReturnInTransit;

    /// <summary>How many units each report holds (the tabs' counts), counted by the database.</summary>
    public async Task<HardwareReportSummary> SummaryAsync(HardwareReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return new HardwareReportSummary(
            await Units(db, AtCustomer(db), filter).CountAsync(cancellationToken),
            await Units(db, s_inTransit, filter).CountAsync(cancellationToken),
            await Units(db, InRepair(db), filter).CountAsync(cancellationToken),
            await OverdueTasks(db, filter, today).CountAsync(cancellationToken));
    }

    /// <summary>Units at customers per partner and model, with how many of them serve, are reported faulty, swapped out or due back.</summary>
    public async Task<IReadOnlyList<AtCustomersRow>> AtCustomersAsync(HardwareReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await Units(db, AtCustomer(db), filter)
            .GroupBy(a => new { a.PartnerId, a.ModelCode, a.Status })
            .Select(g => new { g.Key.PartnerId, g.Key.ModelCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var partnerIds = counts.Select(c => c.PartnerId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. counts
            .GroupBy(c => (c.PartnerId, c.ModelCode))
            .Select(g => new AtCustomersRow(
                g.Key.PartnerId,
                g.Key.PartnerId is { } id && names.TryGetValue(id, out var name) ? name : string.Empty,
                g.Key.ModelCode,
                g.Where(c => c.Status == ApplianceStatus.AtCustomer).Sum(c => c.Count),
                g.Where(c => c.Status == ApplianceStatus.Faulty).Sum(c => c.Count),
                g.Where(c => c.Status == ApplianceStatus.SwappedOut).Sum(c => c.Count),
                g.Where(c => c.Status == ApplianceStatus.AwaitingReturn).Sum(c => c.Count)))
            .OrderBy(r => r.PartnerName, StringComparer.Ordinal)
            .ThenBy(r => r.ModelCode, StringComparer.Ordinal)];
    }

    /// <summary>One page of <see cref="AtCustomersAsync"/> (one row per partner and model: grouped by the database, paged here) and the units in all rows.</summary>
    public async Task<AtCustomersPage> AtCustomersPageAsync(HardwareReportFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = await AtCustomersAsync(filter, cancellationToken);
        return new AtCustomersPage(new PagedResult<AtCustomersRow>([.. rows.Skip(request.Skip).Take(request.Take)], rows.Count), rows.Sum(r => r.Total));
    }

    /// <summary>
    /// Units on the road: shipped to a customer and not yet received, or sent back and not yet received by the vendor side;
    /// longest on the road first unless <paramref name="request"/> sorts otherwise.
    /// </summary>
    public async Task<PagedResult<UnitRow>> InTransitAsync(HardwareReportFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await s_unitSorts.Apply(Units(db, s_inTransit, filter), request).ToPageAsync(request, UnitRows(db), cancellationToken);
    }

    /// <summary>
    /// Units back on the vendor side and not yet in stock: received, on the inspection bench or under repair; longest there
    /// first unless <paramref name="request"/> sorts otherwise.
    /// </summary>
    public async Task<PagedResult<UnitRow>> InRepairAsync(HardwareReportFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await s_unitSorts.Apply(Units(db, InRepair(db), filter), request).ToPageAsync(request, UnitRows(db), cancellationToken);
    }

    /// <summary>
    /// Every unit in transit, in the page's default order, for the Excel file: read row by row while the file is written (no
    /// whole result in memory).
    /// </summary>
    public IEnumerable<UnitRow> StreamInTransit(HardwareReportFilter filter)
    {
        using var db = contextFactory.CreateDbContext();
        foreach (var row in UnitRows(db)(s_unitSorts.Apply(Units(db, s_inTransit, filter), new ListRequest())).AsEnumerable())
        {
            yield return row;
        }
    }

    /// <summary>Every unit in repair, in the page's default order, for the Excel file: read row by row while the file is written.</summary>
    public IEnumerable<UnitRow> StreamInRepair(HardwareReportFilter filter)
    {
        using var db = contextFactory.CreateDbContext();
        foreach (var row in UnitRows(db)(s_unitSorts.Apply(Units(db, InRepair(db), filter), new ListRequest())).AsEnumerable())
        {
            yield return row;
        }
    }

    /// <summary>Returns still waiting for the unit after their deadline (<see cref="ReturnTask.IsOverdue"/>), most overdue first.</summary>
    public async Task<PagedResult<OverdueReturnRow>> OverdueReturnsAsync(HardwareReportFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        var today = Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var page = await s_overdueSorts.Apply(OverdueTasks(db, filter, today), request).ToPageAsync(request, OverdueRows(db), cancellationToken);
        return new PagedResult<OverdueReturnRow>(WithDaysOverdue(page.Items, today), page.TotalCount);
    }

    /// <summary>Every overdue return, most overdue first, for the Excel file: read row by row while the file is written.</summary>
    public IEnumerable<OverdueReturnRow> StreamOverdueReturns(HardwareReportFilter filter)
    {
        var today = Today;
        using var db = contextFactory.CreateDbContext();
        foreach (var row in OverdueRows(db)(s_overdueSorts.Apply(OverdueTasks(db, filter, today), new ListRequest())).AsEnumerable())
        {
            row.DaysOverdue = today.DayNumber - row.Deadline.DayNumber;
            yield return row;
        }
    }

    /// <summary>
    /// The swap rate of each model in each month of <paramref name="period"/> (Tokyo months; see <see cref="SwapRate"/>): a row
    /// for every model and month in which units were at customers or swaps were opened.
    /// </summary>
    public async Task<IReadOnlyList<SwapRateRow>> SwapRatesAsync(HardwareReportFilter filter, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(period);
        var months = period.Months();
        var start = TokyoMidnight(period.From.FirstDay);
        var end = TokyoMidnight(period.To.Next().FirstDay);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = ByModel(db.Appliances.AsNoTracking(), filter).Where(a => a.History.Any(e => e.Status == ApplianceStatus.AtCustomer && e.At < end));
        var events = await db.ApplianceEvents.AsNoTracking()
            .Where(e => e.At < end)
            .Join(units, e => e.ApplianceId, a => a.Id, (e, a) => new { a.Id, a.ModelCode, e.Status, e.At })
            .ToListAsync(cancellationToken);
        var swaps = await db.SwapCases.AsNoTracking()
            .Where(s => s.OpenedAt >= start && s.OpenedAt < end)
            .Join(ByModel(db.Appliances.AsNoTracking(), filter), s => s.OldApplianceId, a => a.Id, (s, a) => new { a.ModelCode, s.OpenedAt })
            .ToListAsync(cancellationToken);

        var spellsByModel = events.GroupBy(e => e.Id)
            .Select(g => (Model: g.First().ModelCode, Spells: SwapRate.AtCustomerSpells(g.Select(e => (e.Status, e.At)))))
            .GroupBy(u => u.Model, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Spells).ToList(), StringComparer.Ordinal);
        var swapsByModelMonth = swaps.GroupBy(s => (s.ModelCode, Month: YearMonth.Of(JapaneseFormat.TokyoDate(s.OpenedAt)))).ToDictionary(g => g.Key, g => g.Count());
        var models = spellsByModel.Keys.Concat(swaps.Select(s => s.ModelCode)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<SwapRateRow>();
        foreach (var model in models)
        {
            foreach (var month in months)
            {
                var (monthStart, monthEnd) = (TokyoMidnight(month.FirstDay), TokyoMidnight(month.Next().FirstDay));
                int atCustomers = spellsByModel.TryGetValue(model, out var unitSpells) ? unitSpells.Count(spells => spells.Any(s => s.Overlaps(monthStart, monthEnd))) : 0;
                int opened = swapsByModelMonth.GetValueOrDefault((model, month));
                if (atCustomers > 0 || opened > 0)
                {
                    rows.Add(new SwapRateRow(model, month, opened, atCustomers));
                }
            }
        }

        return rows;
    }

    private DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    private static IQueryable<Appliance> Units(HubDbContext db, Expression<Func<Appliance, bool>> which, HardwareReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ByModel(db.Appliances.AsNoTracking().Where(which), filter);
    }

    private static Func<IQueryable<Appliance>, IQueryable<UnitRow>> UnitRows(HubDbContext db) => rows => rows.Select(a => new UnitRow
    {
        ApplianceId = a.Id,
        SerialNumber = a.SerialNumber,
        ModelCode = a.ModelCode,
        Status = a.Status,
        PartnerName = db.Organisations.Where(o => o.Id == a.PartnerId).Select(o => o.Name).FirstOrDefault(),
        Since = a.History.OrderByDescending(e => e.At).Select(e => e.At).FirstOrDefault(),
        Note = a.History.OrderByDescending(e => e.At).Select(e => e.Note).FirstOrDefault(),
        TrackingNumber = a.Status == ApplianceStatus.ReturnInTransit
            ? db.ReturnTasks.Where(t => t.ApplianceId == a.Id && t.Status == ReturnStatus.InTransit).Select(t => t.TrackingNumber).FirstOrDefault()
            : a.Status == ApplianceStatus.Shipped
                ? db.KittingTasks.Where(k => k.ContractId == a.ContractId && k.Status == KittingStatus.Shipped).OrderByDescending(k => k.ShippedOn)
                    .Select(k => k.TrackingNumber).FirstOrDefault()
                : null,
    });

    private static IQueryable<ReturnTask> OverdueTasks(HubDbContext db, HardwareReportFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tasks = db.ReturnTasks.AsNoTracking().Where(t => t.Status == ReturnStatus.AwaitingShipment && t.Deadline < today);
        return filter.Model is { } model ? tasks.Where(t => t.ModelCode == model) : tasks;
    }

    private static Func<IQueryable<ReturnTask>, IQueryable<OverdueReturnRow>> OverdueRows(HubDbContext db) => rows => rows.Select(t => new OverdueReturnRow
    {
        ReturnTaskId = t.Id,
        SerialNumber = t.SerialNumber,
        ModelCode = t.ModelCode,
        PartnerName = db.Organisations.Where(o => o.Id == t.PartnerId).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
        Reason = t.Reason,
        Deadline = t.Deadline,
    });

    private static List<OverdueReturnRow> WithDaysOverdue(IEnumerable<OverdueReturnRow> rows, DateOnly today) =>
        [.. rows.Select(r =>
        {
            r.DaysOverdue = today.DayNumber - r.Deadline.DayNumber;
            return r;
        })];

    private static IQueryable<Appliance> ByModel(IQueryable<Appliance> appliances, HardwareReportFilter filter) =>
        filter.Model is { } model ? appliances.Where(a => a.ModelCode == model) : appliances;

    // A faulty unit is at the customer until it comes back: once its return has been received it is on the vendor's bench.
    private static Expression<Func<Appliance, bool>> AtCustomer(HubDbContext db) =>
        a => a.Status == ApplianceStatus.AtCustomer || a.Status == ApplianceStatus.SwappedOut || a.Status == ApplianceStatus.AwaitingReturn
            || (a.Status == ApplianceStatus.Faulty && a.ContractId != null
                && !db.ReturnTasks.Any(t => t.ApplianceId == a.Id && t.Status == ReturnStatus.Received));

    // Received back, inspected, or faulty on the vendor side (a stock unit found faulty, or a returned one sent to repair).
    private static Expression<Func<Appliance, bool>> InRepair(HubDbContext db) =>
        a => a.Status == ApplianceStatus.Returned || a.Status == ApplianceStatus.InInspection
            || (a.Status == ApplianceStatus.Faulty
                && (a.ContractId == null || db.ReturnTasks.Any(t => t.ApplianceId == a.Id && t.Status == ReturnStatus.Received)));

    private static DateTimeOffset TokyoMidnight(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), JapaneseFormat.Tokyo.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
}

/// <summary>The reports' filter, as it travels in the URL: one model, or all.</summary>
public sealed record HardwareReportFilter(string? Model = null)
{
    public static HardwareReportFilter FromUrl(string? model) => new(QueryValue.Text(model));
}

/// <summary>The months the swap rate covers (Tokyo calendar), at most <see cref="MaxMonths"/>.</summary>
public sealed record ReportPeriod(YearMonth From, YearMonth To)
{
    public const int MaxMonths = 36;

    /// <summary>The twelve months up to and including the month of <paramref name="today"/>.</summary>
    public static ReportPeriod LastTwelveMonths(DateOnly today) => new(YearMonth.Of(today.AddMonths(-11)), YearMonth.Of(today));

    /// <summary>yyyy-MM values from the URL; a missing one takes the default's; null when one is malformed, reversed or too long.</summary>
    public static ReportPeriod? FromUrl(string? from, string? to, DateOnly today)
    {
        var fallback = LastTwelveMonths(today);
        if (ParseMonth(from, fallback.From) is not { } first || ParseMonth(to, fallback.To) is not { } last)
        {
            return null;
        }

        var period = new ReportPeriod(first, last);
        int count = period.Count;
        return count is >= 1 and <= MaxMonths ? period : null;
    }

    public int Count => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;

    public IReadOnlyList<YearMonth> Months()
    {
        var months = new List<YearMonth>();
        for (var month = From; months.Count < Count; month = month.Next())
        {
            months.Add(month);
        }

        return months;
    }

    private static YearMonth? ParseMonth(string? value, YearMonth fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? YearMonth.Of(day)
        : null;
}

/// <summary>Units of one model at one partner's customers.</summary>
public sealed record AtCustomersRow(Guid? PartnerId, string PartnerName, string ModelCode, int InService, int ReportedFaulty, int SwappedOut, int AwaitingReturn)
{
    public int Total => InService + ReportedFaulty + SwappedOut + AwaitingReturn;
}

public sealed record HardwareReportSummary(int UnitsAtCustomers, int InTransit, int InRepair, int OverdueReturns);

public sealed record AtCustomersPage(PagedResult<AtCustomersRow> Rows, int TotalUnits);

/// <summary>A unit in transit or in repair (settable members: the database sorts by them).</summary>
public sealed class UnitRow
{
    public Guid ApplianceId { get; set; }

    public string SerialNumber { get; set; } = string.Empty;

    public string ModelCode { get; set; } = string.Empty;

    public ApplianceStatus Status { get; set; }

    public string? PartnerName { get; set; }

    /// <summary>When the unit entered its current status.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>The note of that status change (a repair finding, a carrier).</summary>
    public string? Note { get; set; }

    /// <summary>The carrier's number: the kitting shipment's outbound, the return's on the way back.</summary>
    public string? TrackingNumber { get; set; }
}

/// <summary>A return past its deadline with the unit not yet sent.</summary>
public sealed class OverdueReturnRow
{
    public Guid ReturnTaskId { get; set; }

    public string SerialNumber { get; set; } = string.Empty;

    public string ModelCode { get; set; } = string.Empty;

    public string PartnerName { get; set; } = string.Empty;

    public ReturnReason Reason { get; set; }

    public DateOnly Deadline { get; set; }

    /// <summary>Days since the deadline (the day after it is one day overdue).</summary>
    public int DaysOverdue { get; set; }
}

/// <summary>One model in one month: swaps opened over units at customers.</summary>
public sealed record SwapRateRow(string ModelCode, YearMonth Month, int SwapsOpened, int UnitsAtCustomers)
{
    public decimal? Rate => SwapRate.Of(SwapsOpened, UnitsAtCustomers);
}
