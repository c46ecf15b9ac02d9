using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>The isolation matrix for downloads: exports and documents carry only the requester's own data.</summary>
public class ExportIsolationTests(HubAppFactory app)
{
    [Fact]
    public async Task CustomerExport_WhenPartnerDownloads_HoldsOnlyItsOwnCustomers()
    {
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        // Other tests add Minato customers in parallel: the export must hold every one present before it and none after.
        int before = await CountCustomersAsync(DemoOrganisations.MinatoPartner);

        var response = await client.GetAsync(new Uri("/customers/export.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var sheet = ExcelReader.ReadSheet(stream);
        var partnerColumn = sheet.Rows.Skip(1).Select(r => r[12]?.ToString()).Distinct().ToList();
        partnerColumn.ShouldBe(["株式会社みなと情報システム"]);
        (sheet.Rows.Count - 1).ShouldBeInRange(before, await CountCustomersAsync(DemoOrganisations.MinatoPartner));
    }

    [Fact]
    public async Task CustomerExport_WhenSearchGiven_AppliesTheSameFilterAsThePage()
    {
        var client = await HubSession.SignInAsync(app, "admin@vendor.example");

        var response = await client.GetAsync(new Uri("/customers/export.xlsx?prefecture=%E7%9F%B3%E5%B7%9D%E7%9C%8C", UriKind.Relative), TestContext.Current.CancellationToken);

        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var sheet = ExcelReader.ReadSheet(stream);
        sheet.Rows.Skip(1).Select(r => r[4]?.ToString()).Distinct().ShouldBe(["石川県"]);
    }

    [Fact]
    public async Task MasterSheet_WhenPartnerAdminAsksForAnotherPartner_Gets404()
    {
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await client.GetAsync(new Uri($"/organisations/{DemoOrganisations.HokurikuPartner}/master-sheet.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        body.ShouldNotContain("北陸ビジネスソリューションズ");
        body.ShouldNotStartWith("%PDF");
    }

    [Fact]
    public async Task MasterSheet_WhenPartnerAdminAsksForOwnOrganisation_GetsThePdf()
    {
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await client.GetAsync(new Uri($"/organisations/{DemoOrganisations.MinatoPartner}/master-sheet.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task MasterSheet_WhenPartnerStaffAsks_IsDenied()
    {
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/organisations/{DemoOrganisations.MinatoPartner}/master-sheet.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private async Task<int> CountCustomersAsync(Guid partnerId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Customers.CountAsync(c => c.PartnerId == partnerId, TestContext.Current.CancellationToken);
    }
}
