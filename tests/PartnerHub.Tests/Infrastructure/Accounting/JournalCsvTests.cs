using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Tests.Infrastructure.Accounting;

public sealed class JournalCsvTests
{
    private static readonly DateOnly s_date = new(2026, 12, 1);

    private static JournalLine Line(string counterparty, long gross, long tax, string description) => new(
        s_date,
        new JournalSide("売掛金", counterparty, "対象外", new Yen(gross), Yen.Zero),
        new JournalSide("売上高", string.Empty, "課税売上込10%", new Yen(gross), new Yen(tax)),
        description);

    private static readonly JournalEntry s_single = new("INV-2026-0001", [Line("サクラシステムズ", 110_000, 10_000, "サクラシステムズ INV-2026-0001")]);

    private static readonly JournalEntry s_threeLines = new("INV-2026-0002",
    [
        Line("アオバ電機", 110_000, 10_000, "アオバ電機 INV-2026-0002"),
        Line("アオバ電機", 1_080, 80, "アオバ電機 INV-2026-0002"),
        Line("アオバ電機", 5_000, 0, "アオバ電機 INV-2026-0002"),
    ]);

    [Fact]
    [Trait("Article", "FORMATS.md §1.1, §1.2: 25 columns, no header, 識別フラグ per line")]
    public void Yayoi_Write_WritesTwentyFiveColumnsPerLineWithoutHeaderInCp932()
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([s_single, s_threeLines], stream);

