using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Search;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices;

/// <summary>The alert list's filters, as they travel in its URL (dates are Tokyo calendar days, both inclusive).</summary>
public sealed record AlertListFilter(
    string? Search = null, ThreatClass? ThreatClass = null, AlertSeverity? Severity = null, Guid? ApplianceId = null, DateOnly? From = null, DateOnly? To = null)
{
    public static AlertListFilter FromUrl(string? search, string? threatClass, string? severity, string? appliance, string? from, string? to) =>
        new(QueryValue.Text(search), QueryValue.Enum<ThreatClass>(threatClass), QueryValue.Enum<AlertSeverity>(severity), QueryValue.Id(appliance),
            QueryValue.Date(from), QueryValue.Date(to));
}

public sealed record AlertListQuery(
    string? Search, ThreatClass? ThreatClass, AlertSeverity? Severity, Guid? ApplianceId, DateTimeOffset? From, DateTimeOffset? Until, int Page, int PageSize);

public sealed record AlertListItem(
    string EventId, DateTimeOffset ObservedAt, string ApplianceSerial, Guid? ApplianceId, string? CustomerName, string? PartnerName,
    ThreatClass ThreatClass, ThreatKind ThreatKind, AlertSeverity Severity, string Signature, string? SourceIp, string? DestinationIp, int? DestinationPort);

/// <summary>An alert as its viewer may see it: <see cref="RawJson"/> and the rule category only for the desk and the vendor.</summary>
public sealed record AlertDetail(AlertListItem Alert, Guid? CustomerId, long? SignatureId, string? Category, int? SourcePort, string? Protocol,
    string? AppProtocol, DateTimeOffset ReceivedAt, DateTimeOffset IngestedAt, string? RawJson);

/// <summary>Read side of alerts; tenant filters scope rows, and the raw sensor record is withheld from partners here.</summary>
public sealed class AlertQueries(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<SearchOptions> searchOptions)
{
    private static readonly FilterColumns<SensorEvent> EventColumns =
        new(e => e.PartnerId, e => e.ThreatClass, e => e.Severity, e => e.ApplianceId, e => e.ObservedAt);

    private static readonly FilterColumns<AlertSearchRow> KeyColumns =
        new(r => r.PartnerId, r => r.ThreatClass, r => r.Severity, r => r.ApplianceId, r => r.ObservedAt);

    public async Task<PagedResult<AlertListItem>> ListAsync(AlertListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var alerts = Filter(db.SensorEvents.AsNoTracking().Where(e => e.Kind == TelemetryKind.Alert), EventColumns, query, db.Tenant);
        if (string.IsNullOrWhiteSpace(query.Search))
        {
            int total = await alerts.CountAsync(cancellationToken);
            var page = await Project(db, alerts.OrderByDescending(e => e.ObservedAt).Skip(query.Page * query.PageSize).Take(query.PageSize))
                .Select(r => r.Item)
                .ToListAsync(cancellationToken);
            return new PagedResult<AlertListItem>(page, total);
        }

        var term = query.Search.Trim();
        var upper = term.ToUpperInvariant();
        var customerIds = db.Customers.OfOwnPartner(db.Tenant).Where(c => c.Name.Contains(term) || c.NameKana.Contains(term)).Select(c => (Guid?)c.Id);
        int limit = searchOptions.Value.CountLimit;
        if (TextSearchIndex.AlertRowIds(db, term, upper) is { } indexed)
        {
            return await SearchIndexedAsync(db, query, indexed, customerIds, limit, cancellationToken);
        }

        // SQL Server: the columns themselves (docs/search.md), counted as far as the limit like the index's answer.
        alerts = alerts.Where(e => e.ApplianceSerial.Contains(upper) || e.Signature!.Contains(term) || customerIds.Contains(e.CustomerId));
        var count = await BoundedCount.CountAsync(alerts, limit, cancellationToken);
        var items = await Project(db, alerts.OrderByDescending(e => e.ObservedAt).Skip(query.Page * query.PageSize).Take(query.PageSize))
            .Select(r => r.Item)
            .ToListAsync(cancellationToken);
        return count.Page(items);
    }

