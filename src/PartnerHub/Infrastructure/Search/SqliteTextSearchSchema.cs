using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// The SQLite tables behind <see cref="TextSearchIndex"/>, created by SQLite migrations with raw SQL, since EF Core's
/// model cannot express virtual tables or triggers (docs/search.md).
/// <list type="bullet">
/// <item>FTS5 trigram tables, <c>case_sensitive 1</c>: a phrase of three or more characters matches exactly where
/// <c>instr</c> finds it (Japanese included: trigrams are of characters, not words).</item>
/// <item>FTS5 bigram tables for terms of one or two characters, which a trigram cannot hold: each searched text is
/// written as one token per character position, the code points of that character and the next in hex
/// (<c>青葉</c> → <c>009752008449 008449000000</c>; the last character is paired with 000000). A two-character term is one
/// token, a one-character term the prefix of the tokens that start with it. Hex keeps the <c>ascii</c> tokenizer from
/// folding case or splitting on punctuation, so the match stays exactly <c>instr</c>'s; no native tokenizer needed.</item>
/// <item><c>AlertSearchRows</c> and <c>AuditSearchRows</c>: for every alert its list keys (observed time, partner,
/// customer, appliance, class, severity, event id), for every audit entry its own (time, partner, entity type, id), in
/// narrow tables keyed by the row's rowid, so that a search counts and pages its matches without reading the wide rows
/// (<see cref="KeyTableSearch"/>).</item>
/// <item>Contentless FTS (<c>content=''</c>, <c>contentless_delete=1</c>, SQLite 3.43+; Microsoft.Data.Sqlite 10.0.14
/// bundles 3.53.3): the text is not stored twice; entries are keyed by the table's rowid and removed by it.</item>
/// <item>Triggers keep all of it in step with every insert, update and delete, whoever writes (EF Core, the ingest's
/// prepared INSERT, retention's ExecuteDelete, the sqlite3 shell).</item>
/// </list>
/// </summary>
public static class SqliteTextSearchSchema
{
    /// <summary>The triggers that keep the indexes in step; a table EF Core rebuilt in a later migration has lost its own.</summary>
    public static IReadOnlyList<string> Triggers { get; } =
    [
        "SensorEvents_AlertSearch_Insert", "SensorEvents_AlertSearch_Delete", "SensorEvents_AlertSearch_Update", "SensorEvents_AlertSearchRows_Update",
        "AuditEntries_AuditSearch_Insert", "AuditEntries_AuditSearch_Delete", "AuditEntries_AuditSearch_Update", "AuditEntries_AuditSearchRows_Update",
    ];

    /// <summary>The migration that creates the search tables (both providers' migration sets carry the name).</summary>
    public const string Migration = "InitialSchema";

    /// <summary>
    /// The longest text (in characters) the bigram tables index whole: one row of <c>SearchPositions</c> per position. A
    /// longer text (only an audit entry's changes can be) is indexed up to here and marked <see cref="LongTextToken"/>,
    /// and the queries check such rows on the column itself.
    /// </summary>
    public const int BigramPositions = 65_536;

    /// <summary>The bigram token of a text longer than <see cref="BigramPositions"/> (never a hex bigram: those are 12 digits).</summary>
    public const string LongTextToken = "long";

    private const string AlertColumns = "Signature, ApplianceSerial";
    private const string AuditColumns = "UserName, EntityId, Changes";
    private const string AlertKeyColumns = "Id, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity";
    private const string AuditKeyColumns = "Id, EntryId, At, PartnerId, EntityType";

    /// <summary>The migration <see cref="Migration"/>: every search table and its triggers (filled, for a database migrated with data).</summary>
    public static void CreateAll(MigrationBuilder migrationBuilder) => Emit(migrationBuilder, CreateStatements());

    /// <summary>Its Down.</summary>
    public static void DropAll(MigrationBuilder migrationBuilder) => Emit(migrationBuilder, DropStatements());

