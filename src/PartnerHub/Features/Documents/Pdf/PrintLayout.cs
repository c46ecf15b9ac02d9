using System.Globalization;
using System.Net;
using System.Text;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>Wraps a rendered component in a complete HTML page with the print stylesheet and the running header and footer.</summary>
/// <remarks>
/// Fonts: BIZ UDMincho (body) and BIZ UDGothic (headings, table headers, anything bold) from Debian's Morisawa packages, embedded
/// in the page cut to the document's characters (<see cref="DocumentFonts"/>), or by local() when that is not possible. They embed as real TrueType subsets. Noto CJK is never named: Chromium embeds it as Type 3 fonts (2.5× slower, larger, poor
/// copy-paste). BIZ UDMincho has no bold, and a synthesised bold is embedded as Type 3, hence font-synthesis: none and bold only in Gothic.
/// </remarks>
public static class PrintLayout
{
    public const string BodyFont = "BIZ UDMincho";
    public const string HeadingFont = "BIZ UDGothic";

    /// <summary>
    /// The document faces. English documents use the proportional (P) faces of the same families: the UD faces have fixed-pitch
    /// Latin letters. <see cref="DocumentFace.File"/> is the Debian package's file, relative to <c>Documents:FontDirectory</c>.
    /// </summary>
    internal static readonly DocumentFace[] Faces =
    [
        new("Doc Mincho", "100 900", "BIZ UDMincho", "BIZUDMincho-Regular", "bizud-mincho/BIZUDMincho-Regular.ttf", Proportional: false),
        new("Doc Gothic", "100 599", "BIZ UDGothic", "BIZUDGothic-Regular", "bizud-gothic/BIZUDGothic-Regular.ttf", Proportional: false),
        new("Doc Gothic", "600 900", "BIZ UDGothic Bold", "BIZUDGothic-Bold", "bizud-gothic/BIZUDGothic-Bold.ttf", Proportional: false),
        new("Doc PMincho", "100 900", "BIZ UDPMincho", "BIZUDPMincho-Regular", "bizud-mincho/BIZUDPMincho-Regular.ttf", Proportional: true),
        new("Doc PGothic", "100 599", "BIZ UDPGothic", "BIZUDPGothic-Regular", "bizud-gothic/BIZUDPGothic-Regular.ttf", Proportional: true),
        new("Doc PGothic", "600 900", "BIZ UDPGothic Bold", "BIZUDPGothic-Bold", "bizud-gothic/BIZUDPGothic-Bold.ttf", Proportional: true),
    ];

    private const string BaseStyles = """
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

    /// <summary>The full HTML page Chromium prints; with <paramref name="fonts"/>, the faces it uses are cut to (a set holding) its characters.</summary>
    public static string Wrap(string bodyHtml, PdfRenderOptions options, DocumentFonts? fonts = null) => Compose(bodyHtml, options, fonts).ToHtml();

    /// <summary>The page Chromium prints, in the parts a pooled page that already holds its fonts needs (see <see cref="PrintPage"/>).</summary>
    public static PrintPage Compose(string bodyHtml, PdfRenderOptions options, DocumentFonts? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        ArgumentNullException.ThrowIfNull(options);
        string orientation = options.Orientation == PdfOrientation.Landscape ? "landscape" : "portrait";
        PdfMargins m = options.Margins;
        string pageRule = string.Create(
            CultureInfo.InvariantCulture,
            $"@page {{ size: A4 {orientation}; margin: {m.TopMm}mm {m.RightMm}mm {m.BottomMm}mm {m.LeftMm}mm; }}");
        bool proportional = IsProportional(options);
        DocumentFontFaces faces = fonts is null
            ? DocumentFonts.InstalledFaces(proportional)
            : fonts.FacesFor(DocumentFonts.CharactersOf(bodyHtml, options.Title, options.FooterText), proportional);
        return new PrintPage(faces, options.Culture.TwoLetterISOLanguageName, options.Title ?? string.Empty, pageRule + "\n" + RunningBoxes(options), bodyHtml);
    }

    /// <summary>The complete HTML of <paramref name="page"/>: what a fresh page loads.</summary>
    internal static string ToHtml(PrintPage page) => $"""
        <!DOCTYPE html>
        <html lang="{WebUtility.HtmlEncode(page.Language)}">
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(page.Title)}</title>
        <style id="{PrintPage.PageStyleId}">
        {page.PageStyles}
        </style>
        <style>
        {page.Fonts.Css}
        {BaseStyles}
        </style>
        </head>
        <body>
        {page.Body}
        </body>
        </html>
        """;

    /// <summary>
    /// The running header (the title in small Gothic at the top right, when set) and footer (optional text on the left, "n / N" on the
    /// right) as CSS page-margin boxes of the document itself. Chromium's header and footer templates would lay out two separate
    /// documents for every page (measured: the larger part of a multi-page invoice's print time); margin boxes are laid out with the
    /// page, in the same fonts, and their text is the same.
    /// </summary>
    public static string RunningBoxes(PdfRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Same rule as the page: proportional Latin for English documents. Margin boxes inherit from the page, not from body, so they
        // name the document face itself (cut to the document's characters like the body's), then the installed one.
        bool english = IsProportional(options);
        string family = english ? "\"Doc PGothic\", \"BIZ UDPGothic\"" : $"\"Doc Gothic\", \"{HeadingFont}\"";
        string style = $"font-family: {family}, sans-serif; font-weight: 400; font-style: normal; font-size: 8pt; line-height: 8pt; color: #444;";
        var boxes = new StringBuilder("@page {");
        if (!string.IsNullOrWhiteSpace(options.Title))
        {
            boxes.Append(CultureInfo.InvariantCulture, $" @top-right {{ content: {CssString(options.Title)}; {style} {HeaderPlace} }}");
        }

        if (!string.IsNullOrEmpty(options.FooterText))
        {
            boxes.Append(CultureInfo.InvariantCulture, $" @bottom-left {{ content: {CssString(options.FooterText)}; {style} {FooterPlace} }}");
        }

        boxes.Append(CultureInfo.InvariantCulture, $" @bottom-right {{ content: counter(page) \" / \" counter(pages); {style} {FooterPlace} }}");
        return boxes.Append(" }").ToString();
    }

    private static bool IsProportional(PdfRenderOptions options) =>
        string.Equals(options.Culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    // Where Chromium's header and footer templates put their line: 5.2 mm below the top edge and 5.1 mm above the bottom edge
    // (pdftotext -bbox of both versions agree within 1 pt), whatever the page margins.
    private const string HeaderPlace = "vertical-align: top; padding-top: 5.2mm;";
    private const string FooterPlace = "vertical-align: bottom; padding-bottom: 5.1mm;";

    // A CSS string literal: quotes, backslashes, line breaks and "<" (which could close the style element) as hex escapes.
    private static string CssString(string text)
    {
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append(CultureInfo.InvariantCulture, $"\\{(int)c:X} ");
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }
}
