using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Documents;

/// <summary>Settings of the document pipeline, bound from the "Documents" section.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>Chromium used to print PDFs: Debian's package, never a Playwright-downloaded build.</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and reused; also the number of documents printed at once (each page costs ~30 MiB).</summary>
    [Range(1, 16)]
    public int PagePoolSize { get; set; } = 2;

    /// <summary>Time one document may take in the browser before it is abandoned.</summary>
    [Range(1, 600)]
    public int RenderTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Embed each document's fonts as subsets of its own characters (HarfBuzz, a dependency of Debian's Chromium) rather than
    /// naming the installed faces: the same PDF for about a third of Chromium's CPU (see <c>Pdf/DocumentFonts</c>).
    /// </summary>
    public bool EmbedFontSubsets { get; set; } = true;

    /// <summary>Where the BIZ UD font packages put their files (bizud-mincho/…, bizud-gothic/…).</summary>
    [Required]
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype";

    /// <summary>Launch arguments added to the fixed set (for example a --js-flags memory cap).</summary>
    public IList<string> ExtraLaunchArgs { get; } = [];
}
