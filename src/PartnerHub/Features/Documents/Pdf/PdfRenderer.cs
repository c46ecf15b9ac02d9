using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>Razor component → HTML (HtmlRenderer, in the requested culture) → print layout → PDF (Chromium).</summary>
public sealed class PdfRenderer(ComponentHtmlRenderer htmlRenderer, DocumentFonts fonts, ChromiumPrinter printer, ILogger<PdfRenderer> logger) : IPdfRenderer
{
    public async Task<byte[]> RenderAsync<TComponent>(IDictionary<string, object?> parameters, PdfRenderOptions options, CancellationToken cancellationToken = default)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(options);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        string body = await htmlRenderer.RenderAsync<TComponent>(parameters, options.Culture);
        PrintPage page = PrintLayout.Compose(body, options, fonts);
        byte[] pdf = await printer.PrintAsync(page, ToPlaywright(options), cancellationToken);
        logger.LogDebug(
            "Printed {Component} ({Culture}, {Bytes} bytes) in {Elapsed} ms",
            typeof(TComponent).Name,
            options.Culture.Name,
            pdf.Length,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return pdf;
    }

    /// <summary>Chromium's print options for a document (public so bench/PartnerHub.ScaleBenchmarks times Chromium's steps with them).</summary>
    public static PagePdfOptions ToPlaywright(PdfRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfMargins m = options.Margins;
        return new PagePdfOptions
        {
            Format = "A4",
            Landscape = options.Orientation == PdfOrientation.Landscape,
            // The @page rule in the print layout states the same size; preferring it keeps one source of truth for the page box.
            PreferCSSPageSize = true,
            PrintBackground = true,
            // The running header and footer are the page's own CSS margin boxes (PrintLayout.RunningBoxes), not Chromium's templates.
            DisplayHeaderFooter = false,
            Margin = new Margin
            {
                Top = Millimetres(m.TopMm),
                Right = Millimetres(m.RightMm),
                Bottom = Millimetres(m.BottomMm),
                Left = Millimetres(m.LeftMm),
            },
            Tagged = true,
            Outline = false,
        };
    }

    private static string Millimetres(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "mm";
}
