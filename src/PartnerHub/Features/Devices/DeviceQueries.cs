using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Hardware;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Devices;

public enum DeviceSort
{
    Attention,
    Serial,
    Customer,
    LastSeen,
}

/// <summary>
/// The board's filters, as they travel in its URL. <see cref="State"/> <see cref="DeviceState.NeverSeen"/> also matches appliances
/// with no telemetry yet; <see cref="Unit"/> is the unit's loan state (lost, swapped out, on its way back…).
/// </summary>
public sealed record DeviceBoardFilter(string? Search = null, DeviceState? State = null, Guid? PartnerId = null, ApplianceStatus? Unit = null)
{
    public static DeviceBoardFilter FromUrl(string? search, string? state, string? partner, string? unit = null) =>
        new(QueryValue.Text(search), QueryValue.Enum<DeviceState>(state), QueryValue.Id(partner), QueryValue.Enum<ApplianceStatus>(unit));
}

public sealed record DeviceBoardQuery(
    string? Search, DeviceState? State, Guid? PartnerId, DeviceSort SortBy, bool Descending, int Page, int PageSize, ApplianceStatus? Unit = null);

public sealed record DeviceBoardItem(
    Guid ApplianceId, string SerialNumber, string ModelCode, DeviceState State, DeviceIssues Issues, string? CustomerName, string? PartnerName,
    DateTimeOffset? LastSeenAt, double? DropRatePercent, double? BandwidthMbps, long? MonitoredEndpoints, long? UptimeSeconds,
    int RestartCount, DateTimeOffset? LastRestartAt, string? SoftwareVersion, DateTimeOffset? LastAlertAt, DateOnly? ServiceEndedOn = null,
    double? ClockSkewSeconds = null, ApplianceStatus UnitStatus = ApplianceStatus.AtCustomer)
{
    /// <summary>
    /// The loan states after delivery the board calls out next to the health state: the unit no longer serves normally (reported
    /// faulty, lost or stolen, swapped out) or is coming back (004 §6-1, 別紙4 §3–§4).
    /// </summary>
    public static IReadOnlyList<ApplianceStatus> CalledOutUnitStates { get; } =
    [
        ApplianceStatus.Faulty, ApplianceStatus.Lost, ApplianceStatus.SwappedOut, ApplianceStatus.AwaitingReturn, ApplianceStatus.ReturnInTransit,
        ApplianceStatus.Returned, ApplianceStatus.InInspection,
    ];

    public bool UnitStateCalledOut => CalledOutUnitStates.Contains(UnitStatus);

    public long? MaxBandwidthMbps => ApplianceModels.Find(ModelCode).MaxBandwidthMbps;

    public int MaxEndpoints => ApplianceModels.Find(ModelCode).MaxEndpoints;
}

public sealed record DeviceDetail(DeviceBoardItem Summary, DeviceHealth? Health, Guid? ContractId, string? ContractNumber, Guid? CustomerId,
    IReadOnlyList<DeviceStateChange> History, string? RequiredSoftwareVersion = null, int HistoryCount = 0);

public sealed record AlertsPerDay(IReadOnlyList<DateOnly> Days, IReadOnlyDictionary<ThreatClass, int[]> CountsByClass);

public sealed record UptimePoint(DateTimeOffset At, double UptimeHours);

