using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// The seam between the lists' text searches and the database's full-text indexes. On SQLite the alert and audit texts
/// are indexed by FTS5 tables kept in step by triggers (docs/search.md): trigram tables answer terms of three characters
/// or more, bigram tables terms of one or two. When the index cannot answer — on SQL Server (no full-text index: its
/// word breakers do not find substrings, see docs/search.md) — the methods return null and the caller matches the columns
/// itself. Both ways find exactly the rows that contain the term as typed (case-sensitive on SQLite, as <c>instr</c>;
/// the column's collation on SQL Server).
/// </summary>
public static class TextSearchIndex
{
    /// <summary>The shortest term the trigram tables answer; shorter ones are answered by the bigram tables.</summary>
    public const int ShortestTrigramTerm = 3;

    /// <summary>
    /// The rowids (the keys of <see cref="AlertSearchRow"/>) of alerts whose signature contains <paramref name="term"/> or
    /// whose appliance serial contains <paramref name="serialTerm"/>; null when the index cannot answer.
    /// </summary>
    public static IQueryable<long>? AlertRowIds(HubDbContext db, string term, string serialTerm)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(serialTerm);
        if (!db.Database.IsSqlite() || term.Length == 0 || serialTerm.Length == 0)
        {
            return null;
        }

        int length = term.EnumerateRunes().Count();
        if (serialTerm.EnumerateRunes().Count() != length)
        {
            // Upper-casing never changes the number of characters; should it, the columns answer.
            return null;
        }

        if (length >= ShortestTrigramTerm)
        {
            string match = $"{{Signature}} : {Phrase(term)} OR {{ApplianceSerial}} : {Phrase(serialTerm)}";
            return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM AlertSearch WHERE AlertSearch MATCH {match}");
        }

        string bigrams = $"{{Signature}} : {Bigram(term)} OR {{ApplianceSerial}} : {Bigram(serialTerm)}";
        return db.Database.SqlQuery<long>($"""
            SELECT rowid AS Value FROM AlertSearchShort WHERE AlertSearchShort MATCH {bigrams}
            UNION
            SELECT e.rowid AS Value FROM SensorEvents AS e
            WHERE e.rowid IN (SELECT rowid FROM AlertSearchShort WHERE AlertSearchShort MATCH {LongText})
              AND (instr(e.Signature, {term}) > 0 OR instr(e.ApplianceSerial, {serialTerm}) > 0)
            """);
    }

    /// <summary>The event ids of the alerts <see cref="AlertRowIds"/> finds; null when the index cannot answer.</summary>
    public static IQueryable<string>? AlertKeys(HubDbContext db, string term, string serialTerm)
    {
        var rowIds = AlertRowIds(db, term, serialTerm);
        return rowIds is null ? null : db.Set<AlertSearchRow>().Where(r => rowIds.Contains(r.Id)).Select(r => r.EventId);
    }

    /// <summary>
    /// The rowids (the keys of <see cref="AuditSearchRow"/>) of audit entries whose user name, entity id or changes contain
    /// <paramref name="term"/>; null when the index cannot answer.
    /// </summary>
    public static IQueryable<long>? AuditRowIds(HubDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(term);
        if (!db.Database.IsSqlite() || term.Length == 0)
        {
            return null;
        }

        if (term.EnumerateRunes().Count() >= ShortestTrigramTerm)
        {
            string match = Phrase(term);
            return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM AuditSearch WHERE AuditSearch MATCH {match}");
        }

        string bigram = Bigram(term);
        return db.Database.SqlQuery<long>($"""
            SELECT rowid AS Value FROM AuditSearchShort WHERE AuditSearchShort MATCH {bigram}
            UNION
            SELECT a.rowid AS Value FROM AuditEntries AS a
            WHERE a.rowid IN (SELECT rowid FROM AuditSearchShort WHERE AuditSearchShort MATCH {LongText})
              AND (instr(a.UserName, {term}) > 0 OR instr(a.EntityId, {term}) > 0 OR instr(a.Changes, {term}) > 0)
            """);
    }

    /// <summary>The ids of the audit entries <see cref="AuditRowIds"/> finds; null when the index cannot answer.</summary>
    public static IQueryable<Guid>? AuditEntryKeys(HubDbContext db, string term)
    {
        var rowIds = AuditRowIds(db, term);
        return rowIds is null ? null : db.Set<AuditSearchRow>().Where(r => rowIds.Contains(r.Id)).Select(r => r.EntryId);
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

    /// <summary>
    /// A term of one or two characters as the bigram tables hold it (<see cref="SqliteTextSearchSchema"/>): two characters
    /// are one token, the hex of both code points; one character is the prefix of every token that starts with it.
    /// </summary>
    public static string Bigram(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var hex = new StringBuilder("\"");
        foreach (var rune in term.EnumerateRunes())
        {
            hex.Append(rune.Value.ToString("x6", CultureInfo.InvariantCulture));
        }

        hex.Append('"');
        return term.EnumerateRunes().Count() switch
        {
            1 => hex.Append(" *").ToString(),
            2 => hex.ToString(),
            _ => throw new ArgumentException("A bigram term has one or two characters.", nameof(term)),
        };
    }

    // The rows whose text is longer than the bigram tables index (SqliteTextSearchSchema.BigramPositions).
    private static string LongText => Phrase(SqliteTextSearchSchema.LongTextToken);
}
