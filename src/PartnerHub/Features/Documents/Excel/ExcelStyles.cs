using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>The workbook stylesheet: one body and one totals style per cell kind, plus the header style.</summary>
internal static class ExcelStyles
{
    public const uint HeaderStyle = 1;

    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;
    private const uint YenFormatId = 166;
    private const uint PercentFormatId = 167;

    // Built-in number formats (ECMA-376 §18.8.30): 3 = #,##0 and 49 = @ (text, so an edited "00123" stays text).
    private const uint GroupedIntegerFormatId = 3;
    private const uint TextFormatId = 49;

    private static readonly ExcelCellKind[] s_kinds = Enum.GetValues<ExcelCellKind>();

    public static uint BodyStyle(ExcelCellKind kind) => 2 + ((uint)Array.IndexOf(s_kinds, kind) * 2);

    public static uint TotalsStyle(ExcelCellKind kind) => BodyStyle(kind) + 1;

    public static Stylesheet Create()
    {
        var numberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy/mm/dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy/mm/dd hh:mm" },
            new NumberingFormat { NumberFormatId = YenFormatId, FormatCode = "\"¥\"#,##0;-\"¥\"#,##0" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" })
        { Count = 4 };

        var fonts = new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE4EE" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(),
                new RightBorder(),
                new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF7F8C9D" } },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF7F8C9D" } },
                new DiagonalBorder()))
        { Count = 2 };

        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                NumberFormatId = TextFormatId, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = true,
            });
        foreach (ExcelCellKind kind in s_kinds)
        {
            uint format = NumberFormat(kind);
            cellFormats.Append(new CellFormat { NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
            cellFormats.Append(new CellFormat
            {
                NumberFormatId = format, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0,
                ApplyNumberFormat = true, ApplyFont = true, ApplyBorder = true,
            });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;

        return new Stylesheet(
            numberingFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static uint NumberFormat(ExcelCellKind kind) => kind switch
    {
        ExcelCellKind.Text => TextFormatId,
        ExcelCellKind.Number => GroupedIntegerFormatId,
        ExcelCellKind.Yen => YenFormatId,
        ExcelCellKind.YenPlain => GroupedIntegerFormatId,
        ExcelCellKind.Date => DateFormatId,
        ExcelCellKind.DateTime => DateTimeFormatId,
        ExcelCellKind.Percent => PercentFormatId,
    };

    // Yu Gothic is Excel's default Japanese font on Windows and macOS; charset 128 (Shift_JIS) tells Excel the script.
    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 });
        font.Append(new FontName { Val = "Yu Gothic" });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 128 });
        font.Append(new FontScheme { Val = FontSchemeValues.None });
        return font;
    }
}
