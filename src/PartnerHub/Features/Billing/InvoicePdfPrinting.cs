using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Features.Documents;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>What a printing pass did: PDFs stored, and documents still "PDF pending" because theirs failed.</summary>
public sealed record PdfPrintOutcome(int Printed, int Failed);

/// <summary>
/// Prints the PDFs of issued documents after their numbers are committed (<see cref="IssueInvoice"/>): each document is read back
/// as stored and printed as issued (<see cref="InvoicePrinter"/>), several at once across the PDF page pool (Documents:PagePoolSize),
/// and the PDFs are stored with their hashes (<see cref="Invoice.RecordPdf"/>) in batches, one transaction per batch. A document
/// whose PDF fails to print (Chromium gone, timeout) keeps "PDF pending" and is printed by the next pass: the invoicing run's, or
/// finance's "print pending PDFs" (<see cref="PrintPendingAsync"/>).
/// </summary>
public sealed class InvoicePdfPrinting(
    HubDbContextOptions contextOptions, InvoicePrinter printer, IOptions<DocumentsOptions> documents, TimeProvider clock, ILogger<InvoicePdfPrinting> logger)
{
    // Documents read per query (bounds the PDFs held: a PDF is 50–300 KB) and PDFs stored per transaction (bounds the commits).
    private const int ReadChunk = 100;
    private const int StoreBatch = 25;

    /// <summary>Prints the pending PDFs of <paramref name="invoiceIds"/>; <paramref name="onDone"/> is told of each stored or failed.</summary>
    public async Task<PdfPrintOutcome> PrintAsync(TenantScope scope, IReadOnlyCollection<Guid> invoiceIds, Action? onDone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(invoiceIds);
        int printed = 0;
        int failed = 0;
        foreach (var chunk in invoiceIds.Chunk(ReadChunk))
        {
            var outcome = await PrintChunkAsync(scope, chunk, onDone, cancellationToken);
            printed += outcome.Printed;
            failed += outcome.Failed;
        }

        return new PdfPrintOutcome(printed, failed);
    }

    /// <summary>Prints every issued document of <paramref name="issuerId"/> the scope sees whose PDF is pending.</summary>
    public async Task<PdfPrintOutcome> PrintPendingAsync(TenantScope scope, Guid issuerId, CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var db = contextOptions.Create(scope, clock))
        {
            pending = await Pending(db).Where(i => i.IssuerId == issuerId).OrderBy(i => i.Number).Select(i => i.Id).ToListAsync(cancellationToken);
        }

        return pending.Count == 0 ? new PdfPrintOutcome(0, 0) : await PrintAsync(scope, pending, null, cancellationToken);
    }

    /// <summary>Issued (or since cancelled) documents without their PDF yet.</summary>
    public static IQueryable<Invoice> Pending(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Invoices.Where(i => i.Status != InvoiceStatus.Draft && i.PdfSha256 == null);
    }

    private async Task<PdfPrintOutcome> PrintChunkAsync(TenantScope scope, Guid[] ids, Action? onDone, CancellationToken cancellationToken)
    {
        List<Invoice> invoices;
        await using (var db = contextOptions.Create(scope, clock))
        {
            invoices = await Pending(db).AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        }

        // Unbounded but at most a chunk: printing never waits on a failed writer.
        var pdfs = Channel.CreateUnbounded<InvoicePdf>(new UnboundedChannelOptions { SingleReader = true });
        var storing = StoreAsync(scope, pdfs.Reader, onDone, cancellationToken);
        int failed = 0;
        try
        {
            // The page pool caps how many print at once; one more per page prepares its HTML while the others print.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = documents.Value.PagePoolSize * 2, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(invoices, parallel, async (invoice, token) =>
            {
                byte[] content;
                try
                {
                    content = await printer.RenderAsync(invoice, token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The PDF of {Number} did not print; it stays pending", invoice.Number);
                    Interlocked.Increment(ref failed);
                    onDone?.Invoke();
                    return;
                }

                await pdfs.Writer.WriteAsync(new InvoicePdf(invoice, content), token);
            });
        }
        finally
        {
            pdfs.Writer.Complete();
        }

        var stored = await storing;
        return new PdfPrintOutcome(stored.Printed, failed + stored.Failed);
    }

    // One writer: takes what has been printed (up to a batch) and stores it in one transaction.
    private async Task<PdfPrintOutcome> StoreAsync(TenantScope scope, ChannelReader<InvoicePdf> printed, Action? onDone, CancellationToken cancellationToken)
    {
        int stored = 0;
        int failed = 0;
        var batch = new List<InvoicePdf>(StoreBatch);
        while (await printed.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < StoreBatch && printed.TryRead(out var pdf))
            {
                batch.Add(pdf);
            }

            int saved = await StoreBatchAsync(scope, batch, cancellationToken);
            stored += saved;
            failed += batch.Count - saved;
            for (int i = 0; i < batch.Count; i++)
            {
                onDone?.Invoke();
            }

            batch.Clear();
        }

        return new PdfPrintOutcome(stored, failed);
    }

    private async Task<int> StoreBatchAsync(TenantScope scope, List<InvoicePdf> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(p => p.InvoiceId).ToList();
        await using var db = contextOptions.Create(scope, clock);
        var invoices = await db.Invoices.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        int recorded = 0;
        foreach (var pdf in batch)
        {
            // Stored by another pass meanwhile (PdfAlreadyStored): that PDF stays, this one is dropped.
            if (invoices.TryGetValue(pdf.InvoiceId, out var invoice) && invoice.RecordPdf(pdf) is null)
            {
                db.InvoicePdfs.Add(pdf);
                recorded++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return recorded;
        }
        catch (DbUpdateException exception)
        {
            // Another pass stored one of them at the same moment: the batch is rolled back and stays pending for the next pass.
            logger.LogWarning(exception, "Storing {Count} invoice PDFs conflicted; they stay pending", batch.Count);
            return 0;
        }
    }
}
