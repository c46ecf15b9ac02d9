using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Tests.Features.Documents;

public sealed class OpenXmlExcelWriterTests
{
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");

    private sealed record Sale(string Code, string Customer, string? Note, long Quantity, long Endpoints, int Devices, long Amount, Yen Tax, long Net,
        DateOnly Ordered, DateOnly Delivered, DateOnly? Renewal, DateTimeOffset Created, DateTimeOffset Updated, DateTimeOffset? Confirmed,
        decimal Discount, decimal Share, decimal? Growth);

    private static readonly Sale[] s_sales =
    [
        new("00123", "株式会社青葉精密工業", "=1+1", 3, 120, 1, 79_200, new Yen(7_920), 72_000,
            new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 15), new DateOnly(2027, 4, 15),
            new DateTimeOffset(2026, 11, 22, 1, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 31, 15, 0, 0, TimeSpan.Zero), null,
            0.1m, 0.125m, null),
        new("00456", "朝日物産株式会社", null, 1, 40, 2, 99_000, new Yen(9_900), 90_000,
            new DateOnly(2019, 4, 30), new DateOnly(2019, 5, 1), null,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            0m, 0.875m, -0.05m),
    ];

    [Fact]
    public void Write_ThreeColumnsOfEachKind_ReadsBackTypedValuesCellByCell()
    {
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("売上", s_sales));

        stream.Position = 0;
        ExcelSheetContent sheet = ExcelReader.ReadSheet(stream);
        sheet.Name.ShouldBe("売上");
        sheet.Rows.Count.ShouldBe(4);
        sheet.Rows[0].Cells.Select(c => c.Value).ShouldBe(
            ["コード", "顧客名", "備考", "数量", "端末数", "台数", "金額", "消費税", "税抜", "受注日", "納品日", "更新日", "登録日時", "更新日時", "確認日時", "割引率", "構成比", "伸び率"]);

        sheet.Cell("A2")!.Value.ShouldBe("00123");
        sheet.Cell("B2")!.Value.ShouldBe("株式会社青葉精密工業");
        sheet.Cell("C2")!.Value.ShouldBe("=1+1");
        sheet.Cell("C2")!.Formula.ShouldBeNull();
        sheet.Cell("C3").ShouldBeNull();
        sheet.Cell("D2")!.Value.ShouldBe(3m);
        sheet.Cell("F3")!.Value.ShouldBe(2m);
        sheet.Cell("G2")!.Value.ShouldBe(79_200m);
        sheet.Cell("H3")!.Value.ShouldBe(9_900m);
        sheet.Cell("I2")!.Value.ShouldBe(72_000m);
        sheet.Cell("J3")!.Value.ShouldBe(new DateOnly(2019, 4, 30));
        sheet.Cell("K3")!.Value.ShouldBe(new DateOnly(2019, 5, 1));
        sheet.Cell("L2")!.Value.ShouldBe(new DateOnly(2027, 4, 15));
        sheet.Cell("L3").ShouldBeNull();
        // Date-times are Tokyo wall-clock time: 01:30 UTC is 10:30 in Tokyo, 15:00 UTC on 3/31 is 00:00 on 4/1.
        sheet.Cell("M2")!.Value.ShouldBe(new DateTime(2026, 11, 22, 10, 30, 0));
        sheet.Cell("N2")!.Value.ShouldBe(new DateTime(2026, 4, 1, 0, 0, 0));
        sheet.Cell("O3")!.Value.ShouldBe(new DateTime(2026, 1, 2, 12, 4, 5));
        sheet.Cell("P2")!.Value.ShouldBe(0.1m);
        sheet.Cell("Q3")!.Value.ShouldBe(0.875m);
        sheet.Cell("R3")!.Value.ShouldBe(-0.05m);
    }

    [Fact]
    public void Write_TotalsRequested_WritesSumFormulasWithCachedValuesAndLabel()
    {
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("売上", s_sales));

        stream.Position = 0;
        ExcelSheetContent sheet = ExcelReader.ReadSheet(stream);
        sheet.Cell("A4")!.Value.ShouldBe("合計");
        sheet.Cell("D4")!.Formula.ShouldBe("SUM(D2:D3)");
        sheet.Cell("D4")!.Value.ShouldBe(4m);
        sheet.Cell("G4")!.Formula.ShouldBe("SUM(G2:G3)");
        sheet.Cell("G4")!.Value.ShouldBe(178_200m);
        sheet.Cell("H4")!.Formula.ShouldBe("SUM(H2:H3)");
        sheet.Cell("I4")!.Value.ShouldBe(162_000m);
        sheet.Cell("J4")!.Value.ShouldBeNull();
    }

    [Fact]
    public void Write_EnglishCulture_LabelsTotalsInEnglish()
    {
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, CultureInfo.GetCultureInfo("en"), SalesExport().ToSheet("Sales", s_sales));

        stream.Position = 0;
        ExcelReader.ReadSheet(stream).Cell("A4")!.Value.ShouldBe("Total");
    }

    [Fact]
    public void Write_AnySheet_FreezesBoldHeaderAddsAutoFilterFormatsAndWidths()
    {
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("売上", s_sales));

        stream.Position = 0;
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, isEditable: false);
        WorkbookPart workbook = document.WorkbookPart!;
        Worksheet worksheet = workbook.WorksheetParts.Single().Worksheet!;
        Pane pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(1);
        pane.TopLeftCell!.Value.ShouldBe("A2");
        worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:R3");
        workbook.Workbook!.Descendants<DefinedName>().Single().Text.ShouldBe("'売上'!$A$1:$R$3");

        Stylesheet styles = workbook.WorkbookStylesPart!.Stylesheet!;
        CellFormat[] formats = [.. styles.CellFormats!.Elements<CellFormat>()];
        Font[] fonts = [.. styles.Fonts!.Elements<Font>()];
        string FormatOf(string reference)
        {
            Cell cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            uint id = formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value;
            return styles.NumberingFormats!.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId! == id)?.FormatCode?.Value
                ?? id.ToString(CultureInfo.InvariantCulture);
        }

        Cell header = worksheet.Descendants<Cell>().First(c => c.CellReference == "A1");
        fonts[(int)formats[(int)header.StyleIndex!.Value].FontId!.Value].Bold.ShouldNotBeNull();
        FormatOf("G2").ShouldBe("\"¥\"#,##0;-\"¥\"#,##0");
        FormatOf("J2").ShouldBe("yyyy/mm/dd");
        FormatOf("M2").ShouldBe("yyyy/mm/dd hh:mm");
        FormatOf("P2").ShouldBe("0.0%");
        FormatOf("D2").ShouldBe("3");
        FormatOf("A2").ShouldBe("49");

        Column[] columns = [.. worksheet.Descendants<Column>()];
        columns.Length.ShouldBe(18);
        columns[1].Width!.Value.ShouldBe(30);
        // "株式会社青葉精密工業" is 10 full-width characters: estimated as 20 wide, so wider than the 5-character code column.
        columns[2].Width!.Value.ShouldBeLessThan(columns[0].Width!.Value + 10);
        columns[0].Width!.Value.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Write_AnySheet_PassesTheOpenXmlSchemaValidator()
    {
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("売上", s_sales), SalesExport().ToSheet("空", []));

        stream.Position = 0;
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, isEditable: false);
        new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Write_JapaneseContent_EstimatesFullWidthCharactersAsTwo()
    {
        var export = new ExcelExport<string>().Text("名", s => s);
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, export.ToSheet("幅", ["株式会社青葉精密工業ホールディングス"]), export.ToSheet("ascii", ["abcdefghijklmnopqr"]));

        stream.Position = 0;
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, isEditable: false);
        double[] widths = [.. document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet!.Descendants<Column>().Single().Width!.Value)];
        widths.ShouldContain(w => w >= 36, "18 full-width characters need at least 36 character widths");
        widths.ShouldContain(w => w >= 18 && w < 25);
    }

    [Fact]
    public void Write_SeveralSheets_KeepsOrderAndNames()
    {
        using var stream = new MemoryStream();
        var export = new ExcelExport<Sale>().Text("顧客名", s => s.Customer).Yen("金額", s => s.Amount, total: true);

        CreateWriter().Write(stream, s_japanese, export.ToSheet("4月", s_sales[..1]), export.ToSheet("5月", s_sales[1..]));

        stream.Position = 0;
        IReadOnlyList<ExcelSheetContent> sheets = ExcelReader.ReadAll(stream);
        sheets.Select(s => s.Name).ShouldBe(["4月", "5月"]);
        sheets[1].Cell("B2")!.Value.ShouldBe(99_000m);
        sheets[1].Cell("B3")!.Formula.ShouldBe("SUM(B2:B2)");
    }

    [Fact]
    public void Write_ControlCharactersInText_StillProducesAReadableFile()
    {
        var export = new ExcelExport<string>().Text("備考", s => s);
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, export.ToSheet("備考", ["改行\nあり\u0001\u000B末尾"]));

        stream.Position = 0;
        ExcelReader.ReadSheet(stream).Cell("A2")!.Value.ShouldBe("改行\nあり末尾");
    }

    [Fact]
    public void Write_ThreeThousandJapaneseRows_ReadsBackEveryRowAndValue()
    {
        Sale[] rows = [.. Enumerable.Range(0, 3_000).Select(i => s_sales[i % 2] with
        {
            Code = i.ToString("D5", CultureInfo.InvariantCulture),
            Customer = $"株式会社{(i % 3 == 0 ? "青葉" : "朝日")}精密工業 第{i}営業所",
            Note = i % 7 == 0 ? null : $"  備考{i}：改行\nあり & <タグ> \"引用\"  ",
            Amount = 1_100L * i,
            Ordered = new DateOnly(2026, 4, 1).AddDays(i % 365),
            Created = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(17L * i),
            Confirmed = i % 5 == 0 ? null : new DateTimeOffset(2026, 12, 31, 14, 59, 59, TimeSpan.Zero),
        })];
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("大量の売上", rows));

        stream.Position = 0;
        ExcelSheetContent sheet = ExcelReader.ReadSheet(stream);
        sheet.Name.ShouldBe("大量の売上");
        sheet.Rows.Count.ShouldBe(3_002);
        for (int i = 0; i < rows.Length; i++)
        {
            Sale sale = rows[i];
            ExcelRow row = sheet.Rows[i + 1];
            row.RowNumber.ShouldBe(i + 2);
            row[0].ShouldBe(sale.Code);
            row[1].ShouldBe(sale.Customer);
            row[2].ShouldBe(sale.Note);
            row[6].ShouldBe((decimal)sale.Amount);
            row[7].ShouldBe((decimal)sale.Tax.Amount);
            row[9].ShouldBe(sale.Ordered);
            row[12].ShouldBe(sale.Created.ToOffset(TimeSpan.FromHours(9)).DateTime);
            row[14].ShouldBe(sale.Confirmed?.ToOffset(TimeSpan.FromHours(9)).DateTime);
            row[16].ShouldBe(sale.Share);
        }

        sheet.Rows[^1][6].ShouldBe((decimal)rows.Sum(r => r.Amount));
        sheet.Cell("G3002")!.Formula.ShouldBe("SUM(G2:G3001)");
    }

    [Fact]
    public void Write_ControlCharacterInCustomerName_DropsItAndTheFileStaysValid()
    {
        var export = new ExcelExport<Sale>().Text("顧客名", s => s.Customer).Text("備考", s => s.Note).Yen("金額", s => s.Amount, total: true);
        Sale[] rows =
        [
            s_sales[0] with { Customer = "株式会社\u0001青葉\u001F精密\uFFFE工業\uD800", Note = "\u0008" },
            s_sales[1],
        ];
        using var stream = new MemoryStream();

        CreateWriter().Write(stream, s_japanese, export.ToSheet("顧客", rows));

        stream.Position = 0;
        using (SpreadsheetDocument document = SpreadsheetDocument.Open(stream, isEditable: false))
        {
            new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        stream.Position = 0;
        ExcelSheetContent sheet = ExcelReader.ReadSheet(stream);
        // The lone high surrogate at the end is half a character: it shows as the replacement character, not as nothing.
        sheet.Cell("A2")!.Value.ShouldBe("株式会社青葉精密工業\uFFFD");
        sheet.Cell("B2")!.Value.ShouldBe(string.Empty);
        sheet.Cell("C2")!.Value.ShouldBe(79_200m);
        sheet.Cell("A3")!.Value.ShouldBe("朝日物産株式会社");
        sheet.Cell("C4")!.Value.ShouldBe(178_200m);
    }

    [Fact]
    public void Write_NonSeekableOutput_WritesAReadableWorkbook()
    {
        using var target = new MemoryStream();

        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            CreateWriter().Write(forwardOnly, s_japanese, SalesExport().ToSheet("売上", s_sales));
        }

        target.Position = 0;
        ExcelReader.ReadSheet(target).Cell("B3")!.Value.ShouldBe("朝日物産株式会社");
    }

    [Theory]
    [InlineData("")]
    [InlineData("売上[4月]")]
    [InlineData("売上/4月")]
    [InlineData("とても長いシート名はエクセルでは三十一文字までしか使えないので拒否されます")]
    public void ToSheet_InvalidSheetName_Throws(string name)
    {
        var export = new ExcelExport<string>().Text("名", s => s);

        Should.Throw<ArgumentException>(() => export.ToSheet(name, []));
    }

    [Fact]
    public void Write_DuplicateSheetNames_Throws()
    {
        var export = new ExcelExport<string>().Text("名", s => s);

        Should.Throw<ArgumentException>(() => CreateWriter().Write(new MemoryStream(), s_japanese, export.ToSheet("Sheet", []), export.ToSheet("sheet", [])));
    }

    [Fact]
    public void Write_FiftyThousandRows_StreamsToTheEnd()
    {
        IEnumerable<Sale> rows = Enumerable.Range(0, 50_000).Select(i => s_sales[i % 2] with
        {
            Code = i.ToString("D6", CultureInfo.InvariantCulture),
            Customer = "顧客" + i.ToString(CultureInfo.InvariantCulture),
            Amount = i,
        });
        string file = Path.Combine(Path.GetTempPath(), $"partnerhub-50k-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite))
            {
                CreateWriter().Write(stream, s_japanese, SalesExport().ToSheet("大量", rows));
            }

            using var read = File.OpenRead(file);
            ExcelSheetContent sheet = ExcelReader.ReadSheet(read);
            sheet.Rows.Count.ShouldBe(50_002);
            sheet.Cell("A50001")!.Value.ShouldBe("049999");
            sheet.Cell("G50002")!.Formula.ShouldBe("SUM(G2:G50001)");
            sheet.Cell("G50002")!.Value.ShouldBe(1_249_975_000m);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ExcelExport<Sale> SalesExport() => new ExcelExport<Sale>()
        .Text("コード", s => s.Code)
        .Text("顧客名", s => s.Customer, width: 30)
        .Text("備考", s => s.Note)
        .Number("数量", s => s.Quantity, total: true)
        .Number("端末数", s => s.Endpoints)
        .Number("台数", s => s.Devices)
        .Yen("金額", s => s.Amount, total: true)
        .Yen("消費税", s => s.Tax, total: true)
        .Yen("税抜", s => s.Net, total: true, withSign: false)
        .Date("受注日", s => s.Ordered)
        .Date("納品日", s => s.Delivered)
        .Date("更新日", s => s.Renewal)
        .DateTime("登録日時", s => s.Created)
        .DateTime("更新日時", s => s.Updated)
        .DateTime("確認日時", s => s.Confirmed)
        .Percent("割引率", s => s.Discount)
        .Percent("構成比", s => s.Share)
        .Percent("伸び率", s => s.Growth);

    /// <summary>A response body: written front to back, no seeking, no reading back.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    private static OpenXmlExcelWriter CreateWriter()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return ActivatorUtilities.CreateInstance<OpenXmlExcelWriter>(services);
    }
}
