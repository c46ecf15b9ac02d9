using System.Globalization;
using System.Text;
using PartnerHub.Domain.Money;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>What is wrong with one cell of a CSV about to be written.</summary>
public enum CsvProblemCode
{
    /// <summary>The target encoding cannot hold a character (e.g. 「𠮷」 in CP932). Blocks the file.</summary>
    Unencodable,

    /// <summary>A line break, tab or other control character, which the importers cannot take inside a field. Blocks the file.</summary>
    ControlCharacter,

    /// <summary>Longer than the target's limit (half-width = 1, full-width = 2); the importer truncates or asks. A warning.</summary>
    TooLong,

    /// <summary>A negative amount where the target takes none. Blocks the file.</summary>
    NegativeAmount,
}

/// <summary>One problem, located by the file's line and column (both 1-based, as a spreadsheet shows them).</summary>
/// <param name="Row">Line of the file (the header, when written, is line 1).</param>
/// <param name="Column">Column number.</param>
/// <param name="ColumnName">The column's name in the target's layout.</param>
/// <param name="Code">What is wrong.</param>
/// <param name="Detail">The offending character(s) or the length limit.</param>
public sealed record CsvCellProblem(int Row, int Column, string ColumnName, CsvProblemCode Code, string Detail)
{
    /// <summary>Whether the file is refused (everything but <see cref="CsvProblemCode.TooLong"/>).</summary>
    public bool IsBlocking => Code != CsvProblemCode.TooLong;
}

/// <summary>The outcome of writing a CSV: written only when no problem blocks it; nothing is written otherwise.</summary>
/// <param name="Written">Whether the destination received the file.</param>
/// <param name="Rows">Data rows written (the header not counted).</param>
/// <param name="Problems">Every problem found, blocking or not, in file order.</param>
public sealed record CsvWriteResult(bool Written, int Rows, IReadOnlyList<CsvCellProblem> Problems);

/// <summary>A column of a target layout.</summary>
/// <param name="Name">The column's name (the header text, when the layout has a header).</param>
/// <param name="MaxWidth">Length limit in half-width units; null = none.</param>
/// <param name="IsAmount">Whether the column holds an amount that the target takes only as zero or positive.</param>
public sealed record CsvColumn(string Name, int? MaxWidth = null, bool IsAmount = false);

/// <summary>
/// Writes rows as CSV after checking every cell: RFC 4180 quoting (a field with a comma or a double quote is quoted,
/// quotes doubled; FORMATS.md §1.1 「カンマを含む場合は囲む」), CRLF after every line, and the encoding held strictly
/// (<see cref="JapaneseEncodings"/>). Nothing reaches the stream unless no cell has a blocking problem.
/// </summary>
public static class AccountingCsv
{
    public static CsvWriteResult Write(
        IReadOnlyList<CsvColumn> columns, bool writeHeader, IEnumerable<string[]> rows, Stream destination, CsvEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        Encoding target = JapaneseEncodings.For(encoding);
        var problems = new List<CsvCellProblem>();
        var text = new StringBuilder();
        int line = 0;
        int dataRows = 0;
        if (writeHeader)
        {
            AppendLine(text, columns, [.. columns.Select(c => c.Name)], ++line, target, problems, isData: false);
        }

        foreach (string[] row in rows)
        {
            if (row.Length != columns.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {line + 1} has {row.Length} cells; the layout has {columns.Count}."), nameof(rows));
            }

            AppendLine(text, columns, row, ++line, target, problems, isData: true);
            dataRows++;
        }

        if (problems.Any(p => p.IsBlocking))
        {
            return new CsvWriteResult(false, 0, problems);
        }

        destination.Write(target.GetPreamble());
        destination.Write(target.GetBytes(text.ToString()));
        return new CsvWriteResult(true, dataRows, problems);
    }

    /// <summary>yyyy/MM/dd: a form both 弥生 (FORMATS.md §1.2 col D) and freee (§2.2 「2015/04/01」) accept.</summary>
    public static string DateCell(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    /// <summary>An integer amount without separators (§1.1: 金額 in half-width digits).</summary>
    public static string AmountCell(Yen amount) => amount.Amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>Width in half-width units: ASCII and half-width kana count 1, everything else 2 (the importers' 「半角」 lengths).</summary>
    public static int HalfWidthLength(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int width = 0;
        foreach (Rune rune in value.EnumerateRunes())
        {
            width += rune.Value is <= 0x7E or (>= 0xFF61 and <= 0xFF9F) ? 1 : 2;
        }

        return width;
    }

    private static void AppendLine(
        StringBuilder text, IReadOnlyList<CsvColumn> columns, string[] cells, int line, Encoding target, List<CsvCellProblem> problems, bool isData)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            string cell = cells[i];
            CheckCell(cell, line, i + 1, columns[i], target, problems, isData);
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
                ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : cell);
        }

        text.Append("\r\n");
    }

    private static void CheckCell(string cell, int line, int column, CsvColumn layout, Encoding target, List<CsvCellProblem> problems, bool isData)
    {
        string[] control = [.. cell.EnumerateRunes().Where(Rune.IsControl).Select(r => "U+" + r.Value.ToString("X4", CultureInfo.InvariantCulture)).Distinct()];
        if (control.Length > 0)
        {
            problems.Add(new CsvCellProblem(line, column, layout.Name, CsvProblemCode.ControlCharacter, string.Join(' ', control)));
        }

        if (!JapaneseEncodings.CanEncode(target, cell))
        {
            string[] unencodable =
            [
                .. cell.EnumerateRunes().Select(r => r.ToString()).Where(r => !JapaneseEncodings.CanEncode(target, r)).Distinct(StringComparer.Ordinal),
            ];
            problems.Add(new CsvCellProblem(line, column, layout.Name, CsvProblemCode.Unencodable, string.Concat(unencodable)));
        }

        if (isData && layout.IsAmount && cell.StartsWith('-'))
        {
            problems.Add(new CsvCellProblem(line, column, layout.Name, CsvProblemCode.NegativeAmount, cell));
        }

        if (isData && layout.MaxWidth is int max && HalfWidthLength(cell) > max)
        {
            problems.Add(new CsvCellProblem(line, column, layout.Name, CsvProblemCode.TooLong, max.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
