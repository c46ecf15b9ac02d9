using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>One @font-face of the print layout: its CSS family and weights, the installed face's names and its file.</summary>
internal sealed record DocumentFace(string Family, string Weights, string LocalName, string PostScriptName, string File, bool Proportional);

/// <summary>
/// The @font-face rules of a document's page, and a key that is equal for two documents whose rules are equal: a pooled page
/// that already holds these fonts prints the next document without loading them again (<see cref="ChromiumPrinter"/>).
/// </summary>
public sealed record DocumentFontFaces(string Key, string Css);

/// <summary>
/// Gives documents the faces they use cut down to a set of characters that holds theirs, embedded in the page as data: URLs.
/// </summary>
/// <remarks>
/// Measured (bench README, "PDF: why Page.pdf is expensive"): with the installed 4.6–6.2 MB faces named by local(), about two
/// thirds of a document's CPU went into Chromium copying each whole face to its print compositor (a process started for every
/// <c>Page.pdf</c>) and subsetting it there; with faces of the document's characters (50–100 KB) the same invoice took ≈ 70–80 %
/// less CPU, with the same text, fonts and places in the PDF.
/// <para>
/// Subsets are not cut per document any more ("PDF: fonts kept loaded between documents"): each language's faces hold a
/// growing set of characters — a seed (ASCII, kana, punctuation, full-width forms) plus every character documents have needed
/// since — cut once and shared by the following documents. A document whose characters are all in the set gets the same
/// rules (same <see cref="DocumentFontFaces.Key"/>), so a pooled page keeps its decoded fonts and only swaps the document in;
/// one with new characters makes the set grow (a new generation: cut again, loaded again once per page). Past
/// <see cref="MaxCharacters"/> the set starts again from the seed, so the faces Chromium copies per <c>Page.pdf</c> stay small
/// (≈ 1 MB at 4,000 characters: measured +5–10 ms CPU a document against a 70 KB face).
/// </para>
/// When HarfBuzz or a face's file is missing (or <c>Documents:EmbedFontSubsets</c> is false) the page names the installed face
/// as before, and this is logged once.
/// </remarks>
public sealed class DocumentFonts
{
    /// <summary>Characters a language's faces may hold before they start again from the seed.</summary>
    public const int MaxCharacters = 4000;

    // Characters Chromium may draw that are not in the page's text: the margin boxes' page numbers ("n / N"), CSS-escaped
    // characters of the running title and footer, list markers, ellipses and hyphens of line breaking, quotation marks.
    private const string AlwaysIncluded = "…•◦▪‐‑–—―「」『』“”‘’・　、。";

    private static readonly IReadOnlySet<int> s_seed = Seed();

    private readonly DocumentsOptions _options;
    private readonly ILogger<DocumentFonts> _logger;
    private readonly bool _available;
    private readonly Lock _growLock = new();
    private readonly FontGeneration?[] _current = new FontGeneration?[2]; // [0]: Japanese (UD) faces, [1]: English (UDP) faces
    private readonly Dictionary<string, bool> _reported = new(StringComparer.Ordinal);
    private int _generations;

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

    /// <summary>How many times a language's faces were cut (a new generation); for the bench and tests.</summary>
    public int Generations => Volatile.Read(ref _generations);

    /// <summary>Every character a page of <paramref name="bodyHtml"/> with this title and footer can show (HTML entities decoded).</summary>
    internal static HashSet<int> CharactersOf(string bodyHtml, string? title, string? footer)
    {
        var characters = new HashSet<int>();
        for (int c = 0x20; c < 0x7F; c++)
        {
            characters.Add(c);
        }

        foreach (string text in new[] { WebUtility.HtmlDecode(bodyHtml), title ?? string.Empty, footer ?? string.Empty, AlwaysIncluded })
        {
            foreach (Rune rune in text.EnumerateRunes())
            {
                characters.Add(rune.Value);
            }
        }

        return characters;
    }

    /// <summary>
    /// The @font-face rules for a document of these characters: the faces of its language (<paramref name="proportional"/>: the
    /// English UDP faces) from the current generation, the others by local().
    /// </summary>
    internal DocumentFontFaces FacesFor(IReadOnlySet<int> characters, bool proportional) =>
        _available ? GenerationFor(characters, proportional).Faces : InstalledFaces(proportional);

