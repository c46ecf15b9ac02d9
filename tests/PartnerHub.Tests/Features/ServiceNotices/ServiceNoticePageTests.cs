using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

// Over HTTP, with the demo notices: the pages render for every role that may use them, and a partner's user asking for a
// notice that concerns only another partner's customers gets the not-found page, never its content.
public class ServiceNoticePageTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("admin@vendor.example")]
    [InlineData("ops@vendor.example")]
    [InlineData("desk@vendor.example")]
    [InlineData("finance@vendor.example")]
    [InlineData("admin@minato.example")]
    [InlineData("staff@hokuriku.example")]
    public async Task Get_NoticeListAndOwnDemoNotice_RenderForEveryRoleThatMayUseThem(string login)
    {
        var client = await HubSession.SignInAsync(app, login);
        var partner = login.EndsWith("@vendor.example", StringComparison.Ordinal) ? DemoOrganisations.MinatoPartner
            : login.EndsWith("@minato.example", StringComparison.Ordinal) ? DemoOrganisations.MinatoPartner : DemoOrganisations.HokurikuPartner;
        var (noticeId, title) = await DemoNoticeOfAsync(partner);

        var list = await client.GetAsync(new Uri("/service-notices", UriKind.Relative), Token);
        var page = await client.GetAsync(new Uri($"/service-notices/{noticeId}", UriKind.Relative), Token);

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Token));
        body.ShouldContain(title);
        body.ShouldNotContain("data-testid=\"not-found\"");
    }

    [Fact]
    public async Task Get_NoticeOfAnotherPartnersCustomers_ShowsNotFound()
    {
        var (noticeId, _) = await DemoNoticeOfAsync(DemoOrganisations.HokurikuPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/service-notices/{noticeId}", UriKind.Relative), Token));

        body.ShouldContain("data-testid=\"not-found\"");
        body.ShouldNotContain("地域データセンターの回線増強");
    }

    [Theory]
    [InlineData("ops@vendor.example", true)]
    [InlineData("staff@minato.example", false)]
    public async Task Get_ComposePage_OpensForTheVendorOnly(string login, bool opens)
    {
        var client = await HubSession.SignInAsync(app, login);

        var response = await client.GetAsync(new Uri("/service-notices/new", UriKind.Relative), Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        if (opens)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            body.ShouldContain("data-testid=\"notice-publish\"");
        }
        else
        {
            body.ShouldNotContain("data-testid=\"notice-publish\"");
        }
    }

    [Fact]
    public async Task Get_WithdrawnAndCorrectedDemoNotices_ShowTheirStandingAndOfferNoFurtherChange()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var withdrawn = await db.ServiceNotices.Where(n => n.WithdrawnAt != null && n.PartnerCount == 1).Select(n => n.Id).FirstAsync(Token);
        var (original, correction) = await db.ServiceNotices.Where(n => n.SupersededById != null && n.PartnerCount == 1)
            .Select(n => new ValueTuple<Guid, Guid>(n.Id, n.SupersededById!.Value)).FirstAsync(Token);
        var ops = await HubSession.SignInAsync(app, "ops@vendor.example");

        var withdrawnPage = await ops.GetStringAsync(new Uri($"/service-notices/{withdrawn}", UriKind.Relative), Token);
        var originalPage = await ops.GetStringAsync(new Uri($"/service-notices/{original}", UriKind.Relative), Token);
        var correctionPage = await ops.GetStringAsync(new Uri($"/service-notices/{correction}", UriKind.Relative), Token);
        var composeCorrection = await ops.GetStringAsync(new Uri($"/service-notices/new?corrects={correction}", UriKind.Relative), Token);

        withdrawnPage.ShouldContain("data-testid=\"notice-withdrawn-note\"");
        withdrawnPage.ShouldNotContain("data-testid=\"notice-withdraw\"");
        originalPage.ShouldContain("data-testid=\"notice-superseded-note\"");
        originalPage.ShouldNotContain("data-testid=\"notice-correct\"");
        correctionPage.ShouldContain("data-testid=\"notice-corrects-note\"");
        correctionPage.ShouldContain("data-testid=\"notice-withdraw\"");
        composeCorrection.ShouldContain("data-testid=\"notice-correcting\"");
    }

    [Fact]
    public async Task Get_NoticeInForce_OffersWithdrawAndCorrectToVendorOperationsOnly()
    {
        var (noticeId, _) = await DemoNoticeOfAsync(DemoOrganisations.MinatoPartner);

        var ops = await (await HubSession.SignInAsync(app, "ops@vendor.example")).GetStringAsync(new Uri($"/service-notices/{noticeId}", UriKind.Relative), Token);
        var partner = await (await HubSession.SignInAsync(app, "admin@minato.example")).GetStringAsync(new Uri($"/service-notices/{noticeId}", UriKind.Relative), Token);

        ops.ShouldContain("data-testid=\"notice-withdraw\"");
        ops.ShouldContain("data-testid=\"notice-correct\"");
        partner.ShouldNotContain("data-testid=\"notice-withdraw\"");
        partner.ShouldNotContain("data-testid=\"notice-correct\"");
    }

    // The demo's per-partner maintenance notice (DemoServiceNotices): it concerns that partner's customers only.
    private async Task<(Guid Id, string Title)> DemoNoticeOfAsync(Guid partnerId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.ServiceNotices.Where(n => n.PartnerCount == 1 && n.Reason == "地域データセンターの回線増強（利用規約第14条第1項第1号）"
                && db.ServiceNoticePartners.Any(p => p.NoticeId == n.Id && p.PartnerId == partnerId))
            .Select(n => new ValueTuple<Guid, string>(n.Id, n.TitleJa)).FirstAsync(Token);
    }
}
