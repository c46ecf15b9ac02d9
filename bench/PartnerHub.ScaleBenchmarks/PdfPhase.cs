using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Phase "pdf": the 契約内容確認書 as GET /contracts/{id}/contract.pdf makes it (ContractQueries.GetAsync, then IPdfRenderer
/// rendering ContractDocument in Japanese with the endpoint's title and footer), warm, one at a time and 4 and 8 at once; then
/// where a document's time goes, step by step.
/// </summary>
internal static class PdfPhase
{
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");

    public static async Task<IReadOnlyList<PdfResult>> RunAsync(IReadOnlyList<BenchHub> hubs, BenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(settings);
        var results = new List<PdfResult>();
        CultureInfo.CurrentCulture = s_japanese;
        CultureInfo.CurrentUICulture = s_japanese;
        foreach (var hub in hubs)
        {
            Guid contractId = await ActiveContractAsync(hub);
            await using var scope = hub.ScopeFor(BenchRole.PartnerAdmin);
            var endpoint = new ContractPdf(scope.ServiceProvider, contractId);

            // Cold: the first document starts Chromium and Playwright's driver (once per process).
            long coldStart = Stopwatch.GetTimestamp();
            byte[] first = await endpoint.RenderAsync();
            double coldMs = Stopwatch.GetElapsedTime(coldStart).TotalMilliseconds;
            int pages = await PageCountAsync(first);
            Measure.Line($"pdf [{hub.Label}]: contract {contractId}: {first.Length / 1024d:N0} KiB, {pages} page(s); first document (Chromium start) {coldMs:N0} ms; {Measure.Load()}");

            var sequential = await Measure.RepeatAsync(endpoint.RenderAsync, settings.Warmup + 3, settings.PdfDocuments, TimeSpan.FromSeconds(60));
            double sequentialRate = sequential.Count / (sequential.Milliseconds.Sum() / 1000);
            Measure.Line($"pdf [{hub.Label}]: one at a time, {sequential.Count} documents: p50 {Measure.Ms(sequential.P50)} ms, p95 {Measure.Ms(sequential.P95)} ms, {sequentialRate:N1} documents/s");
            results.Add(new PdfResult(hub.Label, 1, sequential, sequentialRate, coldMs, pages, first.Length));

            foreach (int parallel in new[] { 4, 8 })
            {
                var (timing, rate) = await ParallelAsync(hub, contractId, parallel, settings.PdfDocuments);
                Measure.Line($"pdf [{hub.Label}]: {parallel} requests at once, {timing.Count} documents: {rate:N1} documents/s, latency p50 {Measure.Ms(timing.P50)} ms, p95 {Measure.Ms(timing.P95)} ms; {Measure.Load()}");
                results.Add(new PdfResult(hub.Label, parallel, timing, rate, coldMs, pages, first.Length));
            }

            await StepsAsync(scope.ServiceProvider, contractId, settings);
        }

        return results;
    }

    // Each request in its own DI scope, as ASP.NET Core gives one per request; `parallel` requests kept in flight.
    private static async Task<(Timing Timing, double Rate)> ParallelAsync(BenchHub hub, Guid contractId, int parallel, int documents)
    {
        // One unmeasured burst first: it opens the pool's further pages (~200 ms each), which a running hub has already done.
        await RunParallelAsync(hub, contractId, parallel, parallel);
        return await RunParallelAsync(hub, contractId, parallel, documents);
    }

    private static async Task<(Timing Timing, double Rate)> RunParallelAsync(BenchHub hub, Guid contractId, int parallel, int documents)
    {
        var latencies = new List<double>();
        int remaining = documents;
        var clock = Stopwatch.StartNew();
        async Task Worker()
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await using var scope = hub.ScopeFor(BenchRole.PartnerAdmin);
                long start = Stopwatch.GetTimestamp();
                await new ContractPdf(scope.ServiceProvider, contractId).RenderAsync();
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(Worker)));
        return (new Timing(latencies), documents / clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Where one warm document's time goes: the data query, the Razor component to HTML, the print layout, the hub's printer
    /// (ChromiumPrinter.PrintAsync, pooled page) — and, on a page of our own in a browser of our own, Chromium's steps one by one
    /// (SetContent until load, document.fonts.ready, Page.pdf) and the print options' costs.
    /// </summary>
    private static async Task StepsAsync(IServiceProvider services, Guid contractId, BenchSettings settings)
    {
        var queries = services.GetRequiredService<ContractQueries>();
        var html = services.GetRequiredService<ComponentHtmlRenderer>();
        var printer = services.GetRequiredService<ChromiumPrinter>();
        var detail = (await queries.GetAsync(contractId))!;
        var options = ContractPdf.Options(services, detail);
        string body = await ContractPdf.HtmlAsync(html, detail, services);
        var fonts = services.GetRequiredService<DocumentFonts>();
        string page = PrintLayout.Wrap(body, options, fonts);
        string installedFonts = PrintLayout.Wrap(body, options);
        var pdfOptions = PdfRenderer.ToPlaywright(options);

        int n = Math.Max(10, settings.PdfDocuments / 2);
        var query = await Measure.RepeatAsync(() => queries.GetAsync(contractId), 3, n, TimeSpan.FromSeconds(20));
        var render = await Measure.RepeatAsync(() => ContractPdf.HtmlAsync(html, detail, services), 3, n, TimeSpan.FromSeconds(20));
        var wrap = await Measure.RepeatAsync(() => Task.FromResult(PrintLayout.Wrap(body, options, fonts)), 3, n, TimeSpan.FromSeconds(20));
        var print = await Measure.RepeatAsync(() => printer.PrintAsync(page, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        var printInstalled = await Measure.RepeatAsync(() => printer.PrintAsync(installedFonts, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        PrintPage composed = PrintLayout.Compose(body, options, fonts);
        var printSwapped = await Measure.RepeatAsync(() => printer.PrintAsync(composed, pdfOptions, CancellationToken.None), 3, n, TimeSpan.FromSeconds(30));
        Measure.Line($"pdf steps (p50 / p95 ms): data query {Measure.Ms(query.P50)} / {Measure.Ms(query.P95)}; HtmlRenderer {Measure.Ms(render.P50)} / {Measure.Ms(render.P95)}; print layout with font subsets {Measure.Ms(wrap.P50)} / {Measure.Ms(wrap.P95)}; ChromiumPrinter.PrintAsync, whole page loaded {Measure.Ms(print.P50)} / {Measure.Ms(print.P95)} (HTML {page.Length / 1024d:N1} KiB), swapped into a page holding its fonts (the hub's way) {Measure.Ms(printSwapped.P50)} / {Measure.Ms(printSwapped.P95)}; the same with the installed fonts by local() {Measure.Ms(printInstalled.P50)} / {Measure.Ms(printInstalled.P95)}");

        await ChromiumStepsAsync(page, pdfOptions, n);
    }

    // A browser of our own with the hub's launch arguments, so each Chromium step can be timed on its own.
    internal static async Task ChromiumStepsAsync(string html, PagePdfOptions pdfOptions, int n)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var newPage = await Measure.RepeatAsync(async () => await (await browser.NewPageAsync()).CloseAsync(), 2, n, TimeSpan.FromSeconds(20));
        var setLoad = await Measure.RepeatAsync(() => page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }), 3, n, TimeSpan.FromSeconds(20));
        var setDom = await Measure.RepeatAsync(() => page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.DOMContentLoaded }), 3, n, TimeSpan.FromSeconds(20));
        var fonts = await Measure.RepeatAsync(() => page.EvaluateAsync("() => document.fonts.ready.then(() => true)"), 3, n, TimeSpan.FromSeconds(20));
        var pdf = await Measure.RepeatAsync(() => page.PdfAsync(pdfOptions), 3, n, TimeSpan.FromSeconds(30));
        var untagged = await Measure.RepeatAsync(() => page.PdfAsync(Copy(pdfOptions, tagged: false, headerFooter: true)), 3, n, TimeSpan.FromSeconds(30));
        var plain = await Measure.RepeatAsync(() => page.PdfAsync(Copy(pdfOptions, tagged: true, headerFooter: false)), 3, n, TimeSpan.FromSeconds(30));
        // The same running header and footer as CSS page-margin boxes (Chromium 131+) instead of Chromium's header/footer
        // templates, which are laid out as separate documents for every page: what moving them would save.
        await page.SetContentAsync(html.Replace("</style>", MarginBoxes + "</style>", StringComparison.Ordinal), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        var marginBoxes = await Measure.RepeatAsync(() => page.PdfAsync(Copy(pdfOptions, tagged: true, headerFooter: false)), 3, n, TimeSpan.FromSeconds(30));
        if (Environment.GetEnvironmentVariable("BENCH_PDF_DUMP") is { Length: > 0 } dump)
        {
            // Both variants side by side for a visual check (pdftoppm -png -r 80).
            Directory.CreateDirectory(dump);
            await File.WriteAllBytesAsync(Path.Combine(dump, "margin-boxes.pdf"), await page.PdfAsync(Copy(pdfOptions, tagged: true, headerFooter: false)));
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            await File.WriteAllBytesAsync(Path.Combine(dump, "templates.pdf"), await page.PdfAsync(pdfOptions));
        }

        await page.SetContentAsync("<!DOCTYPE html><html><body><p>x</p></body></html>", new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        var empty = await Measure.RepeatAsync(() => page.PdfAsync(Copy(pdfOptions, tagged: false, headerFooter: false)), 3, n, TimeSpan.FromSeconds(30));
        Measure.Line($"chromium steps (p50 / p95 ms): new page {Measure.Ms(newPage.P50)} / {Measure.Ms(newPage.P95)}; SetContent until load {Measure.Ms(setLoad.P50)} / {Measure.Ms(setLoad.P95)}; until DOMContentLoaded {Measure.Ms(setDom.P50)} / {Measure.Ms(setDom.P95)}; fonts.ready {Measure.Ms(fonts.P50)} / {Measure.Ms(fonts.P95)}; Page.pdf {Measure.Ms(pdf.P50)} / {Measure.Ms(pdf.P95)} (untagged {Measure.Ms(untagged.P50)}, without header/footer {Measure.Ms(plain.P50)}, header/footer as CSS margin boxes {Measure.Ms(marginBoxes.P50)}, an empty untagged page {Measure.Ms(empty.P50)})");
    }

    private const string MarginBoxes = """
        @page {
            @top-right { content: "サービス利用契約 内容確認書"; font-family: "Doc Gothic"; font-size: 8pt; color: #444; }
            @bottom-left { content: "C-20261006-001"; font-family: "Doc Gothic"; font-size: 8pt; color: #444; }
            @bottom-right { content: counter(page) " / " counter(pages); font-family: "Doc Gothic"; font-size: 8pt; color: #444; }
        }
        """;

    private static PagePdfOptions Copy(PagePdfOptions o, bool tagged, bool headerFooter) => new()
    {
        Format = o.Format,
        Landscape = o.Landscape,
        PreferCSSPageSize = o.PreferCSSPageSize,
        PrintBackground = o.PrintBackground,
        DisplayHeaderFooter = headerFooter && o.DisplayHeaderFooter == true,
        HeaderTemplate = o.HeaderTemplate,
        FooterTemplate = o.FooterTemplate,
        Margin = o.Margin,
        Tagged = tagged,
        Outline = o.Outline,
    };

    private static async Task<Guid> ActiveContractAsync(BenchHub hub)
    {
        await using var db = hub.Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);
        return await db.Contracts.Where(c => c.PartnerId == DemoOrganisations.MinatoPartner && c.Status == ContractStatus.Active)
            .OrderBy(c => c.Number).Select(c => c.Id).FirstAsync();
    }

    internal static async Task<int> PageCountAsync(byte[] pdf)
    {
        string file = Path.Combine(Path.GetTempPath(), $"partnerhub-bench-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            string info = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            string? line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return line is null ? -1 : int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // poppler-utils not installed: the page count is a check, not a figure.
            return -1;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>What the endpoint does for one request, with the services of one DI scope.</summary>
    private sealed class ContractPdf(IServiceProvider services, Guid contractId)
    {
        public async Task<byte[]> RenderAsync()
        {
            var detail = await services.GetRequiredService<ContractQueries>().GetAsync(contractId) ?? throw new InvalidOperationException("contract not visible");
            return await services.GetRequiredService<IPdfRenderer>().RenderAsync<ContractDocument>(await ParametersAsync(detail, services), Options(services, detail));
        }

        public static PdfRenderOptions Options(IServiceProvider services, ContractDetail detail)
        {
            var strings = services.GetRequiredService<IStringLocalizer<ContractStrings>>();
            return new PdfRenderOptions { Culture = s_japanese, Title = strings["DocumentTitle"], FooterText = detail.Contract.Number };
        }

        public static async Task<string> HtmlAsync(ComponentHtmlRenderer html, ContractDetail detail, IServiceProvider services) =>
            await html.RenderAsync<ContractDocument>(await ParametersAsync(detail, services), s_japanese);

        // The same parameters as GET /contracts/{id}/contract.pdf (ContractEndpoints) gives the document.
        private static async Task<Dictionary<string, object?>> ParametersAsync(ContractDetail detail, IServiceProvider services) => new()
        {
            [nameof(ContractDocument.Detail)] = detail,
            [nameof(ContractDocument.Today)] = JapaneseFormat.TokyoDate(services.GetRequiredService<TimeProvider>().GetUtcNow()),
            [nameof(ContractDocument.JapaneseEra)] = true,
            [nameof(ContractDocument.Calendars)] = await services.GetRequiredService<IBusinessCalendarSource>().CurrentAsync(),
        };
    }
}

internal sealed record PdfResult(string Database, int Parallel, Timing Latency, double DocumentsPerSecond, double ColdMs, int Pages, int Bytes);
