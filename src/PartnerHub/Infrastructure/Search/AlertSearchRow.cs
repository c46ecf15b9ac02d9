using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// An alert's list keys in SQLite's narrow <c>AlertSearchRows</c> table (<see cref="SqliteTextSearchSchema"/>), keyed
/// by the event's rowid as the FTS tables are: a search counts and pages its matches here instead of on the wide event
/// rows. Written only by triggers; mapped on SQLite alone and left out of migrations.
/// </summary>
public sealed class AlertSearchRow : ISearchKeyRow
{
    public long Id { get; init; }

    public required string EventId { get; init; }

    public DateTimeOffset ObservedAt { get; init; }

    public Guid? PartnerId { get; init; }

    public Guid? CustomerId { get; init; }

    public Guid? ApplianceId { get; init; }

    public ThreatClass? ThreatClass { get; init; }

    public AlertSeverity? Severity { get; init; }
}
