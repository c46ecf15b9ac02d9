using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Escalations.Attachments;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Features.Escalations;

public class CaseAttachmentsTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AttachmentFile File(string name, string type, byte[] content, long? declared = null) =>
        new(name, type, declared ?? content.LongLength, () => new MemoryStream(content));

    [Theory]
    [InlineData("setup.exe", "application/octet-stream", 10, AttachmentProblem.ExtensionNotAllowed)]
    [InlineData("capture.png", "application/pdf", 10, AttachmentProblem.ContentTypeNotAllowed)]
    [InlineData("big.pdf", "application/pdf", AttachmentRules.DefaultMaxSizeBytes + 1, AttachmentProblem.TooLarge)]
    [InlineData("empty.txt", "text/plain", 0, AttachmentProblem.Empty)]
    public async Task Upload_BreakingTheRules_IsRefusedWithItsProblem_AndStoresNothing(string name, string type, long declared, AttachmentProblem expected)
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        bool read = false;
        // The rules are checked on what the browser declared: a refused file is never even read, let alone stored.
        var file = new AttachmentFile(name, type, declared, () =>
        {
            read = true;
            return new MemoryStream(new byte[16]);
        });

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseAttachments>()
            .UploadAsync(opened.CaseId, file, NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token));

        result.Problem.ShouldBe(CaseProblem.Attachment);
        result.AttachmentProblem.ShouldBe(expected);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SupportCaseAttachments.AnyAsync(a => a.CaseId == opened.CaseId, Token)).ShouldBeFalse();
        read.ShouldBeFalse();
    }

    [Fact]
    public async Task Upload_ThatLiesAboutItsSize_IsRefusedAsTooLarge()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        var content = new byte[AttachmentRules.DefaultMaxSizeBytes + 10];
        Array.Fill(content, (byte)'a');

        var store = app.Services.GetRequiredService<AttachmentStore>();

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseAttachments>()
            .UploadAsync(opened.CaseId, File("proxy.log", "text/plain", content, declared: 100), NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token));

        result.AttachmentProblem.ShouldBe(AttachmentProblem.TooLarge);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SupportCaseAttachments.AnyAsync(a => a.CaseId == opened.CaseId, Token)).ShouldBeFalse();
        // The partial copy is removed as soon as the limit is passed: no file in the store is that large.
        Directory.GetFiles(store.Root).Select(f => new FileInfo(f).Length).ShouldAllBe(length => length <= AttachmentRules.DefaultMaxSizeBytes);
    }

    [Fact]
    public void ProblemMessages_AreLocalized_WithTheLimit()
    {
        var strings = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<PartnerHub.Resources.SharedStrings>>();
        using (PartnerHub.Infrastructure.Localization.CultureScope.Use(System.Globalization.CultureInfo.GetCultureInfo("ja")))
        {
            AttachmentMessages.Problem(strings, CaseAttachments.Rules, AttachmentProblem.TooLarge).ShouldBe("ファイルが大きすぎます（上限 20 MB）。");
            AttachmentMessages.Problem(strings, CaseAttachments.Rules, AttachmentProblem.ExtensionNotAllowed).ShouldContain("pdf");
        }

        using (PartnerHub.Infrastructure.Localization.CultureScope.Use(System.Globalization.CultureInfo.GetCultureInfo("en")))
        {
            AttachmentMessages.Problem(strings, CaseAttachments.Rules, AttachmentProblem.TooLarge).ShouldBe("The file is too large (limit 20 MB).");
        }
    }

    [Fact]
    public async Task Upload_OfAValidLog_IsStoredUnderItsKey_ScannedClean_AndDownloadableByThePartnerOnly()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        var bytes = Encoding.UTF8.GetBytes("2026-11-30 10:00:01 CONNECT 198.51.100.9:443\n");

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseAttachments>()
            .UploadAsync(opened.CaseId, File("proxy.log", "text/plain", bytes), NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token));

        result.Problem.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var attachment = await db.SupportCaseAttachments.SingleAsync(a => a.CaseId == opened.CaseId, Token);
        attachment.ScanStatus.ShouldBe(ScanStatus.Clean);
        var store = app.Services.GetRequiredService<AttachmentStore>();
        System.IO.File.Exists(Path.Combine(store.Root, attachment.StorageKey)).ShouldBeTrue();
        Directory.GetFiles(store.Root, "proxy.log").ShouldBeEmpty();

        var url = new Uri($"/escalations/{opened.CaseId}/attachments/{attachment.Id}", UriKind.Relative);
        var own = await (await HubSession.SignInAsync(app, "staff@minato.example")).GetAsync(url, Token);
        var other = await (await HubSession.SignInAsync(app, "staff@hokuriku.example")).GetAsync(url, Token);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsByteArrayAsync(Token)).ShouldBe(bytes);
        own.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_OfABinaryNamedTxt_FailsTheCheck_AndCannotBeDownloaded()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseAttachments>()
            .UploadAsync(opened.CaseId, File("notes.txt", "text/plain", [0x4D, 0x5A, 0x00, 0x00, 0x03]), NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token));

        result.Problem.ShouldBeNull();
        var view = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var item = view!.Attachments.ShouldHaveSingleItem();
        item.Attachment.ScanStatus.ShouldBe(ScanStatus.Failed);
        item.CanDownload.ShouldBeFalse();
    }

    [Fact]
    public async Task DeskOnlyAttachment_IsHiddenFromThePartner_InTheQueryAndTheEndpoint()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        (await AsDeskAsync(app, s => s.GetRequiredService<CaseAttachments>()
            .UploadAsync(opened.CaseId, File("portal-admin.png", "image/png", png), NoteVisibility.Internal, TlpMarking.AmberStrict, Token))).Problem.ShouldBeNull();

        var desk = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var partner = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var id = desk!.Attachments.ShouldHaveSingleItem().Attachment.Id;
        var response = await (await HubSession.SignInAsync(app, "staff@minato.example"))
            .GetAsync(new Uri($"/escalations/{opened.CaseId}/attachments/{id}", UriKind.Relative), Token);

        desk.Attachments.Single().CanDownload.ShouldBeTrue();
        partner!.Attachments.ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
