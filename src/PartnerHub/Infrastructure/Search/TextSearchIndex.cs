using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// The seam between the lists' text searches and the database's full-text index. On SQLite the alert and audit texts
/// are indexed by FTS5 trigram tables kept in step by triggers (docs/search.md); a search for a term of at least three
/// characters reads the matching keys from there. When the index cannot answer — on SQL Server (no full-text index:
/// its word breakers do not find substrings, see docs/search.md) or for a term shorter than one trigram — the methods
/// return null and the caller matches the columns itself. Both ways find exactly the rows that contain the term as
/// typed (case-sensitive on SQLite, as <c>instr</c>; the column's collation on SQL Server).
/// </summary>
public static class TextSearchIndex
{
    /// <summary>The shortest term the trigram index can answer; shorter ones are matched on the columns.</summary>
    public const int ShortestIndexedTerm = 3;

    /// <summary>
    /// The event ids of alerts whose signature contains <paramref name="term"/> or whose appliance serial contains
    /// <paramref name="serialTerm"/>; null when the index cannot answer.
    /// </summary>
    public static IQueryable<string>? AlertKeys(HubDbContext db, string term, string serialTerm)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!CanAnswer(db, term) || !CanAnswer(db, serialTerm))
        {
            return null;
        }

        string match = $"{{Signature}} : {Phrase(term)} OR {{ApplianceSerial}} : {Phrase(serialTerm)}";
        return db.Database.SqlQuery<string>(
            $"SELECT e.EventId AS Value FROM SensorEvents AS e WHERE e.rowid IN (SELECT rowid FROM AlertSearch WHERE AlertSearch MATCH {match})");
    }

    /// <summary>The ids of audit entries whose user name, entity id or changes contain <paramref name="term"/>; null when the index cannot answer.</summary>
    public static IQueryable<Guid>? AuditEntryKeys(HubDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!CanAnswer(db, term))
        {
            return null;
        }

        string match = Phrase(term);
        return db.Database.SqlQuery<Guid>(
            $"SELECT a.Id AS Value FROM AuditEntries AS a WHERE a.rowid IN (SELECT rowid FROM AuditSearch WHERE AuditSearch MATCH {match})");
    }

    /// <summary>
    /// <paramref name="term"/> as one FTS5 string: every character literal (quotes doubled), so operators, brackets,
    /// colons and stars in what the user typed are searched for, not obeyed.
    /// </summary>
    public static string Phrase(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    // Trigrams are counted in code points (a kanji outside the BMP is one character, two UTF-16 units).
    private static bool CanAnswer(HubDbContext db, string term) =>
        db.Database.IsSqlite() && term.EnumerateRunes().Count() >= ShortestIndexedTerm;
}
