using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ParameterSheets;

public class ParameterSheetWorkTests(HubAppFactory app)
{
    private static ParameterSheetContent Valid() => new()
    {
        SiteName = "本社", SiteAddress = "東京都港区芝浦3-4-1", ManagementIp = "192.168.10.20", PrefixLength = 24, Gateway = "192.168.10.1",
        DnsServers = "192.168.10.2", MirrorPort = "SW1 Gi1/0/48", MonitoredSegments = "192.168.10.0/24", ExpectedBandwidthMbps = 300,
        ExpectedEndpoints = 200, NotificationEmails = "soc@example.jp", OnSiteContactName = "鈴木 一郎", OnSiteContactPhone = "03-1234-5678",
    };

    [Fact]
    [Trait("Article", "004 別紙4 §2-4..§2-6")]
    public async Task Workflow_FromDraftToConfirmed_AcrossPartnerAndVendorOperations()
    {
        var contractId = await OrderedContractAsync();
        var created = await AsPartner(w => w.CreateForContractAsync(contractId, Valid(), TestContext.Current.CancellationToken));
        var sheetId = created.SheetId!.Value;

        (await AsPartner(w => w.MoveAsync(sheetId, ParameterSheetStatus.Submitted, null, TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        (await AsPartner(w => w.MoveAsync(sheetId, ParameterSheetStatus.Registered, null, TestContext.Current.CancellationToken))).Problem.ShouldBe(SheetProblem.NotAllowed);
        (await AsOperations(w => w.MoveAsync(sheetId, ParameterSheetStatus.Returned, "プロキシの記載がありません", TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        var version = await VersionOfAsync(sheetId);
        (await AsPartner(w => w.ReviseAsync(sheetId, Valid() with { Proxy = "proxy.example.jp:8080" }, version, TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        (await AsPartner(w => w.MoveAsync(sheetId, ParameterSheetStatus.Submitted, null, TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        (await AsOperations(w => w.MoveAsync(sheetId, ParameterSheetStatus.Registered, null, TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        (await AsOperations(w => w.MoveAsync(sheetId, ParameterSheetStatus.DataCollectionConfirmed, null, TestContext.Current.CancellationToken))).Problem.ShouldBe(SheetProblem.CommentRequired);
        (await AsOperations(w => w.MoveAsync(sheetId, ParameterSheetStatus.DataCollectionConfirmed, "ポータルで受信を確認", TestContext.Current.CancellationToken))).Problem.ShouldBeNull();

        await using var db = app.CreateContext(TenantScope.System);
        var sheet = await db.ParameterSheets.Include(s => s.Versions).SingleAsync(s => s.Id == sheetId, TestContext.Current.CancellationToken);
        sheet.Status.ShouldBe(ParameterSheetStatus.DataCollectionConfirmed);
        sheet.Versions.Count.ShouldBe(2);
        (await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken)).Status.ShouldBe(ContractStatus.ParameterSheet);
    }

    [Fact]
    public async Task Create_WithInvalidFields_ReportsThemAndStoresNothing()
    {
        var contractId = await OrderedContractAsync();

        var result = await AsPartner(w => w.CreateForContractAsync(contractId, Valid() with { Gateway = "10.0.0.1", ExpectedEndpoints = 5_000 }, TestContext.Current.CancellationToken));

        result.Problem.ShouldBe(SheetProblem.Invalid);
        result.FieldProblems!.Keys.ShouldBe(["Gateway", "ExpectedEndpoints"], ignoreOrder: true);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ParameterSheets.AnyAsync(s => s.ContractId == contractId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken)).Status.ShouldBe(ContractStatus.Ordered);
    }

    [Fact]
    public async Task Sheets_OfAnotherPartner_CannotBeReadOrRevised()
    {
        var contractId = await OrderedContractAsync();
        var sheetId = (await AsPartner(w => w.CreateForContractAsync(contractId, Valid(), TestContext.Current.CancellationToken))).SheetId!.Value;
        var version = await VersionOfAsync(sheetId);

        await using var scope = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);
        var revised = await scope.ServiceProvider.GetRequiredService<ParameterSheetWork>().ReviseAsync(sheetId, Valid() with { SiteName = "乗っ取り" }, version, TestContext.Current.CancellationToken);
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/parameter-sheets/{sheetId}", UriKind.Relative), TestContext.Current.CancellationToken));

        revised.Problem.ShouldBe(SheetProblem.NotFound);
        page.ShouldContain("data-testid=\"not-found\"");
        page.ShouldNotContain("192.168.10.20");
    }

    private Task<SheetResult> AsPartner(Func<ParameterSheetWork, Task<SheetResult>> action) => RunAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, action);

    private Task<SheetResult> AsOperations(Func<ParameterSheetWork, Task<SheetResult>> action) => RunAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, action);

    private async Task<SheetResult> RunAsync(TenantScope user, string role, Func<ParameterSheetWork, Task<SheetResult>> action)
    {
        await using var scope = app.ScopeFor(user, role);
        return await action(scope.ServiceProvider.GetRequiredService<ParameterSheetWork>());
    }

    private async Task<Guid> VersionOfAsync(Guid sheetId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.ParameterSheets.Where(s => s.Id == sheetId).Select(s => s.Version).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> OrderedContractAsync()
    {
        Guid customerId;
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).Skip(3).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var quote = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, Endpoints = 200, BandwidthMbps = 300 }, TestContext.Current.CancellationToken);
        return (await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(quote.QuoteId!.Value, TestContext.Current.CancellationToken)).ContractId!.Value;
    }
}
