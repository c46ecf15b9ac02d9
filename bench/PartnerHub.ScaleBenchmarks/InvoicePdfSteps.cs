using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Where one invoice PDF's time goes (after the invoicing run, on its issued invoices): the database read, the Razor component to
/// HTML, the print layout, the hub's printer (pooled page), the hash — then Chromium's own steps on a browser of the bench's, and
/// the throughput of <see cref="InvoicePrinter"/> alone (no database) with 1, 2, 4 and 8 documents in flight.
/// </summary>
internal static class InvoicePdfSteps
{
    public static async Task RunAsync(BenchHub hub, BenchRole finance, int documents)
    {
        await using var scope = hub.ScopeFor(finance);
        var services = scope.ServiceProvider;
        var tenant = services.GetRequiredService<CurrentUser>().Scope;
        var contextOptions = services.GetRequiredService<HubDbContextOptions>();
        Guid id;
        await using (var db = contextOptions.Create(tenant, TimeProvider.System))
        {
            // The longest issued invoice of the run: the worst case of the batch.
            id = await db.Invoices.Where(i => i.Status != InvoiceStatus.Draft && i.Number != null)
                .OrderByDescending(i => i.Items.Count).Select(i => i.Id).FirstAsync();
        }

        async Task<Invoice> ReadAsync()
        {
            await using var db = contextOptions.Create(tenant, TimeProvider.System);
            return await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id);
        }

        var invoice = await ReadAsync();
        var printer = services.GetRequiredService<InvoicePrinter>();
        byte[] pdf = await printer.RenderAsync(invoice, CancellationToken.None);
        int pages = await PdfPhase.PageCountAsync(pdf);
        Measure.Line($"invoice pdf: {invoice.Number}, {invoice.Items.Count} lines, {pages} page(s), {pdf.Length / 1024d:N0} KiB; {Measure.Load()}");

        // The same invoice through a renderer that only captures what InvoicePrinter asks for, so each step can be timed alone.
        var capture = new CapturingRenderer();
        await new InvoicePrinter(capture, services.GetRequiredService<IStringLocalizer<BillingStrings>>(), services.GetRequiredService<IOptions<BillingOptions>>())
            .RenderAsync(invoice, CancellationToken.None);
        var html = services.GetRequiredService<ComponentHtmlRenderer>();
        var chromium = services.GetRequiredService<ChromiumPrinter>();
        string body = await capture.Html!(html);
        var fonts = services.GetRequiredService<DocumentFonts>();
        string page = PrintLayout.Wrap(body, capture.Options!, fonts);
        string installedFonts = PrintLayout.Wrap(body, capture.Options!);
        var pdfOptions = PdfRenderer.ToPlaywright(capture.Options!);

        int n = Math.Max(10, documents / 2);
        var read = await Measure.RepeatAsync(ReadAsync, 3, n, TimeSpan.FromSeconds(20));
        var render = await Measure.RepeatAsync(() => capture.Html(html), 3, n, TimeSpan.FromSeconds(20));
        var wrap = await Measure.RepeatAsync(() => Task.FromResult(PrintLayout.Wrap(body, capture.Options!, fonts)), 3, n, TimeSpan.FromSeconds(20));
        var print = await Measure.RepeatAsync(() => chromium.PrintAsync(page, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        var printInstalled = await Measure.RepeatAsync(() => chromium.PrintAsync(installedFonts, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        PrintPage composed = PrintLayout.Compose(body, capture.Options!, fonts);
        var printSwapped = await Measure.RepeatAsync(() => chromium.PrintAsync(composed, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        var whole = await Measure.RepeatAsync(() => printer.RenderAsync(invoice, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        var hash = await Measure.RepeatAsync(() => Task.FromResult(InvoicePdf.HashOf(pdf)), 3, n, TimeSpan.FromSeconds(5));
        Measure.Line($"invoice pdf steps (p50 / p95 ms): read {Measure.Ms(read.P50)} / {Measure.Ms(read.P95)}; HtmlRenderer {Measure.Ms(render.P50)} / {Measure.Ms(render.P95)}; print layout with font subsets {Measure.Ms(wrap.P50)} / {Measure.Ms(wrap.P95)}; ChromiumPrinter.PrintAsync, whole page loaded {Measure.Ms(print.P50)} / {Measure.Ms(print.P95)}, swapped into a page holding its fonts (the hub's way) {Measure.Ms(printSwapped.P50)} / {Measure.Ms(printSwapped.P95)} (whole page, installed fonts by local(): {Measure.Ms(printInstalled.P50)} / {Measure.Ms(printInstalled.P95)}); InvoicePrinter.RenderAsync (all of it) {Measure.Ms(whole.P50)} / {Measure.Ms(whole.P95)}; SHA-256 {Measure.Ms(hash.P50)} (HTML {page.Length / 1024d:N1} KiB); {Measure.Load()}");

        foreach (int parallel in new[] { 1, 2, 4, 8 })
        {
            await InFlightAsync(printer, invoice, parallel, parallel);
            double cpu = CpuMeter.TreeSeconds();
            double cpuWithReaped = CpuMeter.TreeSeconds(includeReaped: true);
            var watch = Stopwatch.StartNew();
            await InFlightAsync(printer, invoice, parallel, documents);
            double perDocument = (CpuMeter.TreeSeconds() - cpu) / documents;
            double perDocumentWithReaped = (CpuMeter.TreeSeconds(includeReaped: true) - cpuWithReaped) / documents;
            Measure.Line($"invoice pdf: InvoicePrinter, {parallel} in flight, {documents} documents: {documents / watch.Elapsed.TotalSeconds:N1} documents/s, CPU {perDocument * 1000:N0} ms a document (hub and Chromium's live processes; 2 cores / that = {Environment.ProcessorCount / perDocument:N1}/s at best), with the reaped print compositors {perDocumentWithReaped * 1000:N0} ms ({Environment.ProcessorCount / perDocumentWithReaped:N1}/s at best); {Measure.Load()}");
        }

        await PdfPhase.ChromiumStepsAsync(page, pdfOptions, n);
    }

    private static async Task InFlightAsync(InvoicePrinter printer, Invoice invoice, int parallel, int documents)
    {
        int remaining = documents;
        async Task Worker()
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await printer.RenderAsync(invoice, CancellationToken.None);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(Worker)));
    }

    private sealed class CapturingRenderer : IPdfRenderer
    {
        public Func<ComponentHtmlRenderer, Task<string>>? Html { get; private set; }

        public PdfRenderOptions? Options { get; private set; }

        public Task<byte[]> RenderAsync<TComponent>(IDictionary<string, object?> parameters, PdfRenderOptions options, CancellationToken cancellationToken = default)
            where TComponent : IComponent
        {
            Html = renderer => renderer.RenderAsync<TComponent>(parameters, options.Culture);
            Options = options;
            return Task.FromResult(Array.Empty<byte>());
        }
    }
}