    /// <summary>The statements that empty and refill every index from its table (docs/search.md, "Rebuilding").</summary>
    public static IReadOnlyList<string> Rebuild() =>
    [
        "DELETE FROM AlertSearch;", "DELETE FROM AlertSearchShort;", "DELETE FROM AlertSearchRows;",
        "DELETE FROM AuditSearch;", "DELETE FROM AuditSearchShort;", "DELETE FROM AuditSearchRows;",
        .. TrigramFill(), .. BigramFill(), .. AlertKeyFill(), .. AuditKeyFill(),
    ];

    /// <summary>Every statement that creates the present tables and triggers and fills them.</summary>
    public static IEnumerable<string> CreateStatements() =>
        TrigramTables().Concat(BigramTables()).Concat(AlertKeyTable()).Concat(AuditKeyTable()).Concat(AlertTriggers()).Concat(AuditTriggers())
            .Concat(TrigramFill()).Concat(BigramFill()).Concat(AlertKeyFill()).Concat(AuditKeyFill());

    /// <summary>Every statement that drops the triggers and the tables.</summary>
    public static IEnumerable<string> DropStatements() =>
        DropTriggers().Concat(DropBigramsAndKeys()).Concat(["DROP TABLE IF EXISTS AlertSearch;", "DROP TABLE IF EXISTS AuditSearch;"]);

    /// <summary>
    /// The bigram text of <paramref name="column"/> as SQL (see the class summary): one token per character position, up
    /// to <see cref="BigramPositions"/>, and <see cref="LongTextToken"/> after them when the text is longer.
    /// </summary>
    internal static string Bigrams(string column) => $"""
        (SELECT group_concat(printf('%06x%06x', unicode(substr({column}, p.N, 1)), unicode(substr({column}, p.N + 1, 1))), ' ')
            || CASE WHEN length({column}) > {BigramPositions} THEN ' {LongTextToken}' ELSE '' END
         FROM SearchPositions AS p WHERE p.N <= length({column}))
        """;

