using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// The SQLite full-text tables behind <see cref="TextSearchIndex"/>, created by the SQLite migration
/// (<see cref="Migration"/>) with raw SQL, since EF Core's model cannot express virtual tables or triggers.
/// <list type="bullet">
/// <item>FTS5 with the trigram tokenizer, <c>case_sensitive 1</c>: a phrase of three or more characters matches exactly
/// where <c>instr</c> finds it (Japanese included: trigrams are of characters, not words).</item>
/// <item>Contentless (<c>content=''</c>, <c>contentless_delete=1</c>, SQLite 3.43+; Microsoft.Data.Sqlite 10.0.14 bundles
/// 3.53.3): the text is not stored twice; a row's index entries are keyed by its table's rowid and removed by it.</item>
/// <item>Triggers keep it in step with every insert, update and delete, whoever writes (EF Core, the ingest's prepared
/// INSERT, retention's ExecuteDelete, the sqlite3 shell).</item>
/// </list>
/// The rowid of a table without an INTEGER PRIMARY KEY is stable under inserts, updates and deletes; SQLite's VACUUM keeps
/// it too (checked in the tests), but should a copy ever renumber rows, <see cref="Rebuild"/> restores the index.
/// </summary>
public static class SqliteTextSearchSchema
{
    /// <summary>The triggers that keep the indexes in step; a table EF Core rebuilt in a later migration has lost its own.</summary>
    public static IReadOnlyList<string> Triggers { get; } =
    [
        "SensorEvents_AlertSearch_Insert", "SensorEvents_AlertSearch_Delete", "SensorEvents_AlertSearch_Update",
        "AuditEntries_AuditSearch_Insert", "AuditEntries_AuditSearch_Delete", "AuditEntries_AuditSearch_Update",
    ];

    /// <summary>The migration that creates them (both providers' migration sets carry the name).</summary>
    public const string Migration = "AddTextSearchAndSlaDue";

    private const string AlertColumns = "Signature, ApplianceSerial";
    private const string AuditColumns = "UserName, EntityId, Changes";

    /// <summary>Creates both indexes, their triggers, and indexes the rows already there.</summary>
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in CreateStatements())
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>Drops both indexes and their triggers (the migration's Down).</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in DropStatements())
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>The statements that empty and refill both indexes from their tables (docs/search.md, "Rebuilding").</summary>
    public static IReadOnlyList<string> Rebuild() =>
    [
        "DELETE FROM AlertSearch;",
        $"INSERT INTO AlertSearch(rowid, {AlertColumns}) SELECT rowid, {AlertColumns} FROM SensorEvents WHERE Kind = 'Alert';",
        "DELETE FROM AuditSearch;",
        $"INSERT INTO AuditSearch(rowid, {AuditColumns}) SELECT rowid, {AuditColumns} FROM AuditEntries;",
    ];

    /// <summary>Every statement that creates the indexes and triggers and fills the indexes.</summary>
    public static IEnumerable<string> CreateStatements()
    {
        // Alerts only (half the events at scale): heartbeats and stats are never searched.
        yield return $"CREATE VIRTUAL TABLE AlertSearch USING fts5({AlertColumns}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');";
        yield return $"""
            CREATE TRIGGER SensorEvents_AlertSearch_Insert AFTER INSERT ON SensorEvents WHEN new.Kind = 'Alert' BEGIN
                INSERT INTO AlertSearch(rowid, {AlertColumns}) VALUES (new.rowid, new.Signature, new.ApplianceSerial);
            END;
            """;
        yield return """
            CREATE TRIGGER SensorEvents_AlertSearch_Delete AFTER DELETE ON SensorEvents WHEN old.Kind = 'Alert' BEGIN
                DELETE FROM AlertSearch WHERE rowid = old.rowid;
            END;
            """;
        yield return $"""
            CREATE TRIGGER SensorEvents_AlertSearch_Update AFTER UPDATE OF Kind, Signature, ApplianceSerial ON SensorEvents BEGIN
                DELETE FROM AlertSearch WHERE rowid = old.rowid;
                INSERT INTO AlertSearch(rowid, {AlertColumns}) SELECT new.rowid, new.Signature, new.ApplianceSerial WHERE new.Kind = 'Alert';
            END;
            """;
        yield return $"CREATE VIRTUAL TABLE AuditSearch USING fts5({AuditColumns}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');";
        yield return $"""
            CREATE TRIGGER AuditEntries_AuditSearch_Insert AFTER INSERT ON AuditEntries BEGIN
                INSERT INTO AuditSearch(rowid, {AuditColumns}) VALUES (new.rowid, new.UserName, new.EntityId, new.Changes);
            END;
            """;
        yield return """
            CREATE TRIGGER AuditEntries_AuditSearch_Delete AFTER DELETE ON AuditEntries BEGIN
                DELETE FROM AuditSearch WHERE rowid = old.rowid;
            END;
            """;
        yield return $"""
            CREATE TRIGGER AuditEntries_AuditSearch_Update AFTER UPDATE OF UserName, EntityId, Changes ON AuditEntries BEGIN
                DELETE FROM AuditSearch WHERE rowid = old.rowid;
                INSERT INTO AuditSearch(rowid, {AuditColumns}) VALUES (new.rowid, new.UserName, new.EntityId, new.Changes);
            END;
            """;
        foreach (var statement in Rebuild().Where(s => s.StartsWith("INSERT", StringComparison.Ordinal)))
        {
            yield return statement;
        }
    }

    /// <summary>Every statement that drops the triggers and the indexes.</summary>
    public static IEnumerable<string> DropStatements()
    {
        foreach (var trigger in Triggers)
        {
            yield return $"DROP TRIGGER IF EXISTS {trigger};";
        }

        yield return "DROP TABLE IF EXISTS AlertSearch;";
        yield return "DROP TABLE IF EXISTS AuditSearch;";
    }
}
