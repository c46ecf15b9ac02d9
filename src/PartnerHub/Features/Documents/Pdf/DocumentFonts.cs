using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>One @font-face of the print layout: its CSS family and weights, the installed face's names and its file.</summary>
internal sealed record DocumentFace(string Family, string Weights, string LocalName, string PostScriptName, string File, bool Proportional);

/// <summary>
/// Gives each document the faces it uses cut down to its own characters, embedded in the page as data: URLs.
/// </summary>
/// <remarks>
/// Measured (bench README, "PDF: why Page.pdf is expensive"): with the installed 4.6–6.2 MB faces named by local(), about two
/// thirds of a document's CPU went into Chromium copying each whole face to its print compositor (a process started for every
/// <c>Page.pdf</c>) and subsetting it there; with faces of the document's characters (50–100 KB) the
/// same invoice took ≈ 70–80 % less CPU, with the same text, fonts and places in the PDF. Subsetting here costs 2–10 ms a face.
/// When HarfBuzz or a face's file is missing (or <c>Documents:EmbedFontSubsets</c> is false) the page names the installed face
/// as before, and this is logged once.
/// </remarks>
public sealed class DocumentFonts
{
    // Characters Chromium may draw that are not in the page's text: the margin boxes' page numbers ("n / N"), CSS-escaped
    // characters of the running title and footer, list markers, ellipses and hyphens of line breaking, quotation marks.
    private const string AlwaysIncluded = "…•◦▪‐‑–—―「」『』“”‘’・　、。";

    private readonly DocumentsOptions _options;
    private readonly ILogger<DocumentFonts> _logger;
    private readonly bool _available;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    public DocumentFonts(IOptions<DocumentsOptions> options, ILogger<DocumentFonts> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _available = _options.EmbedFontSubsets && FontSubsetter.IsAvailable();
        if (_options.EmbedFontSubsets && !_available)
        {
            _logger.LogWarning("HarfBuzz (libharfbuzz-subset.so.0) is not available: PDFs name the installed fonts, which prints about three times slower");
        }
    }

    /// <summary>Every character a page of <paramref name="bodyHtml"/> with this title and footer can show (HTML entities decoded).</summary>
    internal static IReadOnlySet<int> CharactersOf(string bodyHtml, string? title, string? footer)
    {
        var characters = new HashSet<int>();
        for (int c = 0x20; c < 0x7F; c++)
        {
            characters.Add(c);
        }

        foreach (string text in new[] { WebUtility.HtmlDecode(bodyHtml), title ?? string.Empty, footer ?? string.Empty, AlwaysIncluded })
        {
            foreach (System.Text.Rune rune in text.EnumerateRunes())
            {
                characters.Add(rune.Value);
            }
        }

        return characters;
    }

    /// <summary>A CSS src for <paramref name="face"/> holding <paramref name="characters"/>, or null to name the installed face.</summary>
    internal string? SubsetSource(DocumentFace face, IReadOnlySet<int> characters)
    {
        if (!_available)
        {
            return null;
        }

        string file = Path.Combine(_options.FontDirectory, face.File);
        byte[]? subset = File.Exists(file) ? FontSubsetter.Subset(file, characters) : null;
        if (subset is null)
        {
            if (_reported.TryAdd(file, true))
            {
                _logger.LogWarning("The font file {File} is missing or could not be subset: PDFs name the installed face {Face} instead", file, face.LocalName);
            }

            return null;
        }

        return $"url(data:font/ttf;base64,{Convert.ToBase64String(subset)}) format(\"truetype\")";
    }
}
