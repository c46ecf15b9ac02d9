using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerHub.Data;
using PartnerHub.Data.Auditing;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Infrastructure.Search;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Infrastructure.Search;

/// <summary>
/// The trigram and bigram indexes find exactly what the substring search they replace finds (SQLite's <c>instr</c>, as
/// EF Core translates <c>Contains</c>), over realistic signatures, serials and audit changes: Japanese, case, one- and
/// two-character terms (the bigram tables), Latin and kana together, characters that mean something in FTS5 syntax,
/// text longer than the bigram tables index, and text written, changed and deleted after the index was built.
/// </summary>
public sealed class TextSearchIndexTests : IAsyncLifetime
{
    private static readonly string[] Signatures =
    [
        "ET SCAN Potential SSH Scan",
        "ET SCAN Potential SSH Scan OUTBOUND",
        "ET POLICY SSH session in progress on Unusual Port",
        "ET MALWARE Cobalt Strike Beacon Observed",
        "ET TOR Known Tor Relay/Router (Not Exit) Node Traffic group 1",
        "ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT -- 'OR 1=1",
        "ET INFO Observed DNS Query to .onion proxy Domain (onion .ly)",
        "GPL ATTACK_RESPONSE id check returned root",
        "ET POLICY \"curl\" User-Agent Outbound",
        "ET HUNTING Suspicious * wildcard NEAR/3 AND OR NOT ^prefix {col}: match",
        "不審な通信を検知しました（青葉台支店）",
        "青葉 株式会社 宛の通信",
        "𠮷野家 フランチャイズ向け 監視ルール",
        "ｅｔ 全角のシグネチャ ＳＳＨ",
        "ssh lower-case signature",
        "Ｃ＆Ｃ サーバーへの接続 (C&C)",
        "ET SCAN SSHスキャン ｱﾗｰﾄA 検知",
    ];

