using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Exports;

/// <summary>
/// Every finance export URL refuses a partner's users and vendor staff outside finance; a statement is a partner's own only.
/// </summary>
public class FinanceExportIsolationTests(HubAppFactory app)
{
    public static TheoryData<string> ExportUrls =>
    [
        "/billing/exports/register.xlsx?from=2026-01-01&to=2026-12-31",
        "/billing/exports/register.csv?from=2026-01-01&to=2026-12-31",
        "/billing/exports/aging.xlsx",
        "/billing/exports/deferred-revenue.xlsx?from=2026-01-01&to=2026-12-31",
        "/billing/exports/journal-yayoi.csv?from=2026-01-01&to=2026-12-31",
        "/billing/exports/journal-freee.csv?from=2026-01-01&to=2026-12-31&encoding=utf8",
        $"/billing/exports/register.xlsx?partner={DemoOrganisations.MinatoPartner}",
        "/billing/exports",
        "/billing/exports/journal-mapping",
    ];

    [Theory]
    [MemberData(nameof(ExportUrls))]
    public async Task FinanceExport_AsPartnerAdminOrStaff_IsRefused(string url)
    {
        foreach (var login in new[] { "admin@minato.example", "staff@hokuriku.example" })
        {
            var client = await HubSession.SignInAsync(app, login);

            var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

            ShouldBeRefused(response, login);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            body.Take(2).ShouldNotBe("PK"u8.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(ExportUrls))]
    public async Task FinanceExport_AsVendorOperations_IsRefused(string url)
    {
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        ShouldBeRefused(response, "ops@vendor.example");
    }

    [Fact]
    public async Task RegisterExport_AsVendorAdmin_IsAWorkbook()
    {
        var client = await HubSession.SignInAsync(app, "admin@vendor.example");

        var sheets = await ExportFiles.WorkbookAsync(client, "/billing/exports/register.xlsx?from=2026-01-01&to=2026-12-31");

        sheets[0].Rows[0].Cells.Count.ShouldBe(16);
    }

    [Fact]
    public async Task Statement_PartnerAsksForAnotherPartner_Gets404AndNoPdf()
    {
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/billing/statement/{DemoOrganisations.HokurikuPartner}.pdf?month=2026-11", UriKind.Relative),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotStartWith("%PDF");
    }

    [Fact]
    public async Task Statement_PartnerAsksForItsOwn_GetsThePdfWithItsName()
    {
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await client.GetAsync(new Uri($"/billing/statement/{DemoOrganisations.MinatoPartner}.pdf?month=2026-11", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain("株式会社みなと情報システム");
        text.ShouldNotContain("北陸ビジネスソリューションズ");
    }

    [Fact]
    public async Task StatementPage_PartnerStaff_ShowsOnlyItsOwnPartner()
    {
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/billing/statement", UriKind.Relative), TestContext.Current.CancellationToken));

        body.ShouldContain("北陸ビジネスソリューションズ株式会社");
        body.ShouldNotContain("株式会社みなと情報システム");
        body.ShouldNotContain("data-testid=\"statement-partner\"");
    }

    [Fact]
    public async Task Statement_FinanceAsksForAnyPartner_GetsIt()
    {
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var response = await client.GetAsync(new Uri($"/billing/statement/{DemoOrganisations.SakuraPartner}.pdf?month=2026-11", UriKind.Relative),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task Home_Finance_ShowsTheFinancePanel()
    {
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var body = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        body.ShouldContain("data-testid=\"finance-home\"");
        body.ShouldContain("data-testid=\"finance-receivables\"");
        body.ShouldContain("href=\"billing/runs\"");
    }

    [Fact]
    public async Task Home_PartnerAdmin_HasNoFinancePanel()
    {
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var body = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        body.ShouldNotContain("data-testid=\"finance-home\"");
    }

    [Fact]
    public async Task JournalMapping_PartnerContext_CannotWriteIt()
    {
        await using var partner = app.CreateContext(TestScopes.MinatoStaff);

        // Other tests store mappings meanwhile; whatever is stored, a partner's context sees none of it.
        (await partner.JournalMappingSettings.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        partner.JournalMappingSettings.Add(JournalMappingSetting.Create(Guid.NewGuid(), JournalTarget.Yayoi, JournalMappings.Preset(JournalTarget.Yayoi),
            TimeProvider.System.GetUtcNow(), "staff@minato.example"));
        await Should.ThrowAsync<TenantAccessDeniedException>(() => partner.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    private static void ShouldBeRefused(HttpResponseMessage response, string login)
    {
        response.StatusCode.ShouldBeOneOf(new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.NotFound }, login);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location?.ToString().ShouldContain("AccessDenied");
        }
    }
}
