using Microsoft.AspNetCore.Http;
using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Tests.Features.Documents;

public sealed class DocumentDownloadTests
{
    [Fact]
    public void ContentDisposition_JapaneseName_HasAsciiFallbackAndRfc5987Name()
    {
        string header = DocumentDownload.ContentDisposition("取引先台帳_20261122.pdf", inline: false);

        header.ShouldStartWith("attachment; ");
        header.ShouldContain("filename=");
        header.ShouldContain("filename*=UTF-8''%E5%8F%96%E5%BC%95%E5%85%88%E5%8F%B0%E5%B8%B3_20261122.pdf");
        header.Where(c => c > 127).ShouldBeEmpty();
    }

    [Fact]
    public void ContentDisposition_Inline_UsesInline() =>
        DocumentDownload.ContentDisposition("report.pdf", inline: true).ShouldStartWith("inline; ");

    [Theory]
    [InlineData("株式会社A/B:台帳.pdf", "株式会社A_B_台帳.pdf")]
    [InlineData("..\\secret?.xlsx", ".._secret_.xlsx")]
    [InlineData("a\r\nb.pdf", "a__b.pdf")]
    public void SafeFileName_PathAndReservedCharacters_AreReplaced(string input, string expected) =>
        DocumentDownload.SafeFileName(input).ShouldBe(expected);

    [Fact]
    public async Task Pdf_Executed_WritesBodyTypeDispositionAndNoStore()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        byte[] content = [0x25, 0x50, 0x44, 0x46];

        await DocumentDownload.Pdf(content, "台帳.pdf").ExecuteAsync(context);

        context.Response.ContentType.ShouldBe("application/pdf");
        context.Response.ContentLength.ShouldBe(4);
        context.Response.Headers.CacheControl.ToString().ShouldBe("no-store");
        context.Response.Headers.ContentDisposition.ToString().ShouldContain("filename*=UTF-8''%E5%8F%B0%E5%B8%B3.pdf");
        ((MemoryStream)context.Response.Body).ToArray().ShouldBe(content);
    }

    [Fact]
    public async Task Excel_Executed_StreamsTheWrittenWorkbook()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await DocumentDownload.Excel(stream => stream.Write([1, 2, 3]), "売上.xlsx").ExecuteAsync(context);

        context.Response.ContentType.ShouldBe(DocumentDownload.XlsxContentType);
        context.Response.ContentLength.ShouldBe(3);
        ((MemoryStream)context.Response.Body).ToArray().ShouldBe([1, 2, 3]);
    }
}
