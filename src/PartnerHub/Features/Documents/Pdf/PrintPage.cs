namespace PartnerHub.Features.Documents.Pdf;

/// <summary>
/// One document's page for Chromium: its fonts (the same <see cref="DocumentFontFaces.Key"/> for documents that can share a
/// loaded page), language, title, page styles (@page size, margins, running header and footer) and body.
/// </summary>
/// <remarks>
/// A fresh page loads <see cref="ToHtml"/>. A pooled page whose fonts have the same key only takes the document's language, title,
/// page styles and body (<see cref="ChromiumPrinter"/>): decoding and checking the embedded faces was a third of Chromium's
/// work per document (bench README, "PDF: fonts kept loaded between documents").
/// </remarks>
public sealed record PrintPage(DocumentFontFaces Fonts, string Language, string Title, string PageStyles, string Body)
{
    /// <summary>The id of the style element holding <see cref="PageStyles"/>, which a pooled page replaces per document.</summary>
    public const string PageStyleId = "partnerhub-page";

    public string ToHtml() => PrintLayout.ToHtml(this);
}