    // A search the SQLite index answers: counted and paged on the narrow key table (KeyTableSearch); only the page's rows are read.
    private static async Task<PagedResult<AlertListItem>> SearchIndexedAsync(HubDbContext db, AlertListQuery query, IQueryable<long> indexed,
        IQueryable<Guid?> customerIds, int limit, CancellationToken cancellationToken)
    {
        var rows = Filter(db.Set<AlertSearchRow>().AsNoTracking(), KeyColumns, query, db.Tenant);
        // One key list (the text's matches and the matching customers' alerts) rather than an OR of the two: an OR leaves
        // SQLite no index to drive from.
        var keys = indexed.Concat(db.Set<AlertSearchRow>().Where(r => customerIds.Contains(r.CustomerId)).Select(r => r.Id));
        var page = await KeyTableSearch.PageAsync(rows, keys, r => r.ObservedAt, r => r.EventId, query.Page, query.PageSize, limit, cancellationToken);
        var pageIds = page.Keys;
        var items = await Project(db, db.SensorEvents.AsNoTracking().Where(e => e.Kind == TelemetryKind.Alert && pageIds.Contains(e.EventId)))
            .Select(r => r.Item)
            .ToListAsync(cancellationToken);
        return page.InKeyOrder(items, a => a.EventId);
    }

    /// <summary>
    /// The list's filters, once for both tables they run on: the events, and SQLite's key table for a search.
    /// </summary>
    private static IQueryable<T> Filter<T>(IQueryable<T> rows, FilterColumns<T> columns, AlertListQuery query, TenantScope tenant)
    {
        if (!tenant.SeesAllPartners && query.ApplianceId is null)
        {
            // As OwnPartnerRows: the partner's condition on its own lets the partner's time index count and page a partner's
            // alerts; behind the query filter's "SeesAllPartners OR …" SQLite read every partner's alerts. Not with an
            // appliance: its index is far narrower, and SQLite would take the partner's (the query filter still applies).
            rows = rows.WhereEqual(columns.PartnerId, (Guid?)tenant.PartnerId);
        }

        if (query.ThreatClass is { } threatClass)
        {
            rows = rows.WhereEqual(columns.ThreatClass, (ThreatClass?)threatClass);
        }

        if (query.Severity is { } severity)
        {
            rows = rows.WhereEqual(columns.Severity, (AlertSeverity?)severity);
        }

        if (query.ApplianceId is { } applianceId)
        {
            rows = rows.WhereEqual(columns.ApplianceId, (Guid?)applianceId);
        }

        if (query.From is { } from)
        {
            rows = rows.WhereAtLeast(columns.ObservedAt, from);
        }

        if (query.Until is { } until)
        {
            rows = rows.WhereBelow(columns.ObservedAt, until);
        }

        return rows;
    }

    public async Task<AlertDetail?> GetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await Project(db, db.SensorEvents.AsNoTracking().Where(e => e.EventId == eventId && e.Kind == TelemetryKind.Alert)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var e = row.Event;
        bool rawAllowed = currentUser.IsInAnyRole(DevicesPermissions.RawDetailRoles);
        return new AlertDetail(row.Item, e.CustomerId, e.SignatureId, rawAllowed ? e.Category : null, e.SourcePort, e.Protocol, e.AppProtocol,
            e.ReceivedAt, e.IngestedAt, rawAllowed ? e.RawJson : null);
    }

    private static IQueryable<Row> Project(HubDbContext db, IQueryable<SensorEvent> alerts) =>
        from e in alerts
        join cu in db.Customers on e.CustomerId equals cu.Id into customers
        from cu in customers.DefaultIfEmpty()
        join o in db.Organisations on e.PartnerId equals o.Id into partners
        from o in partners.DefaultIfEmpty()
        select new Row
        {
            Event = e,
            Item = new AlertListItem(e.EventId, e.ObservedAt, e.ApplianceSerial, e.ApplianceId, cu == null ? null : cu.Name, o == null ? null : o.Name,
                e.ThreatClass ?? ThreatClass.Unclassified, e.ThreatKind ?? ThreatKind.None, e.Severity ?? AlertSeverity.Informational, e.Signature ?? "",
                e.SourceIp, e.DestinationIp, e.DestinationPort),
        };

    // The columns the list's filters read, on the table they run on.
    private sealed record FilterColumns<T>(Expression<Func<T, Guid?>> PartnerId, Expression<Func<T, ThreatClass?>> ThreatClass,
        Expression<Func<T, AlertSeverity?>> Severity, Expression<Func<T, Guid?>> ApplianceId, Expression<Func<T, DateTimeOffset>> ObservedAt);

    private sealed class Row
    {
        public required SensorEvent Event { get; init; }

        public required AlertListItem Item { get; init; }
    }
}
