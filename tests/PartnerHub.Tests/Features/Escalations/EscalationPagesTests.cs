using System.Net;
using PartnerHub.Data.Seeding;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Features.Escalations;

/// <summary>The escalation pages render (prerendered over HTTP) for the roles that use them.</summary>
public class EscalationPagesTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeskPages_RenderForTheDesk()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var client = await HubSession.SignInAsync(app, "desk@vendor.example");

        var queue = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/escalations", UriKind.Relative), Token));
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/escalations/dashboard", UriKind.Relative), Token));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/escalations/{opened.CaseId}", UriKind.Relative), Token));

        queue.ShouldContain("data-testid=\"case-grid\"");
        dashboard.ShouldContain("data-testid=\"dash-open\"");
        page.ShouldContain("data-testid=\"assign-me\"");
        page.ShouldContain("data-testid=\"snapshot-alert\"");
        page.ShouldContain("英語のアラートの意味を教えてほしい");
    }

    [Fact]
    public async Task NewInquiryFromAlert_PrefillsTheAlert_ForThePartner()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/escalations/new?alert={opened.AlertEventId}", UriKind.Relative), Token));
        var alert = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/alerts/{opened.AlertEventId}", UriKind.Relative), Token));
        var sheet = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/escalations/{opened.CaseId}", UriKind.Relative), Token));

        form.ShouldContain("data-testid=\"from-alert\"");
        form.ShouldContain(opened.Deployment.Serial);
        alert.ShouldContain($"escalations/new?alert={opened.AlertEventId}");
        sheet.ShouldContain("data-testid=\"sheet-save\"");
        sheet.ShouldContain("data-testid=\"escalate\"");
    }
}
