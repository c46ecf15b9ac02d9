using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ParameterSheets;

/// <summary>The hardware vendor reads the sheet it applies when kitting (004 別紙4 §2-1), and no other sheet.</summary>
public class KittingSheetTests(HubAppFactory app)
{
    private const string SiteAddress = "東京都港区芝浦3-4-1";

    [Fact]
    [Trait("Article", "004 別紙4 §2-1")]
    public async Task Open_WhenHardwareVendorHoldsTheKittingTask_ShowsTheSheetAndItsDownload()
    {
        var (contractId, sheetId) = await ContractWithSheetAsync();
        var toho = await HubSession.SignInAsync(app, "kitting@toho.example");

        // Before the task exists the sheet is not the hardware vendor's to read.
        (await PageAsync(toho, $"/parameter-sheets/{sheetId}/kitting")).ShouldContain("data-testid=\"not-found\"");
        (await toho.GetAsync(new Uri($"/parameter-sheets/{sheetId}/kitting/sheet.xlsx", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await ArrangeAsync(contractId, DemoOrganisations.TohoHardwareVendor)).ShouldBeNull();
        var taskId = await TaskOfAsync(contractId);

        var taskPage = await PageAsync(toho, $"/kitting/{taskId}");
        var sheetPage = await PageAsync(toho, $"/parameter-sheets/{sheetId}/kitting");
        var download = await toho.GetAsync(new Uri($"/parameter-sheets/{sheetId}/kitting/sheet.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        taskPage.ShouldContain($"parameter-sheets/{sheetId}/kitting");
        sheetPage.ShouldContain("data-testid=\"kitting-sheet\"");
        sheetPage.ShouldContain(SiteAddress);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Open_WhenTheTaskIsAnotherHardwareVendors_IsNotFoundByUrlAndDownload()
    {
        var (contractId, sheetId) = await ContractWithSheetAsync();
        (await ArrangeAsync(contractId, await OtherHardwareVendorAsync())).ShouldBeNull();
        var taskId = await TaskOfAsync(contractId);
        var toho = await HubSession.SignInAsync(app, "kitting@toho.example");

        var sheetPage = await PageAsync(toho, $"/parameter-sheets/{sheetId}/kitting");
        var download = await toho.GetAsync(new Uri($"/parameter-sheets/{sheetId}/kitting/sheet.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);
        var partnerPage = await toho.GetAsync(new Uri($"/parameter-sheets/{sheetId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var partnerTemplate = await toho.GetAsync(new Uri($"/parameter-sheets/{sheetId}/template.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        sheetPage.ShouldContain("data-testid=\"not-found\"");
        sheetPage.ShouldNotContain(SiteAddress);
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        partnerPage.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        partnerTemplate.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        await using var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor);
        var queries = scope.ServiceProvider.GetRequiredService<KittingSheetQueries>();
        (await queries.FindForKittingTaskAsync(taskId, TestContext.Current.CancellationToken)).ShouldBeNull();
        (await queries.GetAsync(sheetId, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task Open_AsPartners_OwnSheetPageUnchangedAndNoKittingViewOrOtherPartnersSheet()
    {
        var (contractId, sheetId) = await ContractWithSheetAsync();
        (await ArrangeAsync(contractId, DemoOrganisations.TohoHardwareVendor)).ShouldBeNull();
        var minato = await HubSession.SignInAsync(app, "staff@minato.example");
        var hokuriku = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        (await PageAsync(minato, $"/parameter-sheets/{sheetId}")).ShouldContain(SiteAddress);
        (await PageAsync(hokuriku, $"/parameter-sheets/{sheetId}")).ShouldContain("data-testid=\"not-found\"");
        (await hokuriku.GetAsync(new Uri($"/parameter-sheets/{sheetId}/kitting", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await hokuriku.GetAsync(new Uri($"/parameter-sheets/{sheetId}/kitting/sheet.xlsx", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await hokuriku.GetAsync(new Uri($"/parameter-sheets/{sheetId}/template.xlsx", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static ParameterSheetContent Valid() => new()
    {
        SiteName = "本社", SiteAddress = SiteAddress, ManagementIp = "192.168.10.20", PrefixLength = 24, Gateway = "192.168.10.1",
        DnsServers = "192.168.10.2", MirrorPort = "SW1 Gi1/0/48", MonitoredSegments = "192.168.10.0/24", ExpectedBandwidthMbps = 300,
        ExpectedEndpoints = 200, NotificationEmails = "soc@example.jp", OnSiteContactName = "鈴木 一郎", OnSiteContactPhone = "03-1234-5678",
    };

    private static async Task<string> PageAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken));

    private async Task<(Guid ContractId, Guid SheetId)> ContractWithSheetAsync()
    {
        Guid customerId;
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).Skip(3).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var quote = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, Endpoints = 200, BandwidthMbps = 300 }, TestContext.Current.CancellationToken);
        var contractId = (await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(quote.QuoteId!.Value, TestContext.Current.CancellationToken)).ContractId!.Value;
        var sheet = await scope.ServiceProvider.GetRequiredService<ParameterSheetWork>().CreateForContractAsync(contractId, Valid(), TestContext.Current.CancellationToken);
        return (contractId, sheet.SheetId!.Value);
    }

    private async Task<LogisticsProblem?> ArrangeAsync(Guid contractId, Guid hardwareVendorId)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ArrangeKitting>().ExecuteAsync(contractId, hardwareVendorId, TestContext.Current.CancellationToken);
    }

    private async Task<Guid> TaskOfAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.KittingTasks.Where(t => t.ContractId == contractId).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> OtherHardwareVendorAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var vendor = new Organisation(Guid.NewGuid(), OrganisationKind.HardwareVendor, "株式会社別キッティング", "ベツキッティング");
        db.Organisations.Add(vendor);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return vendor.Id;
    }
}
