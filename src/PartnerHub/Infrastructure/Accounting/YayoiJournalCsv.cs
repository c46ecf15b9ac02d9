using PartnerHub.Domain.Accounting;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>
/// 弥生会計 仕訳日記帳 import file, 「弥生インポート形式」 25 columns (弥生会計 05 以降), FORMATS.md §1.2: no header
/// (§1.1: the official layout has data lines only), one line per journal line, CRLF, CP932 by default.
/// <para>識別フラグ (col A, [OFFICIAL 18545]): an entry of one line is written as 2000 (伝票以外の仕訳); an entry of
/// several lines is one voucher: 2110 on its first line, 2100 on middle lines, 2101 on its last. タイプ (col T) is 0 (仕訳),
/// 調整 (col Y) is 「no」, 付箋 0. 部門 (cols G/M) is the side's <see cref="JournalSide.Department"/>. 伝票No., 決算, 番号, 期日, 生成元 and 仕訳メモ stay empty (the commas are kept).</para>
/// <para>Lengths (half-width units, §1.2) are checked and reported as warnings: 弥生 truncates 摘要 past 64 and asks
/// (マッチングリスト) for accounts it does not know. Amounts are tax-included integers, never negative (col I).</para>
/// </summary>
public static class YayoiJournalCsv
{
    /// <summary>The 25 columns in file order, named as 弥生 names them, with the §1.2 lengths.</summary>
    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("識別フラグ", 4), new("伝票No.", 6), new("決算", 4), new("取引日付", 10),
        new("借方勘定科目", 24), new("借方補助科目", 24), new("借方部門", 24), new("借方税区分", 32),
        new("借方金額", 11, IsAmount: true), new("借方税金額", 11, IsAmount: true),
        new("貸方勘定科目", 24), new("貸方補助科目", 24), new("貸方部門", 24), new("貸方税区分", 32),
        new("貸方金額", 11, IsAmount: true), new("貸方税金額", 11, IsAmount: true),
        new("摘要", 64), new("番号", 10), new("期日", 10), new("タイプ", 1), new("生成元", 4), new("仕訳メモ", 180),
        new("付箋1", 1), new("付箋2", 1), new("調整", 3),
    ];

    /// <summary>Writes <paramref name="entries"/> to <paramref name="destination"/>, or nothing if a cell cannot be written.</summary>
    public static CsvWriteResult Write(IEnumerable<JournalEntry> entries, Stream destination, CsvEncoding encoding = CsvEncoding.Cp932)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return AccountingCsv.Write(Columns, writeHeader: false, entries.SelectMany(Rows), destination, encoding);
    }

    /// <summary>識別フラグ of line <paramref name="index"/> of an entry with <paramref name="count"/> lines.</summary>
    public static string IdentificationFlag(int index, int count) =>
        count == 1 ? "2000" : index == 0 ? "2110" : index == count - 1 ? "2101" : "2100";

    private static IEnumerable<string[]> Rows(JournalEntry entry) =>
        entry.Lines.Select((line, i) => new[]
        {
            IdentificationFlag(i, entry.Lines.Count), string.Empty, string.Empty, AccountingCsv.DateCell(line.Date),
            line.Debit.Account, line.Debit.SubAccount, line.Debit.Department, line.Debit.TaxCategory, AccountingCsv.AmountCell(line.Debit.Amount), AccountingCsv.AmountCell(line.Debit.TaxAmount),
            line.Credit.Account, line.Credit.SubAccount, line.Credit.Department, line.Credit.TaxCategory, AccountingCsv.AmountCell(line.Credit.Amount), AccountingCsv.AmountCell(line.Credit.TaxAmount),
            line.Description, string.Empty, string.Empty, "0", string.Empty, string.Empty, "0", "0", "no",
        });
}
