using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Runs;

/// <summary>The run pages render (prerendered over HTTP) for finance, and stay shut to partners.</summary>
public class InvoicingRunPagesTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunPages_ForFinance_RenderTheMonthFormTheHistoryAndTheDemoRunsReport()
    {
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");
        Guid demoRun;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            demoRun = await db.InvoicingRuns.OrderBy(r => r.StartedAt).Select(r => r.Id).FirstAsync(Token);
        }

        var runs = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/billing/runs?month=2026-11", UriKind.Relative), Token));
        var report = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/runs/{demoRun}", UriKind.Relative), Token));

        runs.ShouldContain("data-testid=\"run-preview\"");
        runs.ShouldContain("data-testid=\"run-issue\"");
        runs.ShouldContain("data-testid=\"run-history-table\"");
        runs.ShouldContain("請求締め処理");
        report.ShouldContain("data-testid=\"run-report\"");
        report.ShouldContain("data-testid=\"run-problem-table\"");
    }

    [Theory]
    [InlineData("admin@minato.example")]
    [InlineData("staff@minato.example")]
    public async Task RunPages_ForPartners_AreNotServedAndNotInTheMenu(string login)
    {
        var client = await HubSession.SignInAsync(app, login);

        using var runs = await client.GetAsync(new Uri("/billing/runs", UriKind.Relative), Token);
        var invoices = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/billing/invoices", UriKind.Relative), Token));

        runs.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        invoices.ShouldNotContain("data-testid=\"nav-invoicing-runs\"");
    }
}
