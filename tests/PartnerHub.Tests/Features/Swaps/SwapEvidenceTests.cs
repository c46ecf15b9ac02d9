using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Swaps;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Swaps;

/// <summary>Evidence files on a swap case (004 §7-1: the customer's written report; photos of the unit).</summary>
public class SwapEvidenceTests(HubAppFactory app)
{
    private static readonly byte[] s_pdf = "%PDF-1.4\n% 故障の報告書\n"u8.ToArray();
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => PartnerHub.Infrastructure.Localization.JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    private static AttachmentFile File(string name, string type, byte[] content) => new(name, type, content.LongLength, () => new MemoryStream(content));

    [Fact]
    public async Task Open_WithEvidence_KeepsTheFilesWithTheCase_ListedWithNameSizeUploaderAndTime()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);

        var swapId = (await OpenAsync(deployment.ApplianceId, File("書面報告.pdf", "application/pdf", s_pdf), File("front.png", "image/png", s_png))).SwapCaseId!.Value;

        await using var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var evidence = (await ops.ServiceProvider.GetRequiredService<SwapQueries>().GetAsync(swapId, Token))!.Case.Evidence;
        evidence.Select(e => (e.FileName, e.SizeBytes, e.UploadedBy, e.ScanStatus)).ShouldBe(
            [("書面報告.pdf", s_pdf.LongLength, "staff@minato.example", ScanStatus.Clean), ("front.png", s_png.LongLength, "staff@minato.example", ScanStatus.Clean)],
            ignoreOrder: true);
        evidence.ShouldAllBe(e => e.At > TimeProvider.System.GetUtcNow().AddMinutes(-5));
    }

    [Fact]
    public async Task Open_WithAFileBreakingTheRules_OpensNothing_AndStoresNothing()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        bool read = false;
        var executable = new AttachmentFile("report.exe", "application/octet-stream", 10, () =>
        {
            read = true;
            return new MemoryStream(new byte[10]);
        });

        var result = await OpenAsync(deployment.ApplianceId, File("書面報告.pdf", "application/pdf", s_pdf), executable);

        (result.Failure, result.Evidence).ShouldBe((SwapFailure.Evidence, AttachmentProblem.ExtensionNotAllowed));
        read.ShouldBeFalse();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SwapCases.AnyAsync(s => s.OldApplianceId == deployment.ApplianceId, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Open_WithAFileLargerThanDeclared_IsRefusedAsTooLarge_AndOpensNothing()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var store = app.Services.GetRequiredService<AttachmentStore>();
        var tooLong = new byte[AttachmentRules.DefaultMaxSizeBytes + 10];

        // The browser declared 100 bytes; the store finds more than the limit while copying.
        var result = await OpenAsync(deployment.ApplianceId, new AttachmentFile("photo.jpg", "image/jpeg", 100, () => new MemoryStream(tooLong)));

        result.Evidence.ShouldBe(AttachmentProblem.TooLarge);
        Directory.GetFiles(store.Root).Select(f => new FileInfo(f).Length).ShouldAllBe(length => length <= AttachmentRules.DefaultMaxSizeBytes);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SwapCases.AnyAsync(s => s.OldApplianceId == deployment.ApplianceId, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Download_OfEvidence_ServesThePartnerAndVendorOperations_AnotherPartnerGetsNotFound()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = (await OpenAsync(deployment.ApplianceId, File("書面報告.pdf", "application/pdf", s_pdf))).SwapCaseId!.Value;
        Guid evidenceId;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            evidenceId = await db.SwapEvidence.Where(e => e.SwapCaseId == swapId).Select(e => e.Id).SingleAsync(Token);
        }

        var url = new Uri("/" + SwapEndpoints.EvidencePath(swapId, evidenceId), UriKind.Relative);
        var own = await (await HubSession.SignInAsync(app, "staff@minato.example")).GetAsync(url, Token);
        var vendor = await (await HubSession.SignInAsync(app, "ops@vendor.example")).GetAsync(url, Token);
        var other = await (await HubSession.SignInAsync(app, "staff@hokuriku.example")).GetAsync(url, Token);
        var page = WebUtility.HtmlDecode(await (await HubSession.SignInAsync(app, "ops@vendor.example")).GetStringAsync(new Uri($"/swaps/{swapId}", UriKind.Relative), Token));

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsByteArrayAsync(Token)).ShouldBe(s_pdf);
        own.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        vendor.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.ShouldContain("書面報告.pdf");
        page.ShouldContain(SwapEndpoints.EvidencePath(swapId, evidenceId));
    }

    [Fact]
    public async Task Upload_WhileOpen_AddsTheFile_AnotherPartnerCannot_AndNoneAfterWithdrawal()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = (await OpenAsync(deployment.ApplianceId)).SwapCaseId!.Value;

        await using (var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff))
        {
            (await hokuriku.ServiceProvider.GetRequiredService<SwapEvidenceUploads>().UploadAsync(swapId, File("x.png", "image/png", s_png), Token))
                .Failure.ShouldBe(SwapFailure.NotFound);
        }

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            (await ops.ServiceProvider.GetRequiredService<SwapEvidenceUploads>().UploadAsync(swapId, File("x.png", "image/png", s_png), Token))
                .Failure.ShouldBe(SwapFailure.NotAllowed);
        }

        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var uploads = minato.ServiceProvider.GetRequiredService<SwapEvidenceUploads>();
            (await uploads.UploadAsync(swapId, File("後日の写真.png", "image/png", s_png), Token)).Succeeded.ShouldBeTrue();
            (await minato.ServiceProvider.GetRequiredService<SwapWork>().WithdrawAsync(swapId, "誤登録", Token)).Succeeded.ShouldBeTrue();
            (await uploads.UploadAsync(swapId, File("more.png", "image/png", s_png), Token)).Evidence.ShouldBe(AttachmentProblem.NotAllowedNow);
        }

        await using var db = app.CreateContext(TenantScope.System);
        (await db.SwapEvidence.Where(e => e.SwapCaseId == swapId).Select(e => e.FileName).ToListAsync(Token)).ShouldBe(["後日の写真.png"]);
    }

    private async Task<SwapResult> OpenAsync(Guid applianceId, params AttachmentFile[] evidence)
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<OpenSwap>().ExecuteAsync(
            new OpenSwapRequest(applianceId, SwapReason.Failure, "電源ランプが点滅し応答しない", TimeProvider.System.GetUtcNow().AddHours(-3), Today, evidence), Token);
    }
}
