namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// An audit entry's list keys in SQLite's narrow <c>AuditSearchRows</c> table (<see cref="SqliteTextSearchSchema"/>),
/// keyed by the entry's rowid as the FTS tables are: a search counts and pages its matches here instead of on the entries,
/// whose changes (JSON) make them wide. Written only by triggers; mapped on SQLite alone and left out of migrations.
/// </summary>
public sealed class AuditSearchRow : ISearchKeyRow
{
    public long Id { get; init; }

    public Guid EntryId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>As the entry's: null for vendor-wide data and desk-internal case items, which no partner sees.</summary>
    public Guid? PartnerId { get; init; }

    public required string EntityType { get; init; }
}
