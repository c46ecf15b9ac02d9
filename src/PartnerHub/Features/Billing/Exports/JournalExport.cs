using PartnerHub.Domain.Accounting;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// The journal file for 弥生 or freee over a period: the issued documents (<see cref="InvoiceRegisterQueries.SalesDocumentsAsync"/>)
/// booked with finance's mapping, written in the chosen encoding. The file exists only when every document books and every
/// cell can be written: otherwise the caller gets each problem (the document not mapped; the file row, column and the
/// character CP932 cannot hold), and nothing is downloaded.
/// </summary>
public sealed class JournalExport(InvoiceRegisterQueries register, JournalMappings mappings)
{
    public async Task<JournalFile> PrepareAsync(JournalTarget target, FinanceExportFilter filter, CsvEncoding encoding, CancellationToken cancellationToken = default)
    {
        var documents = await register.SalesDocumentsAsync(filter, cancellationToken);
        var mapping = (await mappings.GetAsync(target, cancellationToken)).Values.ToMapping();
        var built = JournalEntries.FromSales(documents, mapping);
        // A document with nothing to book (every rate total zero) is not an error of the file: it has no line in it.
        var refused = built.Problems.Where(p => p.Code != JournalProblemCode.NothingToBook).ToList();
        if (refused.Count > 0)
        {
            return new JournalFile(null, refused, [], 0);
        }

        using var output = new MemoryStream();
        var written = target == JournalTarget.Yayoi
            ? YayoiJournalCsv.Write(built.Entries, output, encoding)
            : FreeeJournalCsv.Write(built.Entries, output, encoding);
        var documentOfLine = DocumentOfEachLine(built.Entries, headerLines: target == JournalTarget.Yayoi ? 0 : 1);
        var cellProblems = written.Problems.Select(p => new JournalCellProblem(p, documentOfLine.GetValueOrDefault(p.Row))).ToList();
        return new JournalFile(written.Written ? output.ToArray() : null, [], cellProblems, written.Rows);
    }

    private static Dictionary<int, string> DocumentOfEachLine(IReadOnlyList<JournalEntry> entries, int headerLines)
    {
        var lines = new Dictionary<int, string>();
        int line = headerLines;
        foreach (var entry in entries)
        {
            foreach (var _ in entry.Lines)
            {
                lines[++line] = entry.Number;
            }
        }

        return lines;
    }
}

/// <summary>A cell problem and the document whose line it is on.</summary>
public sealed record JournalCellProblem(CsvCellProblem Problem, string? DocumentNumber);

/// <summary>The file (null when refused), the documents that could not be booked and the cell problems (warnings too).</summary>
public sealed record JournalFile(byte[]? Content, IReadOnlyList<JournalProblem> Unbooked, IReadOnlyList<JournalCellProblem> CellProblems, int Rows)
{
    public bool IsWritten => Content is not null;
}
