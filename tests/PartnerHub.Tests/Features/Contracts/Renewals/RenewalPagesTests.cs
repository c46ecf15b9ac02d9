using System.Net;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>The renewal pages render (prerendered over HTTP) for the roles that use them, and the export holds the worklist.</summary>
public class RenewalPagesTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RenewalPages_ForVendorOperations_RenderWithTheRunNowButton()
    {
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");

        var worklist = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/renewals", UriKind.Relative), Token));
        var runs = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/renewals/runs", UriKind.Relative), Token));
        using var export = await client.GetAsync(new Uri("/renewals/export.xlsx?window=Weeks26", UriKind.Relative), Token);

        worklist.ShouldContain("data-testid=\"renewal-table\"");
        worklist.ShouldContain("更新拒絶の申出期限");
        runs.ShouldContain("data-testid=\"renewal-runs-table\"");
        runs.ShouldContain("data-testid=\"renewal-run-now\"");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsByteArrayAsync(Token)).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task RenewalPages_ForPartnerStaff_ShowTheWorklistButNotTheRunReport()
    {
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var worklist = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/renewals", UriKind.Relative), Token));
        using var runs = await client.GetAsync(new Uri("/renewals/runs", UriKind.Relative), Token);

        worklist.ShouldContain("data-testid=\"renewal-table\"");
        worklist.ShouldContain("data-testid=\"nav-renewals\"");
        worklist.ShouldNotContain("data-testid=\"nav-renewal-runs\"");
        runs.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