        result.ShouldBe(new CsvWriteResult(true, 4, result.Problems));
        result.Problems.ShouldBeEmpty();
        string[][] rows = ReadCp932(stream.ToArray());
        rows.Length.ShouldBe(4);
        rows.ShouldAllBe(r => r.Length == 25);
        rows.Select(r => r[0]).ShouldBe(["2000", "2110", "2100", "2101"]);
        rows[0].ShouldBe(
        [
            "2000", "", "", "2026/12/01", "売掛金", "サクラシステムズ", "", "対象外", "110000", "0",
            "売上高", "", "", "課税売上込10%", "110000", "10000", "サクラシステムズ INV-2026-0001", "", "", "0", "", "", "0", "0", "no",
        ]);
    }

    [Fact]
    public void Yayoi_Write_EndsEveryLineWithCrlfAndHasNoBom()
    {
        using var stream = new MemoryStream();

        YayoiJournalCsv.Write([s_single], stream);

        byte[] bytes = stream.ToArray();
        bytes[..2].ShouldBe(JapaneseEncodings.Cp932.GetBytes("20"));
        bytes[^2..].ShouldBe("\r\n"u8.ToArray());
    }

    [Fact]
    [Trait("Article", "FORMATS.md §1.1: a field with a comma is quoted")]
    public void Yayoi_Write_CommaOrQuoteInAField_QuotesItAndDoublesQuotes()
    {
        JournalEntry entry = new("INV-1", [Line("サクラ,システムズ", 1_100, 100, "保守 \"年間\" 契約")]);
        using var stream = new MemoryStream();

        YayoiJournalCsv.Write([entry], stream);

        string text = JapaneseEncodings.Cp932.GetString(stream.ToArray());
        text.ShouldContain(",\"サクラ,システムズ\",");
        text.ShouldContain(",\"保守 \"\"年間\"\" 契約\",");
        string[] row = ReadCp932(stream.ToArray()).ShouldHaveSingleItem();
        row.Length.ShouldBe(25);
        row[5].ShouldBe("サクラ,システムズ");
        row[16].ShouldBe("保守 \"年間\" 契約");
    }

    [Theory]
    [InlineData("株式会社①髙橋")] // NEC special (①) and IBM extension (髙) are CP932
    [InlineData("ﾊﾝｶｸｶﾅ ＡＢＣ～")] // half-width kana; FULLWIDTH TILDE is CP932's 0x8160
    public void Yayoi_Write_CharactersInCp932_RoundTrip(string counterparty)
    {
        using var stream = new MemoryStream();

        YayoiJournalCsv.Write([new JournalEntry("INV-1", [Line(counterparty, 1_100, 100, "x")])], stream).Written.ShouldBeTrue();

        ReadCp932(stream.ToArray())[0][5].ShouldBe(counterparty);
    }

    [Fact]
    [Trait("Article", "issue 12: a character CP932 cannot hold is reported with its row, never replaced")]
    public void Yayoi_Write_CharacterOutsideCp932_WritesNothingAndReportsRowAndColumn()
    {
        JournalEntry entry = new("INV-3", [Line("サクラシステムズ", 1_100, 100, "ok"), Line("𠮷野商店", 2_200, 200, "𠮷野商店 INV-3")]);
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([entry], stream);

        result.Written.ShouldBeFalse();
        stream.Length.ShouldBe(0);
        result.Problems.ShouldBe(
        [
            new CsvCellProblem(2, 6, "借方補助科目", CsvProblemCode.Unencodable, "𠮷"),
            new CsvCellProblem(2, 17, "摘要", CsvProblemCode.Unencodable, "𠮷"),
        ]);
    }

    [Theory]
    [InlineData("波〜線", "〜")] // WAVE DASH U+301C: CP932 holds only FULLWIDTH TILDE; no best-fit substitution
    [InlineData("Ｘ−１", "−")] // MINUS SIGN U+2212: CP932 holds FULLWIDTH HYPHEN-MINUS
    [InlineData("café 𩸽", "é𩸽")]
    public void Yayoi_Write_LookAlikesOutsideCp932_AreReportedNotReplaced(string counterparty, string reported)
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([new JournalEntry("INV-1", [Line(counterparty, 1_100, 100, "x")])], stream);

        result.Problems.ShouldHaveSingleItem().Detail.ShouldBe(reported);
    }

    [Fact]
    public void Yayoi_Write_Utf8WithBomOption_WritesBomAndHoldsAnyCharacter()
    {
        JournalEntry entry = new("INV-3", [Line("𠮷野商店", 2_200, 200, "x")]);
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([entry], stream, CsvEncoding.Utf8WithBom);

        result.Written.ShouldBeTrue();
        byte[] bytes = stream.ToArray();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes[3..]).Split(',')[5].ShouldBe("𠮷野商店");
    }

    [Fact]
    public void Yayoi_Write_LineBreakInADescription_IsRefused()
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([new JournalEntry("INV-1", [Line("サクラ", 1_100, 100, "一行目\r\n二行目")])], stream);

        result.Written.ShouldBeFalse();
        result.Problems.ShouldBe([new CsvCellProblem(1, 17, "摘要", CsvProblemCode.ControlCharacter, "U+000D U+000A")]);
    }

    [Fact]
    [Trait("Article", "FORMATS.md §1.2 col Q: 摘要 past 64 half-width bytes is truncated")]
    public void Yayoi_Write_LongDescription_IsWrittenWithAWarning()
    {
        string description = new('保', 33); // 66 half-width units
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([new JournalEntry("INV-1", [Line("サクラ", 1_100, 100, description)])], stream);

        result.Written.ShouldBeTrue();
        CsvCellProblem warning = result.Problems.ShouldHaveSingleItem();
        warning.ShouldBe(new CsvCellProblem(1, 17, "摘要", CsvProblemCode.TooLong, "64"));
        warning.IsBlocking.ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "FORMATS.md §1.2 col I: no negative amounts")]
    public void Yayoi_Write_NegativeAmount_IsRefused()
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = YayoiJournalCsv.Write([new JournalEntry("CN-1", [Line("サクラ", -1_100, -100, "x")])], stream);

        result.Written.ShouldBeFalse();
        result.Problems.Select(p => (p.Column, p.Code)).ShouldBe(
            [(9, CsvProblemCode.NegativeAmount), (15, CsvProblemCode.NegativeAmount), (16, CsvProblemCode.NegativeAmount)]);
    }

    [Theory]
    [InlineData("ABCｱｲｳ", 6)]
    [InlineData("売上高", 6)]
    [InlineData("𠮷", 2)]
    public void HalfWidthLength_CountsFullWidthTwice(string value, int expected) =>
        AccountingCsv.HalfWidthLength(value).ShouldBe(expected);

    [Fact]
    [Trait("Article", "FORMATS.md §2.2: side-by-side columns, lines grouped by 日付 + 伝票番号")]
    public void Freee_Write_WritesHeaderThenOneRowPerLineWithTheEntryNumber()
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = FreeeJournalCsv.Write([s_single, s_threeLines], stream);

        result.Rows.ShouldBe(4);
        string[][] rows = ReadCp932(stream.ToArray());
        rows.Length.ShouldBe(5);
        rows[0].ShouldBe(["日付", "伝票番号", "決算整理仕訳", "借方勘定科目", "借方取引先", "借方税区分", "借方金額", "借方税額",
            "貸方勘定科目", "貸方取引先", "貸方税区分", "貸方金額", "貸方税額", "摘要"]);
        rows[1].ShouldBe(["2026/12/01", "INV-2026-0001", "", "売掛金", "サクラシステムズ", "対象外", "110000", "0",
            "売上高", "", "課税売上込10%", "110000", "10000", "サクラシステムズ INV-2026-0001"]);
        rows.Skip(2).Select(r => r[1]).ShouldAllBe(n => n == "INV-2026-0002");
    }

    [Fact]
    public void Freee_Write_UnencodableCharacter_CountsTheHeaderAsRowOne()
    {
        using var stream = new MemoryStream();

        CsvWriteResult result = FreeeJournalCsv.Write([new JournalEntry("INV-1", [Line("𠮷野商店", 1_100, 100, "x")])], stream);

        result.Problems.ShouldBe([new CsvCellProblem(2, 5, "借方取引先", CsvProblemCode.Unencodable, "𠮷")]);
        stream.Length.ShouldBe(0);
    }

    // A small RFC 4180 reader over the CP932-decoded file: quoted fields, doubled quotes, CRLF rows.
    private static string[][] ReadCp932(byte[] bytes)
    {
        string text = JapaneseEncodings.Cp932.GetString(bytes);
        text.ShouldEndWith("\r\n");
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return [.. rows];
    }
}
