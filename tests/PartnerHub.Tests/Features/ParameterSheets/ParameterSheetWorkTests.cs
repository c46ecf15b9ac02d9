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

    [Fact]
    public async Task ExcelRoundTrip_TemplateFilledOfflineAndUploaded_BecomesANewVersion()
    {
        var (sheetId, template) = await DownloadedTemplateAsync();
        await using var services = app.Services.CreateAsyncScope();
        var workbook = services.ServiceProvider.GetRequiredService<ParameterSheetWorkbook>();

        var filled = SetValues(template, ("NtpServers", "ntp.nict.jp"), ("ExpectedEndpoints", "450"));
        var read = workbook.Read(new MemoryStream(filled), "CTS");

        read.Problems.ShouldBeEmpty();
        read.Content!.ExpectedEndpoints.ShouldBe(450);
        var version = await VersionOfAsync(sheetId);
        (await AsPartner(w => w.ReviseAsync(sheetId, read.Content, version, TestContext.Current.CancellationToken))).Problem.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var versions = await db.ParameterSheetVersions.Where(v => v.SheetId == sheetId).OrderBy(v => v.Number).ToListAsync(TestContext.Current.CancellationToken);
        versions.Count.ShouldBe(2);
        versions[1].Content.NtpServers.ShouldBe("ntp.nict.jp");
    }

    [Fact]
    public async Task ExcelUpload_WithInvalidCells_ListsEveryCellAndStoresNothing()
    {
        var (sheetId, template) = await DownloadedTemplateAsync();
        await using var services = app.Services.CreateAsyncScope();
        var workbook = services.ServiceProvider.GetRequiredService<ParameterSheetWorkbook>();

        var read = workbook.Read(new MemoryStream(SetValues(template, ("ManagementIp", "192.168.10.300"), ("MonitoredSegments", "10.0.0.1/8"), ("PrefixLength", "abc"))), "CTS");
        var notTemplate = workbook.Read(new MemoryStream([1, 2, 3]), "CTS");

        read.Content.ShouldBeNull();
        read.Problems.Select(p => p.Cell).ShouldBe(["C5", "C6", "C12"], ignoreOrder: true);
        read.Problems.ShouldAllBe(p => p.Sheet == ParameterSheetWorkbook.InputSheetName && p.Reason.Length > 0);
        notTemplate.Rejection.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ParameterSheetVersions.CountAsync(v => v.SheetId == sheetId, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task ExcelUpload_LineSpeed_IsReadAndATemplateWithoutItsRowStillImports()
    {
        var (_, template) = await DownloadedTemplateAsync();
        await using var services = app.Services.CreateAsyncScope();
        var workbook = services.ServiceProvider.GetRequiredService<ParameterSheetWorkbook>();

        var stated = workbook.Read(new MemoryStream(SetValues(template, ("LineSpeedMbps", "1000"))), "CTS");
        var blank = workbook.Read(new MemoryStream(SetValues(template, ("LineSpeedMbps", " "))), "CTS");
        var typo = workbook.Read(new MemoryStream(SetValues(template, ("LineSpeedMbps", "1 Gbps"))), "CTS");
        var oldLayout = workbook.Read(new MemoryStream(WithoutRow(SetValues(template, ("LineSpeedMbps", "1000")), "LineSpeedMbps")), "CTS");

        stated.Problems.ShouldBeEmpty();
        stated.Content!.LineSpeedMbps.ShouldBe(1000);
        blank.Problems.ShouldBeEmpty();
        blank.Content!.LineSpeedMbps.ShouldBeNull();
        typo.Content.ShouldBeNull();
        typo.Problems.ShouldHaveSingleItem().Cell.ShouldBe("C14");
        oldLayout.Problems.ShouldBeEmpty();
        oldLayout.Content!.LineSpeedMbps.ShouldBeNull();
        oldLayout.Content.ExpectedBandwidthMbps.ShouldBe(Valid().ExpectedBandwidthMbps);
    }

    // A new sheet's Excel template as partner staff download it.
    private async Task<(Guid SheetId, byte[] Template)> DownloadedTemplateAsync()
    {
        var contractId = await OrderedContractAsync();
        var sheetId = (await AsPartner(w => w.CreateForContractAsync(contractId, Valid(), TestContext.Current.CancellationToken))).SheetId!.Value;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        return (sheetId, await client.GetByteArrayAsync(new Uri($"/parameter-sheets/{sheetId}/template.xlsx", UriKind.Relative), TestContext.Current.CancellationToken));
    }

    // A template from before a field existed: its row is simply not there.
    private static byte[] WithoutRow(byte[] workbook, string key)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().FirstOrDefault()?.InnerText == key).Remove();
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    // Types values into the template's input column (C) the way a user would in Excel.
    private static byte[] SetValues(byte[] template, params (string Key, string Value)[] values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            foreach (var row in part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
            {
                var cells = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
                var key = cells.FirstOrDefault()?.InnerText;
                foreach (var (field, value) in values.Where(v => v.Key == key))
                {
                    var target = cells.Single(c => c.CellReference!.Value!.StartsWith('C'));
                    target.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString;
                    target.InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value));
                }
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
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