    /// <summary>The rules naming the installed faces only (as with <c>EmbedFontSubsets=false</c>).</summary>
    internal static DocumentFontFaces InstalledFaces(bool proportional) =>
        new("installed", FacesCss(proportional, null));

    private FontGeneration GenerationFor(IReadOnlySet<int> characters, bool proportional)
    {
        int group = proportional ? 1 : 0;
        FontGeneration? current = Volatile.Read(ref _current[group]);
        if (current is not null && current.Holds(characters))
        {
            return current;
        }

        lock (_growLock)
        {
            current = _current[group];
            if (current is not null && current.Holds(characters))
            {
                return current;
            }

            var wanted = new HashSet<int>(current?.Characters ?? s_seed);
            wanted.UnionWith(characters);
            if (wanted.Count > MaxCharacters)
            {
                wanted = [.. s_seed];
                wanted.UnionWith(characters);
            }

            int number = Interlocked.Increment(ref _generations);
            FontGeneration next = Cut(wanted, proportional, number);
            Volatile.Write(ref _current[group], next);
            return next;
        }
    }

    private FontGeneration Cut(HashSet<int> characters, bool proportional, int number)
    {
        var sources = new Dictionary<DocumentFace, string>();
        foreach (DocumentFace face in PrintLayout.Faces.Where(f => f.Proportional == proportional))
        {
            string file = Path.Combine(_options.FontDirectory, face.File);
            byte[]? subset = File.Exists(file) ? FontSubsetter.Subset(file, characters) : null;
            if (subset is null)
            {
                if (_reported.TryAdd(file, true))
                {
                    _logger.LogWarning("The font file {File} is missing or could not be subset: PDFs name the installed face {Face} instead", file, face.LocalName);
                }

                continue;
            }

            sources[face] = $"url(data:font/ttf;base64,{Convert.ToBase64String(subset)}) format(\"truetype\")";
        }

        _logger.LogDebug("Document fonts, generation {Generation}: {Characters} characters of the {Language} faces", number, characters.Count, proportional ? "English" : "Japanese");
        string key = string.Create(CultureInfo.InvariantCulture, $"{(proportional ? "en" : "ja")}-{number}");
        return new FontGeneration(characters, new DocumentFontFaces(key, FacesCss(proportional, sources)));
    }

    private static string FacesCss(bool proportional, Dictionary<DocumentFace, string>? sources)
    {
        var rules = new StringBuilder();
        foreach (DocumentFace face in PrintLayout.Faces)
        {
            string? source = null;
            if (face.Proportional == proportional)
            {
                sources?.TryGetValue(face, out source);
            }

            source ??= $"local(\"{face.LocalName}\"), local(\"{face.PostScriptName}\")";
            rules.Append(CultureInfo.InvariantCulture, $"@font-face {{ font-family: \"{face.Family}\"; src: {source}; font-weight: {face.Weights}; font-style: normal; }}\n");
        }

        return rules.ToString();
    }

    // Characters most documents need, so that the first documents do not each make the faces grow: printable ASCII, the marks
    // above, Latin-1, general punctuation, kana (full and half width), CJK symbols, full-width forms, circled numbers and the
    // symbols documents print (〒, ¥, ※, ○…).
    private static HashSet<int> Seed()
    {
        var seed = CharactersOf(string.Empty, null, null);
        int[][] ranges =
        [
            [0xA0, 0xFF], [0x2010, 0x203B], [0x2190, 0x2193], [0x2460, 0x2473], [0x25A0, 0x25CF], [0x3000, 0x301F],
            [0x3041, 0x3096], [0x309B, 0x309E], [0x30A1, 0x30FE], [0xFF01, 0xFF5E], [0xFF61, 0xFF9F],
        ];
        foreach (int[] range in ranges)
        {
            for (int c = range[0]; c <= range[1]; c++)
            {
                seed.Add(c);
            }
        }

        foreach (char c in "×÷±℃々〆ヶ〒￥※★☆")
        {
            seed.Add(c);
        }

        return seed;
    }

    // A face that could not be cut stays named by local() in its generation (a missing file or HarfBuzz failing does not mend).
    private sealed record FontGeneration(HashSet<int> Characters, DocumentFontFaces Faces)
    {
        public bool Holds(IReadOnlySet<int> characters) => Characters.IsSupersetOf(characters);
    }
}