    private static void Emit(MigrationBuilder migrationBuilder, IEnumerable<string> statements)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in statements)
        {
            migrationBuilder.Sql(statement);
        }
    }

    private static IEnumerable<string> TrigramTables()
    {
        // Alerts only (half the events at scale): heartbeats and stats are never searched.
        yield return $"CREATE VIRTUAL TABLE AlertSearch USING fts5({AlertColumns}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');";
        yield return $"CREATE VIRTUAL TABLE AuditSearch USING fts5({AuditColumns}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');";
    }

    private static IEnumerable<string> BigramTables()
    {
        yield return "CREATE TABLE SearchPositions (N INTEGER PRIMARY KEY);";
        yield return $"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {BigramPositions}) INSERT INTO SearchPositions (N) SELECT x FROM n;";
        // prefix='6': a one-character term (the first six hex digits of a token) reads a prefix index, not every token.
        yield return $"CREATE VIRTUAL TABLE AlertSearchShort USING fts5({AlertColumns}, content='', contentless_delete=1, tokenize='ascii', prefix='6');";
        yield return $"CREATE VIRTUAL TABLE AuditSearchShort USING fts5({AuditColumns}, content='', contentless_delete=1, tokenize='ascii', prefix='6');";
    }

    private static IEnumerable<string> AlertKeyTable()
    {
        // Id is the event's rowid (the FTS tables' key); the values are the event's, stored as EF Core stores them.
        yield return """
            CREATE TABLE AlertSearchRows (
                Id INTEGER PRIMARY KEY, EventId TEXT NOT NULL, ObservedAt INTEGER NOT NULL, PartnerId TEXT NULL, CustomerId TEXT NULL,
                ApplianceId TEXT NULL, ThreatClass TEXT NULL, Severity TEXT NULL);
            """;
        // The orders a frequent term is paged in (newest first, for everyone, a partner or an appliance), and the customer branch.
        yield return "CREATE INDEX IX_AlertSearchRows_ObservedAt ON AlertSearchRows (ObservedAt);";
        yield return "CREATE INDEX IX_AlertSearchRows_PartnerId_ObservedAt ON AlertSearchRows (PartnerId, ObservedAt);";
        yield return "CREATE INDEX IX_AlertSearchRows_ApplianceId_ObservedAt ON AlertSearchRows (ApplianceId, ObservedAt);";
        yield return "CREATE INDEX IX_AlertSearchRows_CustomerId ON AlertSearchRows (CustomerId);";
    }

    private static IEnumerable<string> AuditKeyTable()
    {
        // Id is the entry's rowid; EntryId its key (a GUID as EF Core stores it), read for the page's entries.
        yield return """
            CREATE TABLE AuditSearchRows (
                Id INTEGER PRIMARY KEY, EntryId TEXT NOT NULL, At INTEGER NOT NULL, PartnerId TEXT NULL, EntityType TEXT NOT NULL);
            """;
        // Newest first for everyone, a partner (the tenant filter in the index query) or an entity type.
        yield return "CREATE INDEX IX_AuditSearchRows_At ON AuditSearchRows (At);";
        yield return "CREATE INDEX IX_AuditSearchRows_PartnerId_At ON AuditSearchRows (PartnerId, At);";
        yield return "CREATE INDEX IX_AuditSearchRows_EntityType_At ON AuditSearchRows (EntityType, At);";
    }

    private static IEnumerable<string> DropBigramsAndKeys()
    {
        yield return "DROP TABLE IF EXISTS AlertSearchRows;";
        yield return "DROP TABLE IF EXISTS AuditSearchRows;";
        yield return "DROP TABLE IF EXISTS AlertSearchShort;";
        yield return "DROP TABLE IF EXISTS AuditSearchShort;";
        yield return "DROP TABLE IF EXISTS SearchPositions;";
    }

    private static IEnumerable<string> DropTriggers() =>
        Triggers.Select(trigger => $"DROP TRIGGER IF EXISTS {trigger};");

    private static IEnumerable<string> AlertTriggers()
    {
        string alertText = $"new.rowid, new.Signature, new.ApplianceSerial";
        string alertBigrams = $"new.rowid, {Bigrams("new.Signature")}, {Bigrams("new.ApplianceSerial")}";
        string alertKeys = "new.rowid, new.EventId, new.ObservedAt, new.PartnerId, new.CustomerId, new.ApplianceId, new.ThreatClass, new.Severity";
        yield return $"""
            CREATE TRIGGER SensorEvents_AlertSearch_Insert AFTER INSERT ON SensorEvents WHEN new.Kind = 'Alert' BEGIN
                INSERT INTO AlertSearch(rowid, {AlertColumns}) VALUES ({alertText});
                INSERT INTO AlertSearchShort(rowid, {AlertColumns}) VALUES ({alertBigrams});
                INSERT INTO AlertSearchRows({AlertKeyColumns}) VALUES ({alertKeys});
            END;
            """;
        yield return """
            CREATE TRIGGER SensorEvents_AlertSearch_Delete AFTER DELETE ON SensorEvents WHEN old.Kind = 'Alert' BEGIN
                DELETE FROM AlertSearch WHERE rowid = old.rowid;
                DELETE FROM AlertSearchShort WHERE rowid = old.rowid;
                DELETE FROM AlertSearchRows WHERE Id = old.rowid;
            END;
            """;
        yield return $"""
            CREATE TRIGGER SensorEvents_AlertSearch_Update AFTER UPDATE OF Kind, Signature, ApplianceSerial ON SensorEvents BEGIN
                DELETE FROM AlertSearch WHERE rowid = old.rowid;
                DELETE FROM AlertSearchShort WHERE rowid = old.rowid;
                INSERT INTO AlertSearch(rowid, {AlertColumns}) SELECT {alertText} WHERE new.Kind = 'Alert';
                INSERT INTO AlertSearchShort(rowid, {AlertColumns}) SELECT {alertBigrams} WHERE new.Kind = 'Alert';
            END;
            """;
        // Apart from the text: reclassifying alerts (class, severity) or assigning them a customer does not re-tokenize them.
        yield return $"""
            CREATE TRIGGER SensorEvents_AlertSearchRows_Update
            AFTER UPDATE OF Kind, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity ON SensorEvents BEGIN
                DELETE FROM AlertSearchRows WHERE Id = old.rowid;
                INSERT INTO AlertSearchRows({AlertKeyColumns}) SELECT {alertKeys} WHERE new.Kind = 'Alert';
            END;
            """;
    }

    // The audit trail's present triggers: its text and its key table.
    private static IEnumerable<string> AuditTriggers()
    {
        const string auditKeys = "new.rowid, new.Id, new.At, new.PartnerId, new.EntityType";
        return AuditTextTriggers().Append($"""
            CREATE TRIGGER AuditEntries_AuditSearchRows_Update AFTER UPDATE OF Id, At, PartnerId, EntityType ON AuditEntries BEGIN
                DELETE FROM AuditSearchRows WHERE Id = old.rowid;
                INSERT INTO AuditSearchRows({AuditKeyColumns}) VALUES ({auditKeys});
            END;
            """);
    }

    private static IEnumerable<string> AuditTextTriggers()
    {
        string auditText = "new.rowid, new.UserName, new.EntityId, new.Changes";
        string auditBigrams = $"new.rowid, {Bigrams("new.UserName")}, {Bigrams("new.EntityId")}, {Bigrams("new.Changes")}";
        string insertKeys = $"\n    INSERT INTO AuditSearchRows({AuditKeyColumns}) VALUES (new.rowid, new.Id, new.At, new.PartnerId, new.EntityType);";
        const string deleteKeys = "\n    DELETE FROM AuditSearchRows WHERE Id = old.rowid;";
        yield return $"""
            CREATE TRIGGER AuditEntries_AuditSearch_Insert AFTER INSERT ON AuditEntries BEGIN
                INSERT INTO AuditSearch(rowid, {AuditColumns}) VALUES ({auditText});
                INSERT INTO AuditSearchShort(rowid, {AuditColumns}) VALUES ({auditBigrams});{insertKeys}
            END;
            """;
        yield return $"""
            CREATE TRIGGER AuditEntries_AuditSearch_Delete AFTER DELETE ON AuditEntries BEGIN
                DELETE FROM AuditSearch WHERE rowid = old.rowid;
                DELETE FROM AuditSearchShort WHERE rowid = old.rowid;{deleteKeys}
            END;
            """;
        yield return $"""
            CREATE TRIGGER AuditEntries_AuditSearch_Update AFTER UPDATE OF UserName, EntityId, Changes ON AuditEntries BEGIN
                DELETE FROM AuditSearch WHERE rowid = old.rowid;
                DELETE FROM AuditSearchShort WHERE rowid = old.rowid;
                INSERT INTO AuditSearch(rowid, {AuditColumns}) VALUES ({auditText});
                INSERT INTO AuditSearchShort(rowid, {AuditColumns}) VALUES ({auditBigrams});
            END;
            """;
    }

    private static IEnumerable<string> TrigramFill()
    {
        yield return $"INSERT INTO AlertSearch(rowid, {AlertColumns}) SELECT rowid, {AlertColumns} FROM SensorEvents WHERE Kind = 'Alert';";
        yield return $"INSERT INTO AuditSearch(rowid, {AuditColumns}) SELECT rowid, {AuditColumns} FROM AuditEntries;";
    }

    private static IEnumerable<string> BigramFill()
    {
        yield return $"""
            INSERT INTO AlertSearchShort(rowid, {AlertColumns})
            SELECT e.rowid, {Bigrams("e.Signature")}, {Bigrams("e.ApplianceSerial")} FROM SensorEvents AS e WHERE e.Kind = 'Alert';
            """;
        yield return $"""
            INSERT INTO AuditSearchShort(rowid, {AuditColumns})
            SELECT a.rowid, {Bigrams("a.UserName")}, {Bigrams("a.EntityId")}, {Bigrams("a.Changes")} FROM AuditEntries AS a;
            """;
    }

    private static IEnumerable<string> AlertKeyFill()
    {
        yield return $"""
            INSERT INTO AlertSearchRows({AlertKeyColumns})
            SELECT rowid, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity FROM SensorEvents WHERE Kind = 'Alert';
            """;
    }

    private static IEnumerable<string> AuditKeyFill()
    {
        yield return $"INSERT INTO AuditSearchRows({AuditKeyColumns}) SELECT rowid, Id, At, PartnerId, EntityType FROM AuditEntries;";
    }
}
