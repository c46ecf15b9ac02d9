using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Escalations;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Features.Escalations;

/// <summary>The hearing-sheet and report PDFs carry their TLP marking; the statistics export opens with its three tables.</summary>
public class EscalationDocumentsTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "000 §9-2")]
    public async Task HearingSheetPdf_ForTheOwningPartner_CarriesTheTlpMarking()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var number = (await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token)))!.Number;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/escalations/{opened.CaseId}/hearing-sheet.pdf", UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("TLP:AMBER");
        text.ShouldContain("ヒアリングシート");
        text.ShouldContain(number);
        text.ShouldContain("英語のアラートの意味を教えてほしい");
    }

    [Fact]
    public async Task ReportPdf_ForThePartner_CarriesTheMarking_AndRedHearingSheetIsNotExported()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.ReportAsync(opened.CaseId, new IncidentReport("影響なしを確認", "対応不要", "シグネチャの定期確認", AnswerChannel.Email), TlpMarking.Green, Token))
                .Problem.ShouldBeNull();
            return true;
        });
        var view = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/escalations/{opened.CaseId}/reports/{view!.Reports.Single().Id}.pdf", UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("TLP:GREEN");
        text.ShouldContain("インシデント対応報告書");
        text.ShouldContain("影響なしを確認");

        var red = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        (await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(red.CaseId, ValidSheet(), TlpMarking.Red, Token)))
            .Problem.ShouldBeNull();
        var refused = await client.GetAsync(new Uri($"/escalations/{red.CaseId}/hearing-sheet.pdf", UriKind.Relative), Token);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StatisticsExport_ForTheDesk_HasVolumeAndSlaSheetsWithTheEscalatedCases()
    {
        await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        await EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var client = await HubSession.SignInAsync(app, "desk@vendor.example");

        var response = await client.GetAsync(new Uri("/escalations/statistics.xlsx", UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Named after the report and the Tokyo time it was taken (ExportFileName), not the day alone.
        (response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? string.Empty)
            .ShouldMatch(@"_\d{8}-\d{4}\.xlsx""?$");
        await using var stream = await response.Content.ReadAsStreamAsync(Token);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        copy.Position = 0;
        var sheets = ExcelReader.ReadAll(copy);
        sheets.Select(s => s.Name).ShouldBe(["パートナー別件数", "脅威分類別件数", "一次回答SLA"]);
        var partners = sheets[0].Rows.Skip(1).Select(r => r[1]?.ToString()).ToList();
        partners.ShouldContain("株式会社みなと情報システム");
        partners.ShouldContain("北陸ビジネスソリューションズ株式会社");
        sheets[1].Rows.Skip(1).Select(r => r[1]?.ToString()).ShouldContain("マルウェア通信");
        sheets[2].Rows[0][0].ShouldBe("月");
        sheets[2].Rows[0][8].ShouldBe("SLA達成率");
        sheets[2].Rows.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task StatisticsExport_ForPartnerStaff_IsDenied()
    {
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri("/escalations/statistics.xlsx", UriKind.Relative), Token);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
