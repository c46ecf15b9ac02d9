using System.Net;
using System.Text;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Tests.Features.Billing.Exports;

/// <summary>Downloads an export as the signed-in user and opens it: a workbook read with OpenXml, a CSV decoded as CP932 or UTF-8.</summary>
internal static class ExportFiles
{
    public static async Task<IReadOnlyList<ExcelSheetContent>> WorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        return ExcelReader.ReadAll(stream);
    }

    /// <summary>The CSV's lines split into cells (the exports quote no field this test data produces).</summary>
    public static async Task<(byte[] Bytes, string[][] Lines)> CsvAsync(HttpClient client, string url, CsvEncoding encoding = CsvEncoding.Cp932)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = JapaneseEncodings.For(encoding).GetString(bytes);
        text.ShouldEndWith("\r\n");
        return (bytes, [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))]);
    }

    /// <summary>The 0-based column of the header <paramref name="header"/> in the first row.</summary>
    public static int Column(ExcelSheetContent sheet, string header)
    {
        var cell = sheet.Rows[0].Cells.FirstOrDefault(c => Equals(c.Value, header)).ShouldNotBeNull($"no column {header}");
        return cell.ColumnIndex;
    }

    /// <summary>The data rows: between the header and the totals row.</summary>
    public static IReadOnlyList<ExcelRow> DataRows(ExcelSheetContent sheet, bool hasTotals = true) =>
        [.. sheet.Rows.Skip(1).Take(sheet.Rows.Count - (hasTotals ? 2 : 1))];

    public static long Amount(ExcelRow row, int column) => row[column] is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static Encoding Cp932 => JapaneseEncodings.Cp932;
}
