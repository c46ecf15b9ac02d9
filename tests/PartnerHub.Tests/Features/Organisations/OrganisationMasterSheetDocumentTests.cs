using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Features.Organisations.Documents;
using PartnerHub.Tests.Features.Documents;

namespace PartnerHub.Tests.Features.Organisations;

public sealed partial class OrganisationMasterSheetDocumentTests(DocumentsFixture fixture)
{
    // 2026-11-22 10:00 in Tokyo.
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RenderAsync_PartnerWith120Customers_PrintsSeveralA4PagesWithEraDateAndPageNumbers()
    {
        OrganisationMasterSheet sheet = OrganisationMasterSheetSamples.SalesPartner(customers: 120);

        (byte[] pdf, string fileName) = await CreatePdf().RenderAsync(sheet, CultureInfo.GetCultureInfo("ja"), japaneseEra: true, "株式会社ネットガード", TestContext.Current.CancellationToken);

        PdfTools.Keep(pdf, "master-sheet-ja.pdf");
        string text = await PdfTools.TextAsync(pdf);
        string compact = WhiteSpace().Replace(text, string.Empty);
        compact.ShouldContain("取引先台帳");
        compact.ShouldContain("株式会社みなとセキュリティ販売");
        compact.ShouldContain("令和8年11月22日");
        compact.ShouldContain("〒105-0011");
        compact.ShouldContain("T1010001234567");
        compact.ShouldContain("パートナー管理者");
        compact.ShouldContain(sheet.Customers[0].Name);
        compact.ShouldContain(sheet.Customers[^1].Name);
        string info = await PdfTools.InfoAsync(pdf);
        int pages = PdfTools.PageCount(info);
        pages.ShouldBeGreaterThanOrEqualTo(2);
        PdfTools.PageSize(info).ShouldContain("(A4)");
        text.ShouldContain($"1 / {pages}");
        text.ShouldContain($"{pages} / {pages}");
        // The list header repeats on every page (thead as table-header-group).
        Regex.Count(compact, "顧客名フリガナ都道府県区分契約数").ShouldBeGreaterThanOrEqualTo(pages - 1);
        string fonts = await PdfTools.FontsAsync(pdf);
        fonts.ShouldContain("BIZUDMincho-Regular");
        fonts.ShouldContain("BIZUDGothic-Bold");
        fonts.ShouldNotContain("Type 3");
        foreach (string line in fonts.Split('\n').Where(l => l.Contains("BIZUD", StringComparison.Ordinal)))
        {
            // Subset fonts are named ABCDEF+Font and flagged "emb yes sub yes".
            line.ShouldMatch(@"^[A-Z]{6}\+BIZUD.*\byes\s+yes\b");
        }

        fileName.ShouldBe("取引先台帳_株式会社みなとセキュリティ販売_20261122.pdf");
    }

    [Fact]
    public async Task RenderAsync_English_PrintsEnglishLabelsAndWesternDate()
    {
        OrganisationMasterSheet sheet = OrganisationMasterSheetSamples.SalesPartner(customers: 3);

        (byte[] pdf, string fileName) = await CreatePdf().RenderAsync(sheet, CultureInfo.GetCultureInfo("en"), japaneseEra: true, issuedBy: null, TestContext.Current.CancellationToken);

        PdfTools.Keep(pdf, "master-sheet-en.pdf");
        string text = await PdfTools.TextAsync(pdf);
        text.ShouldContain("Organisation master sheet");
        text.ShouldContain("2026-11-22");
        text.ShouldContain("Partner administrator");
        text.ShouldNotContain("令和");
        fileName.ShouldBe("OrganisationMasterSheet_株式会社みなとセキュリティ販売_20261122.pdf");
    }

    [Fact]
    public async Task RenderAsync_WesternDateRequested_PrintsWesternJapaneseDate()
    {
        OrganisationMasterSheet sheet = OrganisationMasterSheetSamples.SalesPartner(customers: 1) with { ContractStartDate = new DateOnly(2019, 5, 1) };

        (byte[] pdf, _) = await CreatePdf().RenderAsync(sheet, CultureInfo.GetCultureInfo("ja"), japaneseEra: false, issuedBy: null, TestContext.Current.CancellationToken);

        string compact = WhiteSpace().Replace(await PdfTools.TextAsync(pdf), string.Empty);
        compact.ShouldContain("2026年11月22日");
        compact.ShouldContain("2019年5月1日");
        compact.ShouldNotContain("令和");
    }

    private OrganisationMasterSheetPdf CreatePdf() => new(
        fixture.Renderer,
        new FakeTimeProvider(s_now),
        fixture.Services.GetRequiredService<IStringLocalizer<OrganisationMasterSheetDocument>>());

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
