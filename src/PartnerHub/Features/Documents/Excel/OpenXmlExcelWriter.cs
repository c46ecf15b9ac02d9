using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>
/// Writes workbooks with the SAX-style OpenXmlWriter, row by row, so a 50,000-row export never builds a DOM.
/// </summary>
/// <remarks>
/// Each sheet gets a bold header row frozen in place, an autofilter over the data, column widths from the definitions or
/// estimated from the header and the first rows, and optionally a totals row with real SUM formulas (with cached values, so
/// viewers that do not calculate still show the sums).
/// </remarks>
public sealed class OpenXmlExcelWriter(IStringLocalizer<DocumentStrings> strings) : IExcelWriter
{
    /// <summary>Rows buffered to estimate column widths before the first row is written (widths precede the data in the file).</summary>
    private const int WidthSampleRows = 200;

    private const int MaxCellTextLength = 32_767;
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    public void Write(Stream output, params ExcelSheet[] sheets) => Write(output, CultureInfo.CurrentUICulture, sheets);

    /// <summary>Writes the workbook; <paramref name="culture"/> only picks the default totals label.</summary>
    public void Write(Stream output, CultureInfo culture, params ExcelSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Length == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        if (sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != sheets.Length)
        {
            throw new ArgumentException("Sheet names must be unique (Excel compares them ignoring case).", nameof(sheets));
        }

        string defaultTotalsLabel = TotalsLabel(culture);
        using SpreadsheetDocument document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = ExcelStyles.Create();

        var sharedStrings = new SharedStrings();
        var written = new List<(string Name, string RelationshipId, string? FilterRange)>();
        for (int i = 0; i < sheets.Length; i++)
        {
            WorksheetPart worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            string? filterRange = WriteWorksheet(worksheetPart, sheets[i], selected: i == 0, sharedStrings, defaultTotalsLabel);
            written.Add((sheets[i].Name, workbookPart.GetIdOfPart(worksheetPart), filterRange));
        }

        sharedStrings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());

