using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Features.Documents.Pdf;

namespace PartnerHub.Tests.Features.Documents;

/// <summary>
/// Documents share their language's cut faces while the faces hold their characters (same key: a pooled page keeps them loaded),
/// the faces grow with new characters and start again from the seed past the limit.
/// </summary>
public sealed class DocumentFontsTests
{
    [Fact]
    public async Task Compose_CharactersTheFacesHold_SameFontsUntilNewCharactersMakeThemGrow()
    {
        await using ServiceProvider services = DocumentsFixture.BuildServices();
        var fonts = services.GetRequiredService<DocumentFonts>();

        PrintPage first = PrintLayout.Compose("<p>請求書 東京都港区</p>", PdfRenderOptions.Japanese, fonts);
        PrintPage within = PrintLayout.Compose("<p>東京 ひらがな カタカナ ABC 123 ①</p>", new PdfRenderOptions { Title = "請求書", FooterText = "港区" }, fonts);
        PrintPage grown = PrintLayout.Compose("<p>大阪府 請求書</p>", PdfRenderOptions.Japanese, fonts);
        PrintPage both = PrintLayout.Compose("<p>東京都 大阪府</p>", PdfRenderOptions.Japanese, fonts);
        PrintPage english = PrintLayout.Compose("<p>Invoice 東京都</p>", new PdfRenderOptions { Culture = CultureInfo.GetCultureInfo("en") }, fonts);

        first.Fonts.Css.ShouldContain("data:font/ttf;base64,", customMessage: "HarfBuzz subsetting is in effect on this machine");
        within.Fonts.ShouldBeSameAs(first.Fonts);
        grown.Fonts.Key.ShouldNotBe(first.Fonts.Key);
        both.Fonts.ShouldBeSameAs(grown.Fonts, "the grown faces hold the first document's characters and the new ones");
        english.Fonts.Key.ShouldNotBe(grown.Fonts.Key);
        fonts.Generations.ShouldBe(3);
    }

    [Fact]
    public async Task Compose_FacesPastTheCharacterLimit_StartAgainFromTheSeed()
    {
        await using ServiceProvider services = DocumentsFixture.BuildServices();
        var fonts = services.GetRequiredService<DocumentFonts>();
        string many = string.Concat(Enumerable.Range(0x4E00, DocumentFonts.MaxCharacters).Select(c => (char)c));

        PrintPage large = PrintLayout.Compose($"<p>{many}</p>", PdfRenderOptions.Japanese, fonts);
        PrintPage next = PrintLayout.Compose("<p>請求書</p>", PdfRenderOptions.Japanese, fonts);

        next.Fonts.Key.ShouldNotBe(large.Fonts.Key);
        next.Fonts.Css.Length.ShouldBeLessThan(large.Fonts.Css.Length / 4, "the faces were cut again from the seed and this document's characters");
    }
}
