using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>The CSV files finance downloads.</summary>
public enum FinanceCsvKind
{
    /// <summary>The invoice register.</summary>
    Register,

    /// <summary>The 弥生会計 journal (25 columns, no header).</summary>
    JournalYayoi,

    /// <summary>The freee journal (header, side-by-side columns).</summary>
    JournalFreee,
}

/// <summary>A CSV ready to download, or the problems that refuse it (localised, each with its row), nothing written.</summary>
public sealed record FinanceCsvFile(byte[]? Content, IReadOnlyList<string> Problems, int Rows, string FileName, string Charset)
{
    public bool IsWritten => Content is not null;
}

/// <summary>
/// Builds the register and journal CSVs in the chosen encoding, for the download endpoint and for the page's check before the
/// download (the same code, so what the page promises is what the file is).
/// </summary>
public sealed class FinanceCsvFiles(
    InvoiceRegisterQueries register, FinanceWorkbooks workbooks, JournalExport journal, IStringLocalizer<ExportStrings> strings,
    IStringLocalizer<AccountingFormatStrings> formats, TimeProvider clock)
{
    /// <summary>The kind in a URL segment: register, journal-yayoi, journal-freee.</summary>
    public static FinanceCsvKind? KindOf(string? segment) => segment switch
    {
        "register" => FinanceCsvKind.Register,
        "journal-yayoi" => FinanceCsvKind.JournalYayoi,
        "journal-freee" => FinanceCsvKind.JournalFreee,
        _ => null,
    };

    public static string SegmentOf(FinanceCsvKind kind) => kind switch
    {
        FinanceCsvKind.Register => "register",
        FinanceCsvKind.JournalYayoi => "journal-yayoi",
        FinanceCsvKind.JournalFreee => "journal-freee",
    };

    public async Task<FinanceCsvFile> BuildAsync(FinanceCsvKind kind, FinanceExportFilter filter, CsvEncoding encoding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string fileName = ExportFileName.For(strings["File_" + kind],
            [filter.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture), filter.To.ToString("yyyyMMdd", CultureInfo.InvariantCulture)], clock.GetUtcNow(), "csv");
        string charset = encoding == CsvEncoding.Cp932 ? "shift_jis" : "utf-8";
        if (kind == FinanceCsvKind.Register)
        {
            using var output = new MemoryStream();
            var result = workbooks.RegisterCsv(await register.RegisterAsync(filter, cancellationToken), output, encoding);
            return new FinanceCsvFile(result.Written ? output.ToArray() : null,
                [.. result.Problems.Where(p => p.IsBlocking).Select(p => AccountingFormatMessages.Describe(formats, p))], result.Rows, fileName, charset);
        }

        var target = kind == FinanceCsvKind.JournalYayoi ? JournalTarget.Yayoi : JournalTarget.Freee;
        var file = await journal.PrepareAsync(target, filter, encoding, cancellationToken);
        return new FinanceCsvFile(file.Content, file.IsWritten ? [] : [.. JournalProblemText.Describe(strings, formats, file)], file.Rows, fileName, charset);
    }
}
