using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// An uploaded parameter-sheet workbook is a zip: a 2 MB upload can unpack to gigabytes (issue 13, "uploads"). The reader
/// refuses what unpacks beyond its limits with the user's message and reads nothing.
/// </summary>
public class UploadLimitTests(HubAppFactory app)
{
    private const string WorksheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    private const string WorksheetEnd = "</sheetData></worksheet>";

    [Fact]
    public void ParameterSheetUpload_WhenASheetUnpacksToTensOfMegabytes_IsRefusedBeforeReading()
    {
        var padding = new StringBuilder(WorksheetStart);
        while (padding.Length < 40 * 1024 * 1024)
        {
            padding.Append("<row><c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c></row>");
        }

        var bomb = WithWorksheets(Template(), padding.Append(WorksheetEnd).ToString());

        bomb.Length.ShouldBeLessThan((int)ParameterSheetWorkbook.MaxUploadBytes);
        var read = Workbook().Read(new MemoryStream(bomb), "CTS");

        read.Content.ShouldBeNull();
        read.Rejection.ShouldBe(Strings()["Upload_Unpacked"]);
    }

    [Fact]
    public void ParameterSheetUpload_WithThousandsOfRows_IsRefused()
    {
        var rows = new StringBuilder(WorksheetStart);
        for (int row = 1; row <= 6_000; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"/>");
        }

        var read = Workbook().Read(new MemoryStream(WithWorksheets(Template(), rows.Append(WorksheetEnd).ToString())), "CTS");

        read.Content.ShouldBeNull();
        read.Rejection.ShouldBe(Strings()["Upload_Unpacked"]);
    }

    [Fact]
    public void ParameterSheetUpload_WithBrokenWorksheetXml_IsRefusedAsNotATemplate()
    {
        var read = Workbook().Read(new MemoryStream(WithWorksheets(Template(), WorksheetStart + "<row r=\"1\"><c")), "CTS");

        read.Content.ShouldBeNull();
        read.Rejection.ShouldBe(Strings()["Upload_NotTemplate"]);
    }

    private ParameterSheetWorkbook Workbook() => app.Services.CreateScope().ServiceProvider.GetRequiredService<ParameterSheetWorkbook>();

    private IStringLocalizer<SheetStrings> Strings() => app.Services.GetRequiredService<IStringLocalizer<SheetStrings>>();

    private byte[] Template()
    {
        using var stream = new MemoryStream();
        Workbook().WriteTemplate(stream, new ParameterSheetContent { SiteName = "本社" }, "テスト顧客");
        return stream.ToArray();
    }

    // Replaces every worksheet of the workbook, the way a crafted file would.
    private static byte[] WithWorksheets(byte[] workbook, string worksheetXml)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                string name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(worksheetXml);
            }
        }

        return stream.ToArray();
    }
}
