using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>
/// One cell read back: its reference, its value and the formula that produced it, if any. The value is a string, decimal, bool,
/// DateOnly (date formats) or DateTime (formats with a time), or null when empty.
/// </summary>
public sealed record ExcelCell(string Reference, object? Value, string? Formula)
{
    public int ColumnIndex => CellReference.ColumnIndex(Reference);
}

/// <summary>One row read back, with only the cells present in the file.</summary>
public sealed record ExcelRow(int RowNumber, IReadOnlyList<ExcelCell> Cells)
{
    /// <summary>The value in the zero-based <paramref name="columnIndex"/>, or null when the cell is absent.</summary>
    public object? this[int columnIndex] => Cells.FirstOrDefault(c => c.ColumnIndex == columnIndex)?.Value;
}

/// <summary>A worksheet read back.</summary>
public sealed record ExcelSheetContent(string Name, IReadOnlyList<ExcelRow> Rows)
{
    /// <summary>The cell at an A1 reference, or null when absent.</summary>
    public ExcelCell? Cell(string reference) =>
        Rows.FirstOrDefault(r => r.RowNumber == CellReference.RowNumber(reference))?.Cells
            .FirstOrDefault(c => string.Equals(c.Reference, reference, StringComparison.Ordinal));
}

/// <summary>
/// Reads .xlsx worksheets into typed cell values: shared strings resolved, date-formatted numbers turned into dates.
/// Rows are read with the SAX-style OpenXmlReader, so large uploads do not build a worksheet DOM.
/// </summary>
public static class ExcelReader
{
    // Built-in number formats that are dates (ECMA-376 §18.8.30, plus the Japanese-locale ids 27–36 and 50–58).
    private static readonly HashSet<uint> s_builtInDateFormats = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58];
    private static readonly HashSet<uint> s_builtInTimeFormats = [18, 19, 20, 21, 22, 32, 33, 45, 46, 47, 55, 56];

    public static IReadOnlyList<ExcelSheetContent> ReadAll(Stream input)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(input, isEditable: false);
        WorkbookPart workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var context = new ReadContext(workbookPart);
        return [.. Sheets(workbookPart).Select(s => ReadWorksheet(s.Name, (WorksheetPart)workbookPart.GetPartById(s.Id), context))];
    }

    /// <summary>
    /// Reads one sheet by name, or the first sheet when <paramref name="sheetName"/> is null. With <paramref name="limits"/>
    /// (any file from outside), a workbook that unpacks to more than they allow throws <see cref="ExcelLimitExceededException"/>.
    /// </summary>
    public static ExcelSheetContent ReadSheet(Stream input, string? sheetName = null, ExcelReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (limits is not null && !input.CanSeek)
        {
            throw new ArgumentException("Checking the limits needs a seekable stream.", nameof(input));
        }

        limits?.CheckPackage(input);
        var settings = new OpenSettings { MaxCharactersInPart = limits?.MaxPartBytes ?? 0 };
        using SpreadsheetDocument document = Open(input, settings);
        WorkbookPart workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        (string Name, string Id) sheet = Sheets(workbookPart)
            .FirstOrDefault(s => sheetName is null || string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase));
        if (sheet.Id is null)
        {
            throw new InvalidDataException($"The workbook has no sheet named '{sheetName}'.");
        }

        return ReadWorksheet(sheet.Name, (WorksheetPart)workbookPart.GetPartById(sheet.Id), new ReadContext(workbookPart), limits?.MaxRows ?? int.MaxValue);
    }

    // The SDK reports a part over MaxCharactersInPart as a package error; it is the limit that was hit.
    private static SpreadsheetDocument Open(Stream input, OpenSettings settings)
    {
        try
        {
            return SpreadsheetDocument.Open(input, isEditable: false, settings);
        }
        catch (InvalidOperationException exception) when (settings.MaxCharactersInPart > 0 && exception.InnerException is System.Xml.XmlException)
        {
            throw new ExcelLimitExceededException("A part is larger than allowed.", exception);
        }
    }

    private static IEnumerable<(string Name, string Id)> Sheets(WorkbookPart workbookPart) =>
        workbookPart.Workbook?.Sheets?.Elements<Sheet>()
            .Where(s => s.Id?.Value is not null)
            .Select(s => (s.Name?.Value ?? string.Empty, s.Id!.Value!)) ?? [];

    private static ExcelSheetContent ReadWorksheet(string name, WorksheetPart part, ReadContext context, int maxRows = int.MaxValue)
    {
        var rows = new List<ExcelRow>();
        using OpenXmlReader reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                // A single row is small; loading it as a DOM keeps the code simple without loading the sheet.
                if (rows.Count == maxRows)
                {
                    throw new ExcelLimitExceededException($"The sheet '{name}' has more than {maxRows:N0} rows.");
                }

                var row = (Row)reader.LoadCurrentElement()!;
                int rowNumber = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                rows.Add(new ExcelRow(rowNumber, [.. row.Elements<Cell>().Select(c => ReadCell(c, context))]));
            }
        }

        return new ExcelSheetContent(name, rows);
    }

    private static ExcelCell ReadCell(Cell cell, ReadContext context)
    {
        string reference = cell.CellReference?.Value ?? string.Empty;
        string? formula = cell.CellFormula?.Text;
        string? raw = cell.CellValue?.Text;
        CellValues type = cell.DataType?.Value ?? CellValues.Number;
        object? value;
        if (type == CellValues.SharedString)
        {
            value = raw is null ? null : context.SharedStrings[int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture)];
        }
        else if (type == CellValues.InlineString)
        {
            value = cell.InlineString?.InnerText;
        }
        else if (type == CellValues.String || type == CellValues.Error)
        {
            value = raw;
        }
        else if (type == CellValues.Boolean)
        {
            value = raw is null ? null : raw == "1";
        }
        else if (type == CellValues.Date)
        {
            value = raw is null ? null : DateTime.Parse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        }
        else if (string.IsNullOrEmpty(raw))
        {
            value = null;
        }
        else
        {
            decimal number = decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
            value = context.KindOfStyle(cell.StyleIndex?.Value ?? 0) switch
            {
                DateKind.Date => DateOnly.FromDateTime(DateTime.FromOADate((double)number)),
                DateKind.DateTime => RoundToSecond(DateTime.FromOADate((double)number)),
                DateKind.None => number,
            };
        }

        return new ExcelCell(reference, value, formula);
    }

    private static DateTime RoundToSecond(DateTime value) =>
        new(((value.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);

    private enum DateKind
    {
        None,
        Date,
        DateTime,
    }

    private sealed class ReadContext
    {
        private readonly List<DateKind> _styleKinds = [];

        public ReadContext(WorkbookPart workbookPart)
        {
            SharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(i => i.InnerText)
                .ToList() ?? [];

            Stylesheet? styles = workbookPart.WorkbookStylesPart?.Stylesheet;
            Dictionary<uint, string> customFormats = styles?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
            foreach (CellFormat format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                uint id = format.NumberFormatId?.Value ?? 0;
                _styleKinds.Add(
                    s_builtInTimeFormats.Contains(id) ? DateKind.DateTime
                    : s_builtInDateFormats.Contains(id) ? DateKind.Date
                    : customFormats.TryGetValue(id, out string? code) ? Classify(code)
                    : DateKind.None);
            }
        }

        public List<string> SharedStrings { get; }

        public DateKind KindOfStyle(uint styleIndex) => styleIndex < _styleKinds.Count ? _styleKinds[(int)styleIndex] : DateKind.None;

        // A custom format is a date when it has date letters outside quoted text and [..] sections (colours, locales, elapsed time).
        private static DateKind Classify(string formatCode)
        {
            bool date = false;
            bool time = false;
            bool quoted = false;
            bool bracketed = false;
            for (int i = 0; i < formatCode.Length; i++)
            {
                char c = char.ToLowerInvariant(formatCode[i]);
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == '\\')
                {
                    i++;
                }
                else if (!quoted && c == '[')
                {
                    bracketed = true;
                }
                else if (!quoted && c == ']')
                {
                    bracketed = false;
                }
                else if (!quoted && !bracketed)
                {
                    // 'm' alone is ambiguous (month or minute) and 'e' is also the exponent, so y/d and h/s decide.
                    date |= c is 'y' or 'd';
                    time |= c is 'h' or 's';
                }
            }

            return time ? DateKind.DateTime : date ? DateKind.Date : DateKind.None;
        }
    }
}