    private static readonly string[] Terms =
    [
        "SSH", "ssh", "SS", "S", "Scan", "scan", "ET ", "青葉", "青葉台", "葉", "支店）", "𠮷野", "𠮷野家", "𠮷", "ＳＳＨ", "Ｃ＆Ｃ", "C&C",
        "\"curl\"", "\"", "\"\"", "'OR 1=1", "'", "(Not Exit)", "(", "*", "NEAR/3", "AND", "OR", "NOT", "^prefix", "{col}:", ":", "-- '",
        "onion", ".ly)", "SIM-", "SIM-000", "sim-000", "TST", "nothing like this", "株式会社", "シグネチャ", "admin@", "@vendor.example", "\"before\"",
        "Status", "Active", "00000000", "なし",
        "Hス", "SSHス", "ス", "ﾄA", "ﾄ", "A", "a", "検知", "知", " ", "  ", "0", "00", "-0",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ScratchDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await ScratchDatabase.CreateAsync(Token);
        await using var db = _database.Context();
        var at = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        int n = 0;
        foreach (var signature in Signatures)
        {
            foreach (var serial in new[] { "SIM-0001", "SIM-0002", "TST-0003-AB12CD", "CTS-9" })
            {
                await InsertEventAsync(db, $"{++n:x32}", serial, TelemetryKind.Alert, signature, at.AddMinutes(n));
            }
        }

        // The same texts on heartbeats and stats: never alerts, never found by the alert search.
        await InsertEventAsync(db, $"{++n:x32}", "SIM-0001", TelemetryKind.Heartbeat, "ET SCAN Potential SSH Scan", at);
        await InsertEventAsync(db, $"{++n:x32}", "SIM-0009", TelemetryKind.CaptureStats, "青葉台", at);
        foreach (var (user, type, changes) in AuditRows())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.NewGuid(), At = at.AddMinutes(++n), UserName = user, EntityType = type, EntityId = Guid.NewGuid().ToString(), Action = AuditAction.Updated,
                Changes = changes,
            });
        }

        await db.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AlertKeys_EveryTerm_FindsWhatTheSubstringSearchFinds()
    {
        await using var db = _database.Context();

        foreach (var term in Terms)
        {
            await AssertAlertSearchMatchesAsync(db, term);
        }
    }

    [Fact]
    public async Task AuditEntryKeys_EveryTerm_FindsWhatTheSubstringSearchFinds()
    {
        await using var db = _database.Context();

        foreach (var term in Terms)
        {
            await AssertAuditSearchMatchesAsync(db, term);
        }
    }

    [Fact]
    public async Task AlertKeys_TermOfOneOrTwoCharacters_IsAnsweredByTheBigramIndex()
    {
        await using var db = _database.Context();

        TextSearchIndex.AlertKeys(db, "青葉", "青葉").ShouldNotBeNull();
        TextSearchIndex.AlertKeys(db, "S", "S").ShouldNotBeNull();
        TextSearchIndex.AuditEntryKeys(db, "𠮷野").ShouldNotBeNull(); // two characters, three UTF-16 units
        (await KeysAsync(TextSearchIndex.AlertKeys(db, "𠮷野", "𠮷野")!)).Count.ShouldBe(4);
        (await KeysAsync(TextSearchIndex.AlertKeys(db, "𠮷", "𠮷")!)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task AuditEntryKeys_TextLongerThanTheBigramIndex_IsFoundBeyondIt()
    {
        await using var db = _database.Context();
        var id = Guid.NewGuid();
        // The term only after the last indexed position: found by checking the long row's column.
        string changes = "{\"Note\":{\"after\":\"" + new string('x', SqliteTextSearchSchema.BigramPositions) + "末尾\"}}";
        db.AuditEntries.Add(new AuditEntry
        {
            Id = id, At = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), UserName = "long@vendor.example", EntityType = "Note", EntityId = "long-1",
            Action = AuditAction.Updated, Changes = changes,
        });
        await db.SaveChangesAsync(Token);

        (await TextSearchIndex.AuditEntryKeys(db, "末尾")!.ToListAsync(Token)).ShouldBe([id]);
        (await TextSearchIndex.AuditEntryKeys(db, "尾")!.ToListAsync(Token)).ShouldBe([id]);
        (await TextSearchIndex.AuditEntryKeys(db, "x末")!.ToListAsync(Token)).ShouldBe([id]);
        await AssertAuditSearchMatchesAsync(db, "xx");
        await AssertAuditSearchMatchesAsync(db, "尾\"");
    }

    [Fact]
    public async Task AlertKeys_RowsWrittenChangedAndDeletedLater_FollowTheTable()
    {
        await using var db = _database.Context();
        var at = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);
        await InsertEventAsync(db, $"{Guid.NewGuid():N}", "SIM-0100", TelemetryKind.Alert, "ET EXPLOIT 新しい攻撃パターン検知", at);
        await InsertEventAsync(db, $"{Guid.NewGuid():N}", "SIM-0101", TelemetryKind.Alert, "ET EXPLOIT 消える行", at);
        await AssertAlertSearchMatchesAsync(db, "攻撃パターン");
        await AssertAlertSearchMatchesAsync(db, "消える行");

        await db.Database.ExecuteSqlRawAsync("UPDATE SensorEvents SET Signature = 'ET EXPLOIT 書き換え後' WHERE Signature = 'ET EXPLOIT 新しい攻撃パターン検知'", Token);
        await db.SensorEvents.Where(e => e.ApplianceSerial == "SIM-0101").ExecuteDeleteAsync(Token);

        (await KeysAsync(TextSearchIndex.AlertKeys(db, "攻撃パターン", "攻撃パターン")!)).ShouldBeEmpty();
        (await KeysAsync(TextSearchIndex.AlertKeys(db, "消える行", "消える行")!)).ShouldBeEmpty();
        await AssertAlertSearchMatchesAsync(db, "書き換え後");
        var auditEntry = await db.AuditEntries.OrderBy(a => a.At).FirstAsync(Token);
        await db.AuditEntries.Where(a => a.Id == auditEntry.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Changes, "{\"Name\":{\"after\":\"差し替えた変更\"}}"), Token);
        await AssertAuditSearchMatchesAsync(db, "差し替えた変更");
    }

    [Fact]
    public async Task AlertKeys_AfterVacuum_StillPointAtTheirRows()
    {
        await using (var db = _database.Context())
        {
            // Holes in the rowids, then VACUUM: SQLite keeps the rowids of a table without INTEGER PRIMARY KEY.
            await db.SensorEvents.Where(e => e.ApplianceSerial == "SIM-0002").ExecuteDeleteAsync(Token);
            await db.Database.ExecuteSqlRawAsync("VACUUM;", Token);
        }

        await using var fresh = _database.Context();
        foreach (var term in new[] { "SSH", "青葉台", "Cobalt", "TST-0003" })
        {
            await AssertAlertSearchMatchesAsync(fresh, term);
        }
    }

    [Fact]
    public async Task Repair_TriggersLostToATableRebuild_RecreatesAndRefillsTheIndex()
    {
        await using (var db = _database.Context())
        {
            // What an EF Core table rebuild leaves: the table's triggers gone, rows written since then not indexed.
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER SensorEvents_AlertSearch_Insert;", Token);
            await InsertEventAsync(db, $"{Guid.NewGuid():N}", "SIM-0200", TelemetryKind.Alert, "ET EXPLOIT 索引にない行", TimeProvider.System.GetUtcNow());
        }

        await new SqliteTextSearchRepair(_database.Options, _database.DatabaseOptions, TimeProvider.System, NullLogger<SqliteTextSearchRepair>.Instance)
            .RepairAsync(Token);

        await using var fresh = _database.Context();
        await AssertAlertSearchMatchesAsync(fresh, "索引にない行");
        await InsertEventAsync(fresh, $"{Guid.NewGuid():N}", "SIM-0201", TelemetryKind.Alert, "ET EXPLOIT 修復後の行", TimeProvider.System.GetUtcNow());
        await AssertAlertSearchMatchesAsync(fresh, "修復後の行");
    }

    [Theory]
    [InlineData("SSH", "\"SSH\"")]
    [InlineData("\"curl\"", "\"\"\"curl\"\"\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a b)\"")]
    public void Phrase_AnyTerm_IsOneQuotedString(string term, string phrase) => TextSearchIndex.Phrase(term).ShouldBe(phrase);

    [Theory]
    [InlineData("青葉", "\"009752008449\"")]
    [InlineData("青", "\"009752\" *")]
    [InlineData("𠮷野", "\"020bb70091ce\"")]
    [InlineData("\"", "\"000022\" *")]
    public void Bigram_TermOfOneOrTwoCharacters_IsTheHexTokenOrItsPrefix(string term, string query) => TextSearchIndex.Bigram(term).ShouldBe(query);

    private static async Task AssertAlertSearchMatchesAsync(HubDbContext db, string term)
    {
        var serialTerm = term.ToUpperInvariant();
        // Today's search, as the alert list ran it before the index: EF Core's Contains (instr on SQLite).
        var bySubstring = await db.SensorEvents.Where(e => e.Kind == TelemetryKind.Alert)
            .Where(e => e.ApplianceSerial.Contains(serialTerm) || e.Signature!.Contains(term))
            .Select(e => e.EventId).ToListAsync(Token);
        var rows = await db.SensorEvents.Where(e => e.Kind == TelemetryKind.Alert).Select(e => new { e.EventId, e.ApplianceSerial, e.Signature }).ToListAsync(Token);
        var inMemory = rows.Where(r => r.ApplianceSerial.Contains(serialTerm, StringComparison.Ordinal) || (r.Signature ?? "").Contains(term, StringComparison.Ordinal))
            .Select(r => r.EventId);
        bySubstring.ShouldBe(inMemory, ignoreOrder: true, $"substring search for «{term}»");

        var keys = TextSearchIndex.AlertKeys(db, term, serialTerm);
        keys.ShouldNotBeNull($"«{term}» should be answered by the index");
        (await KeysAsync(keys)).ShouldBe(bySubstring, ignoreOrder: true, $"index search for «{term}»");
    }

    private static async Task AssertAuditSearchMatchesAsync(HubDbContext db, string term)
    {
        var bySubstring = await db.AuditEntries
            .Where(a => (a.UserName != null && a.UserName.Contains(term)) || a.EntityId.Contains(term) || a.Changes.Contains(term))
            .Select(a => a.Id).ToListAsync(Token);
        var rows = await db.AuditEntries.Select(a => new { a.Id, a.UserName, a.EntityId, a.Changes }).ToListAsync(Token);
        var inMemory = rows.Where(r => (r.UserName ?? "").Contains(term, StringComparison.Ordinal) || r.EntityId.Contains(term, StringComparison.Ordinal)
            || r.Changes.Contains(term, StringComparison.Ordinal)).Select(r => r.Id);
        bySubstring.ShouldBe(inMemory, ignoreOrder: true, $"substring search for «{term}»");

        var keys = TextSearchIndex.AuditEntryKeys(db, term);
        keys.ShouldNotBeNull($"«{term}» should be answered by the index");
        (await keys.ToListAsync(Token)).ShouldBe(bySubstring, ignoreOrder: true, $"index search for «{term}»");
    }

    private static Task<List<string>> KeysAsync(IQueryable<string> keys) => keys.ToListAsync(Token);

    private static async Task InsertEventAsync(HubDbContext db, string eventId, string serial, TelemetryKind kind, string text, DateTimeOffset at)
    {
        // As the ingest writes them (one INSERT per event, SensorEventWriter): the triggers see every writer, not only EF Core.
        long ticks = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProviderTyped(at);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO SensorEvents (EventId, BatchId, ApplianceSerial, Kind, EveEventType, ObservedAt, ReceivedAt, IngestedAt, Signature, RawJson)
            VALUES ({eventId}, {Guid.NewGuid().ToString().ToUpperInvariant()}, {serial}, {kind.ToString()}, {kind.ToString().ToLowerInvariant()}, {ticks}, {ticks}, {ticks},
                    {(kind == TelemetryKind.Alert ? text : null)}, {"{\"note\":\"" + text.Replace("\"", "'", StringComparison.Ordinal) + "\"}"})
            """, Token);
    }

    private static IEnumerable<(string? User, string Type, string Changes)> AuditRows()
    {
        yield return ("admin@vendor.example", "Organisation", "{\"Name\":{\"before\":\"青葉 株式会社\",\"after\":\"青葉台 株式会社\"}}");
        yield return ("staff@minato.example", "Customer", "{\"NameKana\":{\"before\":null,\"after\":\"アオバダイ シテン\"}}");
        yield return ("ops@vendor.example", "ServiceContract", "{\"Status\":{\"before\":\"Shipped\",\"after\":\"Active\"}}");
        yield return (null, "SensorEvent", "{\"Signature\":{\"after\":\"ET SCAN Potential SSH Scan\"}}");
        yield return ("kitting@toho.example", "Appliance", "{\"SerialNumber\":{\"after\":\"SIM-0001\"},\"Note\":{\"after\":\"\\\"quoted\\\" 'single' NEAR/3 * ^ {col}:\"}}");
        yield return ("staff@hokuriku.example", "Customer", "{\"Name\":{\"after\":\"𠮷野家 フランチャイズ\"}}");
        yield return ("admin@minato.example", "Quote", "{\"Note\":{\"after\":\"なし\"},\"Amount\":{\"after\":\"00000000\"}}");
    }
}
