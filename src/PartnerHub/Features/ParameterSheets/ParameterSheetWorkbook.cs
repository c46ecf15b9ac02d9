using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.ParameterSheets;

/// <summary>
/// The offline fill-in template of a parameter sheet and its upload. The sheet "入力" has one row per field: a hidden
/// key in column A, the label in B (locked) and the value in C (unlocked; drop-down for the language); the sheet is
/// protected so only values can be typed. Uploads are read back cell by cell and every cell is validated again on
/// the server, because Excel's own validation is not enforced on files.
/// </summary>
public sealed class ParameterSheetWorkbook(IStringLocalizer<SheetStrings> strings)
{
    public const string InputSheetName = "入力";
    public const string InstructionsSheetName = "説明";
    public const long MaxUploadBytes = 2 * 1024 * 1024;
    private const string TemplateMarker = "PartnerHub.ParameterSheet.v1";

    private static readonly string[] Fields =
    [
        nameof(ParameterSheetContent.SiteName), nameof(ParameterSheetContent.SiteAddress), nameof(ParameterSheetContent.RackLocation),
        nameof(ParameterSheetContent.ManagementIp), nameof(ParameterSheetContent.PrefixLength), nameof(ParameterSheetContent.Gateway),
        nameof(ParameterSheetContent.DnsServers), nameof(ParameterSheetContent.NtpServers), nameof(ParameterSheetContent.Proxy),
        nameof(ParameterSheetContent.MirrorPort), nameof(ParameterSheetContent.MonitoredSegments), nameof(ParameterSheetContent.ExpectedBandwidthMbps),
        nameof(ParameterSheetContent.LineSpeedMbps), nameof(ParameterSheetContent.ExpectedEndpoints), nameof(ParameterSheetContent.NotificationEmails), nameof(ParameterSheetContent.NotificationLanguage),
        nameof(ParameterSheetContent.OnSiteContactName), nameof(ParameterSheetContent.OnSiteContactPhone),
    ];

