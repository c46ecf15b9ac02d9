using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>The isolation matrix for escalations: another partner's case page, PDFs, reports and attachments are never served.</summary>
public class EscalationIsolationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> OtherPartnerRoutes { get; } = new()
    {
        "/escalations/{case}",
        "/escalations/{case}/hearing-sheet.pdf",
        "/escalations/{case}/reports/{report}.pdf",
        "/escalations/{case}/attachments/{attachment}",
        "/escalations/new?alert={alert}",
    };

    [Theory]
    [MemberData(nameof(OtherPartnerRoutes))]
    public async Task Get_WhenPartnerStaffRequestsAnotherPartnersCase_NeverShowsIt(string template)
    {
        var (opened, reportId, attachmentId, subjectMarker) = await HokurikuCaseAsync();
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var route = template.Replace("{case}", opened.CaseId.ToString(), StringComparison.Ordinal)
            .Replace("{report}", reportId.ToString(), StringComparison.Ordinal)
            .Replace("{attachment}", attachmentId.ToString(), StringComparison.Ordinal)
            .Replace("{alert}", opened.AlertEventId, StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri(route, UriKind.Relative), Token);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));

        body.ShouldNotContain(subjectMarker);
        body.ShouldNotContain(opened.Deployment.Serial);
        body.ShouldNotStartWith("%PDF");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            if (!route.StartsWith("/escalations/new", StringComparison.Ordinal))
            {
                body.ShouldContain("data-testid=\"not-found\"");
            }
        }
        else
        {
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task Get_WhenOwningPartnerOpensItsCase_ShowsItWithoutDeskOnlyNotes()
    {
        var (opened, _, _, subjectMarker) = await HokurikuCaseAsync();
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/escalations/{opened.CaseId}", UriKind.Relative), Token));

        body.ShouldContain(subjectMarker);
        body.ShouldContain("共有: ログを確認しました");
        body.ShouldNotContain("内部: ポータルで横展開を確認");
    }

    [Fact]
    public async Task Get_WhenAnonymous_RedirectsEscalationPagesToLogin()
    {
        var client = app.CreateBrowserLikeClient();
        foreach (var route in new[] { "/escalations", "/escalations/new", "/escalations/dashboard", $"/escalations/{Guid.NewGuid()}", "/escalations/statistics.xlsx" })
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative), Token);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, route);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login", Case.Insensitive, route);
        }
    }

    private async Task<(OpenedCase Opened, Guid ReportId, Guid AttachmentId, string SubjectMarker)> HokurikuCaseAsync()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        (await AsPartnerAsync(app, DemoOrganisations.HokurikuPartner, s => s.GetRequiredService<PartnerHub.Features.Escalations.Attachments.CaseAttachments>()
            .UploadAsync(opened.CaseId, new("hokuriku.log", "text/plain", 5, () => new MemoryStream("hello"u8.ToArray())), NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token)))
            .Problem.ShouldBeNull();
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "内部: ポータルで横展開を確認", NoteVisibility.Internal, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "共有: ログを確認しました", NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            (await work.ReportAsync(opened.CaseId, new IncidentReport("状況", "解決", "防止", AnswerChannel.Phone), TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            return true;
        });
        var view = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        return (opened, view!.Reports.Single().Id, view.Attachments.Single().Attachment.Id, view.Number);
    }
}
