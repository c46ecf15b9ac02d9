using System.Globalization;
using System.Net;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>Wraps a rendered component in a complete HTML page with the print stylesheet, and builds the running header and footer.</summary>
/// <remarks>
/// Fonts: BIZ UDMincho (body) and BIZ UDGothic (headings, table headers, anything bold) from Debian's Morisawa packages, by local().
/// They embed as real TrueType subsets. Noto CJK is never named: Chromium embeds it as Type 3 fonts (2.5× slower, larger, poor
/// copy-paste). BIZ UDMincho has no bold, and a synthesised bold is embedded as Type 3, hence font-synthesis: none and bold only in Gothic.
/// </remarks>
public static class PrintLayout
{
    public const string BodyFont = "BIZ UDMincho";
    public const string HeadingFont = "BIZ UDGothic";

    private const string BaseStyles = """
        @font-face { font-family: "Doc Mincho"; src: local("BIZ UDMincho"), local("BIZUDMincho-Regular"); font-weight: 100 900; font-style: normal; }
        @font-face { font-family: "Doc Gothic"; src: local("BIZ UDGothic"), local("BIZUDGothic-Regular"); font-weight: 100 599; font-style: normal; }
        @font-face { font-family: "Doc Gothic"; src: local("BIZ UDGothic Bold"), local("BIZUDGothic-Bold"); font-weight: 600 900; font-style: normal; }
        /* English documents use the proportional (P) faces of the same families: the UD faces have fixed-pitch Latin letters. */
        @font-face { font-family: "Doc PMincho"; src: local("BIZ UDPMincho"), local("BIZUDPMincho-Regular"); font-weight: 100 900; font-style: normal; }
        @font-face { font-family: "Doc PGothic"; src: local("BIZ UDPGothic"), local("BIZUDPGothic-Regular"); font-weight: 100 599; font-style: normal; }
        @font-face { font-family: "Doc PGothic"; src: local("BIZ UDPGothic Bold"), local("BIZUDPGothic-Bold"); font-weight: 600 900; font-style: normal; }
        /* Documents name fonts only through these variables, so a language switch changes every face at once. */
        :root { --doc-mincho: "Doc Mincho", serif; --doc-gothic: "Doc Gothic", sans-serif; }
        :root:lang(en) { --doc-mincho: "Doc PMincho", serif; --doc-gothic: "Doc PGothic", sans-serif; }
        html { font-synthesis: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
            margin: 0;
            font-family: var(--doc-mincho);
            font-weight: 400;
            font-size: 9.5pt;
            line-height: 1.5;
            color: #111;
            line-break: strict;
            word-break: normal;
            overflow-wrap: anywhere;
        }
        h1, h2, h3, h4, th, b, strong, .gothic { font-family: var(--doc-gothic); }
        h1, h2, h3, h4 { font-weight: 700; margin: 0; break-after: avoid; page-break-after: avoid; }
        em, i { font-style: normal; }
        table { width: 100%; border-collapse: collapse; }
        thead { display: table-header-group; }
        /* Header rows repeat on every page; totals in tfoot must appear once, at the end, not under each page's slice. */
        tfoot { display: table-row-group; }
        tr, img { break-inside: avoid; page-break-inside: avoid; }
        th, td { padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        """;

    /// <summary>The full HTML page Chromium prints.</summary>
    public static string Wrap(string bodyHtml, PdfRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string orientation = options.Orientation == PdfOrientation.Landscape ? "landscape" : "portrait";
        PdfMargins m = options.Margins;
        string pageRule = string.Create(
            CultureInfo.InvariantCulture,
            $"@page {{ size: A4 {orientation}; margin: {m.TopMm}mm {m.RightMm}mm {m.BottomMm}mm {m.LeftMm}mm; }}");
        string language = options.Culture.TwoLetterISOLanguageName;
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(options.Title ?? string.Empty)}</title>
            <style>
            {pageRule}
            {BaseStyles}
            </style>
            </head>
            <body>
            {bodyHtml}
            </body>
            </html>
            """;
    }

    /// <summary>Running header: the title in small Gothic at the top right, or nothing (an empty template stops Chromium's default date/URL header).</summary>
    public static string HeaderTemplate(PdfRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Title))
        {
            return "<span></span>";
        }

        return RunningBlock(options, $"""<span></span><span>{WebUtility.HtmlEncode(options.Title)}</span>""");
    }

    /// <summary>Footer: optional text on the left, "n / N" on the right. Chromium fills the pageNumber and totalPages spans.</summary>
    public static string FooterTemplate(PdfRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string text = WebUtility.HtmlEncode(options.FooterText ?? string.Empty);
        return RunningBlock(options, $"""<span>{text}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span>""");
    }

    // Same rule as the page: proportional Latin for English documents.
    private static string RunningFont(PdfRenderOptions options) =>
        string.Equals(options.Culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? "BIZ UDPGothic" : HeadingFont;

    // The header and footer are separate documents: they inherit neither the page's fonts nor a usable font size (the default is tiny),
    // so they state both, and their own horizontal padding to line up with the page margins.
    private static string RunningBlock(PdfRenderOptions options, string content) => string.Create(
        CultureInfo.InvariantCulture,
        $"""<div style="font-family: '{RunningFont(options)}', sans-serif; font-weight: 400; font-synthesis: none; font-size: 8pt; color: #444; box-sizing: border-box; width: 100%; padding: 0 {options.Margins.RightMm}mm 0 {options.Margins.LeftMm}mm; display: flex; justify-content: space-between;">{content}</div>""");
}