    /// <summary>Writes the template pre-filled with <paramref name="content"/>.</summary>
    public void WriteTemplate(Stream output, ParameterSheetContent content, string customerName)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        // Style 0: locked (labels); style 1: unlocked input cells with a light fill; style 2: bold header.
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF8E1" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FillId = 2, ApplyFill = true, Protection = new Protection { Locked = false }, ApplyProtection = true },
                new CellFormat { FontId = 1, ApplyFont = true }));

        var rows = new List<Row>
        {
            TextRow(1, ("A", "key", 2), ("B", strings["Section_Site"] + " / " + customerName, 2), ("C", TemplateMarker, 2)),
        };
        var values = typeof(ParameterSheetContent).GetProperties().ToDictionary(p => p.Name, p => Convert.ToString(p.GetValue(content), CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal);
        for (int i = 0; i < Fields.Length; i++)
        {
            uint rowIndex = (uint)(i + 2);
            rows.Add(TextRow(rowIndex, ("A", Fields[i], 0), ("B", strings[Fields[i]], 0), ("C", values[Fields[i]], 1)));
        }

        var input = workbook.AddNewPart<WorksheetPart>();
        uint languageRow = (uint)(Array.IndexOf(Fields, nameof(ParameterSheetContent.NotificationLanguage)) + 2);
        input.Worksheet = new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 4, Hidden = true, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 60, CustomWidth = true }),
            new SheetData(rows),
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false },
            new DataValidations(new DataValidation(new Formula1("\"ja,en\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = false,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = "C" + languageRow.ToString(CultureInfo.InvariantCulture) },
            }) { Count = 1 });
        var instructions = workbook.AddNewPart<WorksheetPart>();
        instructions.Worksheet = new Worksheet(new SheetData(
            TextRow(1, ("A", "パラメータシート入力の手順", 2)),
            TextRow(2, ("A", "1. 「入力」シートの黄色いセルに値を入力してください（ラベルは変更できません）。", 0)),
            TextRow(3, ("A", "2. 複数の値（DNS、監視セグメント、通知先メール）はカンマ区切りで入力してください。", 0)),
            TextRow(4, ("A", "3. 監視セグメントはネットワークアドレスのCIDR（例: 192.168.10.0/24）で入力してください。", 0)),
            TextRow(5, ("A", "4. 保存したファイルをPartnerHubのパラメータシート画面からアップロードしてください。誤りがあるセルはすべて一覧表示され、修正するまで保存されません。", 0))));

        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(input), SheetId = 1, Name = InputSheetName });
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(instructions), SheetId = 2, Name = InstructionsSheetName });
        workbook.Workbook.Save();
    }

    /// <summary>Reads an uploaded template back; every problem comes with its sheet, cell and reason.</summary>
    public UploadResult Read(Stream upload, string modelCode)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ExcelSheetContent sheet;
        try
        {
            sheet = ExcelReader.ReadSheet(upload, InputSheetName, ExcelReadLimits.Upload);
        }
        catch (ExcelLimitExceededException)
        {
            return UploadResult.Rejected(strings["Upload_Unpacked"]);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or InvalidOperationException or ArgumentException or FileFormatException or System.Xml.XmlException)
        {
            return UploadResult.Rejected(strings["Upload_NotTemplate"]);
        }

        if (sheet.Cell("C1")?.Value?.ToString() != TemplateMarker)
        {
            return UploadResult.Rejected(strings["Upload_NotTemplate"]);
        }

        var cells = new Dictionary<string, (string Reference, string Value)>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r.RowNumber > 1))
        {
            if (row[0]?.ToString() is { } key && Fields.Contains(key, StringComparer.Ordinal))
            {
                cells[key] = ("C" + row.RowNumber.ToString(CultureInfo.InvariantCulture), Convert.ToString(row[2], CultureInfo.InvariantCulture)?.Trim() ?? string.Empty);
            }
        }

        var problems = new List<UploadProblem>();
        string Text(string key) => cells.TryGetValue(key, out var cell) ? cell.Value : string.Empty;
        int Integer(string key)
        {
            if (int.TryParse(Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || (double.TryParse(Text(key), NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && real == Math.Floor(real) && (value = (int)real) == real))
            {
                return value;
            }

            problems.Add(new UploadProblem(InputSheetName, cells.GetValueOrDefault(key).Reference ?? key, strings[key], strings["Field_InvalidFormat"]));
            return 0;
        }

        // Optional, and absent from templates made before it existed: a missing row or an empty cell is "not stated".
        long? OptionalInteger(string key) => string.IsNullOrWhiteSpace(Text(key)) ? null : Integer(key);

        var content = new ParameterSheetContent
        {
            SiteName = Text(nameof(ParameterSheetContent.SiteName)),
            SiteAddress = Text(nameof(ParameterSheetContent.SiteAddress)),
            RackLocation = NullIfEmpty(Text(nameof(ParameterSheetContent.RackLocation))),
            ManagementIp = Text(nameof(ParameterSheetContent.ManagementIp)),
            PrefixLength = Integer(nameof(ParameterSheetContent.PrefixLength)),
            Gateway = Text(nameof(ParameterSheetContent.Gateway)),
            DnsServers = Text(nameof(ParameterSheetContent.DnsServers)),
            NtpServers = NullIfEmpty(Text(nameof(ParameterSheetContent.NtpServers))),
            Proxy = NullIfEmpty(Text(nameof(ParameterSheetContent.Proxy))),
            MirrorPort = Text(nameof(ParameterSheetContent.MirrorPort)),
            MonitoredSegments = Text(nameof(ParameterSheetContent.MonitoredSegments)),
            ExpectedBandwidthMbps = Integer(nameof(ParameterSheetContent.ExpectedBandwidthMbps)),
            LineSpeedMbps = OptionalInteger(nameof(ParameterSheetContent.LineSpeedMbps)),
            ExpectedEndpoints = Integer(nameof(ParameterSheetContent.ExpectedEndpoints)),
            NotificationEmails = Text(nameof(ParameterSheetContent.NotificationEmails)),
            NotificationLanguage = Text(nameof(ParameterSheetContent.NotificationLanguage)),
            OnSiteContactName = Text(nameof(ParameterSheetContent.OnSiteContactName)),
            OnSiteContactPhone = Text(nameof(ParameterSheetContent.OnSiteContactPhone)),
        };
        foreach (var (field, problem) in content.Validate(ApplianceModels.Find(modelCode)))
        {
            if (problems.All(p => p.Field != strings[field]))
            {
                problems.Add(new UploadProblem(InputSheetName, cells.GetValueOrDefault(field).Reference ?? field, strings[field], strings["Field_" + problem]));
            }
        }

        return problems.Count == 0 ? new UploadResult(content, [], null) : new UploadResult(null, problems.OrderBy(p => p.Cell.Length).ThenBy(p => p.Cell, StringComparer.Ordinal).ToList(), null);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Row TextRow(uint index, params (string Column, string Text, uint Style)[] cells) =>
        new(cells.Select(c => new Cell
        {
            CellReference = c.Column + index.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(c.Text)),
            StyleIndex = c.Style,
        }))
        { RowIndex = index };
}

/// <summary>One invalid cell of an upload.</summary>
public sealed record UploadProblem(string Sheet, string Cell, string Field, string Reason);

/// <summary>The content read from an upload, or every problem found, or why the file was rejected as a whole.</summary>
public sealed record UploadResult(ParameterSheetContent? Content, IReadOnlyList<UploadProblem> Problems, string? Rejection)
{
    public static UploadResult Rejected(string reason) => new(null, [], reason);
}