/// <summary>Read side of device health. Tenant filters scope every query to the signed-in user's partner.</summary>
public sealed class DeviceQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    public async Task<PagedResult<DeviceBoardItem>> ListAsync(DeviceBoardQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = Board(db);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToUpperInvariant();
            var raw = query.Search.Trim();
            rows = rows.Where(r => r.SerialNumber.Contains(term) || (r.CustomerName != null && r.CustomerName.Contains(raw)));
        }

        if (query.State is { } state)
        {
            rows = state == DeviceState.NeverSeen ? rows.Where(r => r.State == null || r.State == DeviceState.NeverSeen) : rows.Where(r => r.State == state);
        }

        if (query.PartnerId is { } partnerId)
        {
            rows = rows.Where(r => r.PartnerId == partnerId);
        }

        if (query.Unit is { } unit)
        {
            rows = rows.Where(r => r.UnitStatus == unit);
        }

        int total = await rows.CountAsync(cancellationToken);
        var ordered = query.SortBy switch
        {
            DeviceSort.Serial => query.Descending ? rows.OrderByDescending(r => r.SerialNumber) : rows.OrderBy(r => r.SerialNumber),
            DeviceSort.Customer => query.Descending ? rows.OrderByDescending(r => r.CustomerName) : rows.OrderBy(r => r.CustomerName),
            DeviceSort.LastSeen => query.Descending ? rows.OrderByDescending(r => r.LastSeenAt) : rows.OrderBy(r => r.LastSeenAt),
            _ => rows.OrderBy(r => r.State == DeviceState.Offline ? 0 : r.State == DeviceState.Silent ? 1 : r.State == DeviceState.Degraded ? 2 : r.State == DeviceState.Online ? 3 : 4)
                .ThenBy(r => r.SerialNumber),
        };
        var page = await ordered.Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<DeviceBoardItem>(page.Select(ToItem).ToList(), total);
    }

    /// <summary>Appliances per state, for the board's summary chips.</summary>
    public async Task<IReadOnlyDictionary<DeviceState, int>> CountByStateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await Board(db).GroupBy(r => r.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<DeviceState>().ToDictionary(s => s, s => counts.Where(c => (c.State ?? DeviceState.NeverSeen) == s).Sum(c => c.Count));
    }

    /// <summary>Appliances per loan state the board calls out (lost, swapped out…), for its unit-state chips.</summary>
    public async Task<IReadOnlyDictionary<ApplianceStatus, int>> CountByUnitStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await Board(db).GroupBy(r => r.UnitStatus).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return DeviceBoardItem.CalledOutUnitStates.ToDictionary(s => s, s => counts.Where(c => c.Status == s).Sum(c => c.Count));
    }

    public async Task<DeviceDetail?> GetAsync(Guid applianceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await Board(db).FirstOrDefaultAsync(r => r.ApplianceId == applianceId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var health = await db.DeviceHealths.AsNoTracking().FirstOrDefaultAsync(h => h.ApplianceId == applianceId, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == row.ContractId).Select(c => new { c.Id, c.Number, c.CustomerId }).FirstOrDefaultAsync(cancellationToken);
        var changes = db.DeviceStateChanges.AsNoTracking().Where(c => c.ApplianceId == applianceId);
        var history = await changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(HistoryPageSize).ToListAsync(cancellationToken);
        int historyCount = await changes.CountAsync(cancellationToken);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var requirements = await db.RequiredSoftwareVersions.AsNoTracking().Where(r => r.ModelCode == row.ModelCode && r.EffectiveFrom <= today).ToListAsync(cancellationToken);
        return new DeviceDetail(ToItem(row), health, contract?.Id, contract?.Number, contract?.CustomerId, history,
            RequiredSoftwareVersion.InForce(requirements, row.ModelCode, today)?.MinimumVersion, historyCount);
    }

    /// <summary>How many state changes the device page shows at once (newest first; the page offers the next ones and says how many there are).</summary>
    public const int HistoryPageSize = 50;

    /// <summary>The state changes of a visible appliance after the newest <paramref name="skip"/>, newest first; none for an appliance the caller may not see.</summary>
    public async Task<IReadOnlyList<DeviceStateChange>> StateHistoryAsync(Guid applianceId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await Board(db).AnyAsync(r => r.ApplianceId == applianceId, cancellationToken))
        {
            return [];
        }

        return await db.DeviceStateChanges.AsNoTracking().Where(c => c.ApplianceId == applianceId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }

    /// <summary>Alerts per Tokyo day of receipt by the bridge and threat class over the last <paramref name="days"/> days, for one
    /// appliance or all visible ones.</summary>
    public async Task<AlertsPerDay> AlertsPerDayAsync(int days, Guid? applianceId = null, CancellationToken cancellationToken = default)
    {
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var first = today.AddDays(1 - days);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = db.AlertDailyCounts.AsNoTracking().Where(c => c.Day >= first && c.Day <= today);
        if (applianceId is { } id)
        {
            counts = counts.Where(c => c.ApplianceId == id);
        }

        var sums = await counts.GroupBy(c => new { c.Day, c.ThreatClass }).Select(g => new { g.Key.Day, g.Key.ThreatClass, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var dayList = Enumerable.Range(0, days).Select(first.AddDays).ToList();
        var byClass = Enum.GetValues<ThreatClass>().ToDictionary(
            t => t,
            t => dayList.Select(d => sums.Where(s => s.Day == d && s.ThreatClass == t).Sum(s => s.Count)).ToArray());
        return new AlertsPerDay(dayList, byClass);
    }

    /// <summary>The appliance's uptime over the last day by receipt time (its own clock may be wrong), one point per
    /// quarter hour (a drop to zero is a restart).</summary>
    public async Task<IReadOnlyList<UptimePoint>> UptimeAsync(Guid applianceId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var beats = await db.SensorEvents.AsNoTracking()
            .Where(e => e.ApplianceId == applianceId && e.Kind == TelemetryKind.Heartbeat && e.ReceivedAt >= since && e.UptimeSeconds != null)
            .OrderBy(e => e.ReceivedAt)
            .Select(e => new { e.ReceivedAt, e.UptimeSeconds })
            .ToListAsync(cancellationToken);
        return beats
            .GroupBy(b => b.ReceivedAt.ToUnixTimeSeconds() / 900)
            .Select(g => g.OrderBy(b => b.UptimeSeconds).First())
            .Select(b => new UptimePoint(b.ReceivedAt, Math.Round(b.UptimeSeconds!.Value / 3600d, 1)))
            .ToList();
    }

    private static IQueryable<BoardRow> Board(HubDbContext db) =>
        from a in db.Appliances.AsNoTracking()
        where a.ContractId != null && a.Status != ApplianceStatus.Retired
        join h in db.DeviceHealths.AsNoTracking() on a.Id equals h.ApplianceId into healths
        from h in healths.DefaultIfEmpty()
        join c in db.Contracts.AsNoTracking() on a.ContractId equals c.Id into contracts
        from c in contracts.DefaultIfEmpty()
        join cu in db.Customers.AsNoTracking() on c.CustomerId equals cu.Id into customers
        from cu in customers.DefaultIfEmpty()
        join o in db.Organisations.AsNoTracking() on a.PartnerId equals o.Id into partners
        from o in partners.DefaultIfEmpty()
        select new BoardRow
        {
            ApplianceId = a.Id,
            SerialNumber = a.SerialNumber,
            ModelCode = a.ModelCode,
            UnitStatus = a.Status,
            PartnerId = a.PartnerId,
            ContractId = a.ContractId,
            State = h == null ? null : h.State,
            Issues = h == null ? DeviceIssues.None : h.Issues,
            CustomerName = cu == null ? null : cu.Name,
            PartnerName = o == null ? null : o.Name,
            LastSeenAt = h == null ? null : h.LastSeenAt,
            DropRatePercent = h == null ? null : h.DropRatePercent,
            BandwidthMbps = h == null ? null : h.BandwidthMbps,
            MonitoredEndpoints = h == null ? null : h.MonitoredEndpoints,
            UptimeSeconds = h == null ? null : h.UptimeSeconds,
            RestartCount = h == null ? 0 : h.RestartCount,
            LastRestartAt = h == null ? null : h.LastRestartAt,
            SoftwareVersion = h == null ? null : h.SoftwareVersion,
            LastAlertAt = h == null ? null : h.LastAlertAt,
            ClockSkewSeconds = h == null ? null : h.ClockSkewSeconds,
            ServiceEndedOn = c == null ? null : c.ServiceEndedOn,
        };

    private static DeviceBoardItem ToItem(BoardRow r) => new(
        r.ApplianceId, r.SerialNumber, r.ModelCode, r.State ?? DeviceState.NeverSeen, r.Issues, r.CustomerName, r.PartnerName, r.LastSeenAt,
        r.DropRatePercent, r.BandwidthMbps, r.MonitoredEndpoints, r.UptimeSeconds, r.RestartCount, r.LastRestartAt, r.SoftwareVersion, r.LastAlertAt, r.ServiceEndedOn,
        r.ClockSkewSeconds, r.UnitStatus);

    private sealed class BoardRow
    {
        public Guid ApplianceId { get; init; }

        public string SerialNumber { get; init; } = "";

        public string ModelCode { get; init; } = "";

        public ApplianceStatus UnitStatus { get; init; }

        public Guid? PartnerId { get; init; }

        public Guid? ContractId { get; init; }

        public DeviceState? State { get; init; }

        public DeviceIssues Issues { get; init; }

        public string? CustomerName { get; init; }

        public string? PartnerName { get; init; }

        public DateTimeOffset? LastSeenAt { get; init; }

        public double? DropRatePercent { get; init; }

        public double? BandwidthMbps { get; init; }

        public long? MonitoredEndpoints { get; init; }

        public long? UptimeSeconds { get; init; }

        public int RestartCount { get; init; }

        public DateOnly? ServiceEndedOn { get; init; }

        public DateTimeOffset? LastRestartAt { get; init; }

        public string? SoftwareVersion { get; init; }

        public DateTimeOffset? LastAlertAt { get; init; }

        public double? ClockSkewSeconds { get; init; }
    }
}
