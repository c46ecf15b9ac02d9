using PartnerHub.Domain.Accounting;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>
/// freee 会計 「仕訳インポート」 file (registered as 振替伝票), FORMATS.md §2.2: freee maps the columns itself and accepts
/// side-by-side debit and credit columns, so the header names below are this hub's and finance maps them once in freee.
/// Lines with the same 日付 and 伝票番号 become one journal (§2.2), so every line carries its entry's number. Dates are
/// yyyy/MM/dd (§2.2 「2015/04/01」). The header row is written (freee's imports keep one, §2.1). 金額 is tax-included and
/// 税額 the tax inside it, as freee's 内税; the 補助科目 of a side goes to that side's 取引先 column (freee has 取引先
/// tags, not 補助科目). CP932 by default.
/// </summary>
public static class FreeeJournalCsv
{
    /// <summary>The columns in file order.</summary>
    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("日付"), new("伝票番号"), new("決算整理仕訳"),
        new("借方勘定科目"), new("借方取引先"), new("借方税区分"), new("借方金額", IsAmount: true), new("借方税額", IsAmount: true),
        new("貸方勘定科目"), new("貸方取引先"), new("貸方税区分"), new("貸方金額", IsAmount: true), new("貸方税額", IsAmount: true),
        new("摘要"),
    ];

    /// <summary>Writes <paramref name="entries"/> to <paramref name="destination"/>, or nothing if a cell cannot be written.</summary>
    public static CsvWriteResult Write(IEnumerable<JournalEntry> entries, Stream destination, CsvEncoding encoding = CsvEncoding.Cp932)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return AccountingCsv.Write(Columns, writeHeader: true, entries.SelectMany(Rows), destination, encoding);
    }

    private static IEnumerable<string[]> Rows(JournalEntry entry) =>
        entry.Lines.Select(line => new[]
        {
            AccountingCsv.DateCell(line.Date), entry.Number, string.Empty,
            line.Debit.Account, line.Debit.SubAccount, line.Debit.TaxCategory, AccountingCsv.AmountCell(line.Debit.Amount), AccountingCsv.AmountCell(line.Debit.TaxAmount),
            line.Credit.Account, line.Credit.SubAccount, line.Credit.TaxCategory, AccountingCsv.AmountCell(line.Credit.Amount), AccountingCsv.AmountCell(line.Credit.TaxAmount),
            line.Description,
        });
}