        var definedNames = new DefinedNames();
        for (int i = 0; i < written.Count; i++)
        {
            if (written[i].FilterRange is { } range)
            {
                // Excel itself records every autofilter under this hidden name; without it some versions drop the filter on save.
                definedNames.Append(new DefinedName(QuotedSheetName(written[i].Name) + "!" + range)
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }
        }

        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(written.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = s.RelationshipId })));
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        // The totals carry cached values, but Excel should still recompute on open in case a viewer edited the file.
        workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbookPart.Workbook = workbook;
    }

    private string TotalsLabel(CultureInfo culture)
    {
        using CultureScope scope = CultureScope.Use(culture);
        return strings["Total"];
    }

    /// <returns>The autofilter range (absolute, e.g. $A$1:$F$51).</returns>
    private static string? WriteWorksheet(WorksheetPart part, ExcelSheet sheet, bool selected, SharedStrings sharedStrings, string defaultTotalsLabel)
    {
        IReadOnlyList<ExcelColumn> columns = sheet.Columns;
        using IEnumerator<object?[]> rows = sheet.Rows.GetEnumerator();
        var sample = new List<object?[]>(WidthSampleRows);
        while (sample.Count < WidthSampleRows && rows.MoveNext())
        {
            sample.Add(Checked(rows.Current, columns.Count));
        }

        using OpenXmlWriter writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));

        var cols = new Columns();
        for (int c = 0; c < columns.Count; c++)
        {
            double width = columns[c].Width ?? EstimateWidth(columns[c], sample.Select(r => r[c]));
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        writer.WriteElement(cols);
        writer.WriteStartElement(new SheetData());

        var cellWriter = new CellWriter(writer, sharedStrings);
        WriteHeader(cellWriter, columns);

        var totals = new decimal[columns.Count];
        int rowNumber = 1;
        foreach (object?[] row in sample)
        {
            cellWriter.WriteRow(++rowNumber, columns, row, totals);
        }

        while (rows.MoveNext())
        {
            cellWriter.WriteRow(++rowNumber, columns, Checked(rows.Current, columns.Count), totals);
        }

        int lastDataRow = rowNumber;
        if (sheet.HasTotals)
        {
            cellWriter.WriteTotals(lastDataRow + 1, columns, lastDataRow, totals, sheet.TotalsLabel ?? defaultTotalsLabel);
        }

        writer.WriteEndElement(); // sheetData

        string lastColumn = CellReference.ColumnName(columns.Count - 1);
        string filterRange = $"$A$1:${lastColumn}${lastDataRow}";
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{lastDataRow}" });
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteEndElement(); // worksheet
        return filterRange;
    }

    private static void WriteHeader(CellWriter cells, IReadOnlyList<ExcelColumn> columns)
    {
        cells.StartRow(1);
        for (int c = 0; c < columns.Count; c++)
        {
            cells.Text(c, 1, columns[c].Header, ExcelStyles.HeaderStyle);
        }

        cells.EndRow();
    }

    private static object?[] Checked(object?[] row, int columnCount) =>
        row.Length == columnCount
            ? row
            : throw new InvalidOperationException($"A row has {row.Length} values but the sheet has {columnCount} columns.");

    /// <summary>Width in Excel character units, counting full-width (Japanese) characters as two.</summary>
    internal static double EstimateWidth(ExcelColumn column, IEnumerable<object?> sampleValues)
    {
        // Bold header text is a little wider, and the autofilter button takes about two characters.
        double widest = (DisplayWidth(column.Header) * 1.1) + 2;
        foreach (object? value in sampleValues)
        {
            widest = Math.Max(widest, DisplayWidth(CellWriter.DisplayText(column.Kind, value)));
        }

        return Math.Round(Math.Clamp(widest + 1.5, MinWidth, MaxWidth), 1);
    }

    internal static int DisplayWidth(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += IsFullWidth(rune.Value) ? 2 : 1;
        }

        return width;
    }

    // East Asian Wide/Fullwidth blocks (UAX #11), enough for Japanese text; half-width katakana (FF61–FF9F) stays narrow.
    private static bool IsFullWidth(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    private static string QuotedSheetName(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Writes cells of one sheet; keeps the attribute lists so 50,000 rows do not allocate per attribute.</summary>
    private sealed class CellWriter(OpenXmlWriter writer, SharedStrings sharedStrings)
    {
        private static readonly DateTime s_excelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

        public void StartRow(int rowNumber) =>
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, rowNumber.ToString(CultureInfo.InvariantCulture))]);

        public void EndRow() => writer.WriteEndElement();

        public void WriteRow(int rowNumber, IReadOnlyList<ExcelColumn> columns, object?[] values, decimal[] totals)
        {
            StartRow(rowNumber);
            for (int c = 0; c < columns.Count; c++)
            {
                object? value = values[c];
                if (value is null)
                {
                    continue;
                }

                ExcelCellKind kind = columns[c].Kind;
                uint style = ExcelStyles.BodyStyle(kind);
                if (kind == ExcelCellKind.Text)
                {
                    Text(c, rowNumber, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style);
                    continue;
                }

                decimal number = ToNumber(kind, value);
                totals[c] += number;
                Number(c, rowNumber, number, style, formula: null);
            }

            EndRow();
        }

        public void WriteTotals(int rowNumber, IReadOnlyList<ExcelColumn> columns, int lastDataRow, decimal[] totals, string label)
        {
            StartRow(rowNumber);
            bool labelWritten = false;
            for (int c = 0; c < columns.Count; c++)
            {
                ExcelColumn column = columns[c];
                if (column.Total)
                {
                    string letter = CellReference.ColumnName(c);
                    // With no data rows a SUM range would point at the header or at this cell itself.
                    string? formula = lastDataRow >= 2 ? $"SUM({letter}2:{letter}{lastDataRow})" : null;
                    Number(c, rowNumber, totals[c], ExcelStyles.TotalsStyle(column.Kind), formula);
                }
                else if (!labelWritten)
                {
                    Text(c, rowNumber, label, ExcelStyles.TotalsStyle(ExcelCellKind.Text));
                    labelWritten = true;
                }
                else
                {
                    // An empty styled cell keeps the totals row's top border continuous.
                    writer.WriteStartElement(new Cell(), [Reference(c, rowNumber), Style(ExcelStyles.TotalsStyle(ExcelCellKind.Text))]);
                    writer.WriteEndElement();
                }
            }

            EndRow();
        }

        public void Text(int column, int row, string text, uint style)
        {
            int index = sharedStrings.IndexOf(text);
            writer.WriteStartElement(new Cell(), [Reference(column, row), Style(style), new OpenXmlAttribute("t", string.Empty, "s")]);
            writer.WriteElement(new CellValue(index.ToString(CultureInfo.InvariantCulture)));
            writer.WriteEndElement();
        }

        public static string DisplayText(ExcelCellKind kind, object? value) => value switch
        {
            null => string.Empty,
            _ when kind == ExcelCellKind.Text => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            _ when kind == ExcelCellKind.Date => "0000/00/00",
            _ when kind == ExcelCellKind.DateTime => "0000/00/00 00:00",
            _ when kind == ExcelCellKind.Percent => "100.0%",
            _ when kind == ExcelCellKind.Yen => "¥" + ToNumber(kind, value).ToString("#,##0", CultureInfo.InvariantCulture),
            _ => ToNumber(kind, value).ToString("#,##0", CultureInfo.InvariantCulture),
        };

        private void Number(int column, int row, decimal value, uint style, string? formula)
        {
            writer.WriteStartElement(new Cell(), [Reference(column, row), Style(style)]);
            if (formula is not null)
            {
                writer.WriteElement(new CellFormula(formula));
            }

            writer.WriteElement(new CellValue(value.ToString(CultureInfo.InvariantCulture)));
            writer.WriteEndElement();
        }

        private static decimal ToNumber(ExcelCellKind kind, object value) => (kind, value) switch
        {
            (ExcelCellKind.Date, DateOnly date) => date.DayNumber - DateOnly.FromDateTime(s_excelEpoch).DayNumber,
            (ExcelCellKind.Date, DateTime dateTime) => dateTime.Date.Subtract(s_excelEpoch).Days,
            (ExcelCellKind.DateTime, DateTimeOffset instant) => Serial(JapaneseFormat.ToTokyo(instant)),
            (ExcelCellKind.DateTime, DateTime dateTime) => Serial(dateTime),
            (ExcelCellKind.Number or ExcelCellKind.Yen or ExcelCellKind.YenPlain or ExcelCellKind.Percent, long n) => n,
            (ExcelCellKind.Number or ExcelCellKind.Yen or ExcelCellKind.YenPlain or ExcelCellKind.Percent, int n) => n,
            (ExcelCellKind.Number or ExcelCellKind.Yen or ExcelCellKind.YenPlain or ExcelCellKind.Percent, decimal n) => n,
            (ExcelCellKind.Percent, double n) => (decimal)n,
            _ => throw new InvalidOperationException($"A {value.GetType().Name} value cannot be written to a {kind} column."),
        };

        // Serial day number with the time as a fraction, rounded to the second so Excel shows no 59.999 s artefacts.
        private static decimal Serial(DateTime wallClock) =>
            Math.Round((decimal)(wallClock - s_excelEpoch).Ticks / TimeSpan.TicksPerDay, 8);

        private static OpenXmlAttribute Reference(int column, int row) =>
            new("r", string.Empty, CellReference.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture));

        private static OpenXmlAttribute Style(uint style) => new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The shared string table: each distinct text stored once, written after the sheets that collected it.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private int _references;

        public int IndexOf(string text)
        {
            text = Sanitize(text);
            _references++;
            if (!_indexes.TryGetValue(text, out int index))
            {
                index = _texts.Count;
                _indexes.Add(text, index);
                _texts.Add(text);
            }

            return index;
        }

        public void WriteTo(SharedStringTablePart part)
        {
            using OpenXmlWriter writer = OpenXmlWriter.Create(part);
            writer.WriteStartElement(new SharedStringTable(),
            [
                new OpenXmlAttribute("count", string.Empty, _references.ToString(CultureInfo.InvariantCulture)),
                new OpenXmlAttribute("uniqueCount", string.Empty, _texts.Count.ToString(CultureInfo.InvariantCulture)),
            ]);
            foreach (string text in _texts)
            {
                writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            writer.WriteEndElement();
        }

        // XML 1.0 cannot carry most control characters; one stray byte from a pasted value would make the whole file unreadable.
        private static string Sanitize(string text)
        {
            if (text.Length > MaxCellTextLength)
            {
                text = text[..MaxCellTextLength];
            }

            bool clean = true;
            foreach (char c in text)
            {
                if (!IsXmlChar(c) || char.IsSurrogate(c))
                {
                    clean = false;
                    break;
                }
            }

            if (clean)
            {
                return text;
            }

            // EnumerateRunes yields U+FFFD for a lone surrogate instead of throwing; paired surrogates are kept.
            var builder = new StringBuilder(text.Length);
            foreach (Rune rune in text.EnumerateRunes())
            {
                if (!rune.IsBmp || IsXmlChar((char)rune.Value))
                {
                    builder.Append(rune.ToString());
                }
            }

            return builder.ToString();
        }

        private static bool IsXmlChar(char c) =>
            c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uFFFD') && c is not '\uFFFE';
    }
}
