using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>
/// Writes .xlsx workbooks as a stream: the package is a zip in <see cref="ZipArchiveMode.Create"/> and each worksheet is
/// written row by row with an <see cref="XmlWriter"/> straight into its compressed entry, so neither a cell object nor the
/// worksheet's XML is ever held whole — memory stays at a row plus the width sample, whatever the row count.
/// </summary>
/// <remarks>
/// Not <c>SpreadsheetDocument.Create</c>: System.IO.Packaging opens a created package read-write (ZipArchiveMode.Update), which
/// keeps every part uncompressed in a MemoryStream until it closes, and the Open XML SDK cannot write a write-only package
/// (dotnet/Open-XML-SDK#807, #2113). The parts written here are the same SpreadsheetML the SDK wrote (checked by reading
/// them back with it and by its schema validator in the tests); text is written as inline strings, not a shared-string table,
/// which would hold every distinct text until the end (measured in bench/PartnerHub.ScaleBenchmarks, README "Excel").
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

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private static readonly XmlWriterSettings s_xmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // Every text is cleaned of characters XML cannot carry before it is written (Clean), the rest is ASCII written here.
        CheckCharacters = false,
        // A carriage return inside a value stays one (as &#xD;) instead of becoming the platform's line ending.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

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
        using var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WritePart(package, "[Content_Types].xml", xml => ContentTypes(xml, sheets.Length));
        WritePart(package, "_rels/.rels", xml => Relationships(xml, PackageRelationshipsNamespace, [("rId1", OfficeDocumentRelationship, "xl/workbook.xml")]));
        WritePart(package, "xl/styles.xml", xml => ExcelStyles.Create().WriteTo(xml));

        var filterRanges = new string[sheets.Length];
        for (int i = 0; i < sheets.Length; i++)
        {
            int index = i;
            WritePart(package, SheetPath(i), xml => filterRanges[index] = WriteWorksheet(xml, sheets[index], selected: index == 0, defaultTotalsLabel));
        }

        WritePart(package, "xl/_rels/workbook.xml.rels", xml => Relationships(xml, PackageRelationshipsNamespace,
        [
            .. sheets.Select((_, i) => (SheetRelationshipId(i), WorksheetRelationship, SheetPath(i)["xl/".Length..])),
            ("rId" + (sheets.Length + 1).ToString(CultureInfo.InvariantCulture), StylesRelationship, "styles.xml"),
        ]));
        WritePart(package, "xl/workbook.xml", xml => Workbook(xml, sheets, filterRanges));
    }

    private string TotalsLabel(CultureInfo culture)
    {
        using CultureScope scope = CultureScope.Use(culture);
        return strings["Total"];
    }

    private static string SheetPath(int index) => "xl/worksheets/sheet" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".xml";

    private static string SheetRelationshipId(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    // Optimal is the level System.IO.Packaging used (CompressionOption.Normal); Fastest made the files 60-75 % larger.
    private static void WritePart(ZipArchive package, string path, Action<XmlWriter> write)
    {
        using Stream entry = package.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(entry, s_xmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter xml, int sheetCount)
    {
        xml.WriteStartElement("Types", ContentTypesNamespace);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (int i = 0; i < sheetCount; i++)
        {
            Override("/" + SheetPath(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        xml.WriteEndElement();

        void Default(string extension, string contentType)
        {
            xml.WriteStartElement("Default");
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        void Override(string partName, string contentType)
        {
            xml.WriteStartElement("Override");
            xml.WriteAttributeString("PartName", partName);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
    }

    private static void Relationships(XmlWriter xml, string ns, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship");
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteAttributeString("Id", id);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, ExcelSheet[] sheets, string[] filterRanges)
    {
        xml.WriteStartElement("workbook", MainNamespace);
        xml.WriteAttributeString("xmlns", "r", null, RelationshipsNamespace);
        xml.WriteStartElement("bookViews");
        xml.WriteStartElement("workbookView");
        xml.WriteAttributeString("activeTab", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("sheets");
        for (int i = 0; i < sheets.Length; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", Clean(sheets[i].Name));
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", RelationshipsNamespace, SheetRelationshipId(i));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        // Excel itself records every autofilter under this hidden name; without it some versions drop the filter on save.
        xml.WriteStartElement("definedNames");
        for (int i = 0; i < sheets.Length; i++)
        {
            xml.WriteStartElement("definedName");
            xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
            xml.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("hidden", "1");
            xml.WriteString(QuotedSheetName(Clean(sheets[i].Name)) + "!" + filterRanges[i]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        // The totals carry cached values, but Excel should still recompute on open in case a viewer edited the file.
        xml.WriteStartElement("calcPr");
        xml.WriteAttributeString("calcId", "191029");
        xml.WriteAttributeString("fullCalcOnLoad", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <returns>The autofilter range (absolute, e.g. $A$1:$F$51).</returns>
    private static string WriteWorksheet(XmlWriter xml, ExcelSheet sheet, bool selected, string defaultTotalsLabel)
    {
        IReadOnlyList<ExcelColumn> columns = sheet.Columns;
        using IEnumerator<object?[]> rows = sheet.Rows.GetEnumerator();
        var sample = new List<object?[]>(WidthSampleRows);
        while (sample.Count < WidthSampleRows && rows.MoveNext())
        {
            sample.Add(Checked(rows.Current, columns.Count));
        }

        xml.WriteStartElement("worksheet", MainNamespace);
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        if (selected)
        {
            xml.WriteAttributeString("tabSelected", "1");
        }

        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection");
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement(); // sheetView
        xml.WriteEndElement(); // sheetViews

        xml.WriteStartElement("cols");
        for (int c = 0; c < columns.Count; c++)
        {
            double width = columns[c].Width ?? EstimateWidth(columns[c], sample.Select(r => r[c]));
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData");

        var cellWriter = new CellWriter(xml, columns.Count);
        WriteHeader(cellWriter, columns);

        var totals = new decimal[columns.Count];
        int rowNumber = 1;
        foreach (object?[] row in sample)
        {
            cellWriter.WriteRow(++rowNumber, columns, row, totals);
        }

        // The sample is written; let its rows go with the rest.
        sample.Clear();
        while (rows.MoveNext())
        {
            cellWriter.WriteRow(++rowNumber, columns, Checked(rows.Current, columns.Count), totals);
        }

        int lastDataRow = rowNumber;
        if (sheet.HasTotals)
        {
            cellWriter.WriteTotals(lastDataRow + 1, columns, lastDataRow, totals, sheet.TotalsLabel ?? defaultTotalsLabel);
        }

        xml.WriteEndElement(); // sheetData

        string lastColumn = CellReference.ColumnName(columns.Count - 1);
        xml.WriteStartElement("autoFilter");
        xml.WriteAttributeString("ref", $"A1:{lastColumn}{lastDataRow}");
        xml.WriteEndElement();
        xml.WriteStartElement("pageMargins");
        xml.WriteAttributeString("left", "0.5");
        xml.WriteAttributeString("right", "0.5");
        xml.WriteAttributeString("top", "0.6");
        xml.WriteAttributeString("bottom", "0.6");
        xml.WriteAttributeString("header", "0.3");
        xml.WriteAttributeString("footer", "0.3");
        xml.WriteEndElement();
        xml.WriteEndElement(); // worksheet
        return $"$A$1:${lastColumn}${lastDataRow}";
    }

    private static void WriteHeader(CellWriter cells, IReadOnlyList<ExcelColumn> columns)
    {
        cells.StartRow(1);
        for (int c = 0; c < columns.Count; c++)
        {
            cells.Text(c, columns[c].Header, ExcelStyles.HeaderStyle);
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

    /// <summary>
    /// The text as a cell can hold it: at most Excel's 32,767 characters, without the characters XML 1.0 cannot carry (most
    /// C0 controls, U+FFFE/U+FFFF) — one stray control character pasted into a name would otherwise make the whole file
    /// unreadable. They are dropped rather than escaped as _xHHHH_ (invisible in Excel anyway); a lone surrogate, half of a
    /// broken character, becomes U+FFFD so the break stays visible.
    /// </summary>
    internal static string Clean(string text)
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

    /// <summary>Writes the cells of one sheet without allocating per cell: references and numbers are formatted into one buffer.</summary>
    private sealed class CellWriter(XmlWriter xml, int columnCount)
    {
        private static readonly DateTime s_excelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

        private readonly string[] _columnNames = [.. Enumerable.Range(0, columnCount).Select(CellReference.ColumnName)];
        private readonly char[] _buffer = new char[64];
        private int _row;

        public void StartRow(int rowNumber)
        {
            _row = rowNumber;
            xml.WriteStartElement("row");
            xml.WriteStartAttribute("r");
            WriteNumber(rowNumber);
            xml.WriteEndAttribute();
        }

        public void EndRow() => xml.WriteEndElement();

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
                    Text(c, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style);
                    continue;
                }

                decimal number = ToNumber(kind, value);
                totals[c] += number;
                Number(c, number, style, formula: null);
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
                    string letter = _columnNames[c];
                    // With no data rows a SUM range would point at the header or at this cell itself.
                    string? formula = lastDataRow >= 2 ? $"SUM({letter}2:{letter}{lastDataRow})" : null;
                    Number(c, totals[c], ExcelStyles.TotalsStyle(column.Kind), formula);
                }
                else if (!labelWritten)
                {
                    Text(c, label, ExcelStyles.TotalsStyle(ExcelCellKind.Text));
                    labelWritten = true;
                }
                else
                {
                    // An empty styled cell keeps the totals row's top border continuous.
                    StartCell(c, ExcelStyles.TotalsStyle(ExcelCellKind.Text));
                    xml.WriteEndElement();
                }
            }

            EndRow();
        }

        // An inline string: leading or trailing spaces are kept only when marked, as Excel trims them otherwise.
        public void Text(int column, string text, uint style)
        {
            text = Clean(text);
            StartCell(column, style);
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is");
            xml.WriteStartElement("t");
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                xml.WriteAttributeString("xml", "space", null, "preserve");
            }

            xml.WriteString(text);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
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

        private void StartCell(int column, uint style)
        {
            xml.WriteStartElement("c");
            xml.WriteStartAttribute("r");
            xml.WriteString(_columnNames[column]);
            WriteNumber(_row);
            xml.WriteEndAttribute();
            xml.WriteStartAttribute("s");
            WriteNumber(style);
            xml.WriteEndAttribute();
        }

        private void Number(int column, decimal value, uint style, string? formula)
        {
            StartCell(column, style);
            if (formula is not null)
            {
                xml.WriteElementString("f", formula);
            }

            xml.WriteStartElement("v");
            value.TryFormat(_buffer, out int length, default, CultureInfo.InvariantCulture);
            xml.WriteChars(_buffer, 0, length);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private void WriteNumber(long value)
        {
            value.TryFormat(_buffer, out int length, default, CultureInfo.InvariantCulture);
            xml.WriteChars(_buffer, 0, length);
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
    }
}
