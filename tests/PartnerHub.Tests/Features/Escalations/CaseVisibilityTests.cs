using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Escalations;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Features.Escalations;

/// <summary>TLP visibility per role, through the query class the pages use (000 §9, the table on TlpPolicy).</summary>
public class CaseVisibilityTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "000 §9")]
    public async Task GetAsync_ShowsEachRoleOnlyTheNotesItsAudienceMaySee()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "internal-amber", NoteVisibility.Internal, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "shared-red", NoteVisibility.SharedWithPartner, TlpMarking.Red, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "shared-green", NoteVisibility.SharedWithPartner, TlpMarking.Green, Token)).Problem.ShouldBeNull();
            return true;
        });
        (await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().AddPartnerNoteAsync(opened.CaseId, "partner-red", TlpMarking.Red, Token)))
            .Problem.ShouldBeNull();

        var desk = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var partner = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var operations = await AsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var other = await AsPartnerAsync(app, DemoOrganisations.HokurikuPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));

        desk!.Audience.ShouldBe(TlpAudience.SecondLineDesk);
        desk.Notes.Select(n => n.Text).ShouldBe(["internal-amber", "shared-red", "shared-green", "partner-red"], ignoreOrder: true);
        partner!.Audience.ShouldBe(TlpAudience.OwningPartner);
        partner.Notes.Select(n => n.Text).ShouldBe(["shared-red", "shared-green", "partner-red"], ignoreOrder: true);
        // RED names the desk and the owning partner only; vendor operations see the desk-only AMBER note.
        operations!.Notes.Select(n => n.Text).ShouldBe(["internal-amber", "shared-green"], ignoreOrder: true);
        other.ShouldBeNull();
    }

    [Fact]
    public async Task AuditTrail_OfADeskOnlyNote_IsNotShownToThePartner()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var marker = "internal-audit-" + Guid.NewGuid().ToString("N");
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, marker, NoteVisibility.Internal, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            return true;
        });

        await using var partnerDb = app.CreateContext(TestScopes.MinatoStaff);
        await using var vendorDb = app.CreateContext(PartnerHub.Infrastructure.Tenancy.TenantScope.System);

        (await partnerDb.AuditEntries.AnyAsync(a => a.Changes.Contains(marker), Token)).ShouldBeFalse();
        (await vendorDb.AuditEntries.AnyAsync(a => a.Changes.Contains(marker), Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task AuditTrail_OfTheHistoryOfDeskOnlyItems_IsNotShownToThePartner()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "desk-only", NoteVisibility.Internal, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "shared", NoteVisibility.SharedWithPartner, TlpMarking.Green, Token)).Problem.ShouldBeNull();
            var upload = new PartnerHub.Infrastructure.Attachments.AttachmentFile("portal.png", "image/png", png.Length, () => new MemoryStream(png));
            (await s.GetRequiredService<PartnerHub.Features.Escalations.Attachments.CaseAttachments>()
                .UploadAsync(opened.CaseId, upload, NoteVisibility.Internal, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            return true;
        });
        await using var vendorDb = app.CreateContext(PartnerHub.Infrastructure.Tenancy.TenantScope.System);
        var deskOnlyIds = (await vendorDb.SupportCaseNotes.Where(n => n.CaseId == opened.CaseId && n.Visibility == NoteVisibility.Internal).Select(n => n.Id).ToListAsync(Token))
            .Concat(await vendorDb.SupportCaseAttachments.Where(a => a.CaseId == opened.CaseId).Select(a => a.Id).ToListAsync(Token))
            .Select(id => id.ToString())
            .ToList();
        var sharedId = (await vendorDb.SupportCaseNotes.SingleAsync(n => n.CaseId == opened.CaseId && n.Visibility == NoteVisibility.SharedWithPartner, Token)).Id.ToString();

        await using var partnerDb = app.CreateContext(TestScopes.MinatoStaff);
        var partnerAudit = await partnerDb.AuditEntries.Where(a => a.PartnerId == DemoOrganisations.MinatoPartner).Select(a => a.Changes).ToListAsync(Token);

        deskOnlyIds.Count.ShouldBe(2);
        partnerAudit.ShouldNotContain(changes => deskOnlyIds.Any(id => changes.Contains(id, StringComparison.Ordinal)));
        partnerAudit.ShouldContain(changes => changes.Contains(sharedId, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "000 §9")]
    public async Task ChangeMarking_ByThePartner_NarrowsFreelyWidensOnlyWithAReasonAndIsStored()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "shared-amber", NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            return true;
        });
        var noteId = (await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token)))!.Notes.Single(n => n.Text == "shared-amber").Id;
        Task<CaseResult> AsPartner(TlpMarking to, string? reason) =>
            AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().ChangeMarkingAsync(opened.CaseId, noteId, to, reason, Token));

        (await AsPartner(TlpMarking.Red, null)).Problem.ShouldBeNull();
        (await AsPartner(TlpMarking.Green, null)).Problem.ShouldBe(CaseProblem.ReasonRequired);
        (await AsPartner(TlpMarking.Green, "社内の情報システム部と共有するため")).Problem.ShouldBeNull();

        var desk = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        desk!.Notes.Single(n => n.Id == noteId).Marking.ShouldBe(TlpMarking.Green);
        desk.History.ShouldContain(e => e.Kind == SupportCaseEventKind.MarkingChanged && e.Detail!.EndsWith("社内の情報システム部と共有するため", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HearingSheet_MarkedRed_IsVisibleButNotExportable()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        (await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(opened.CaseId, ValidSheet(), TlpMarking.Red, Token)))
            .Problem.ShouldBeNull();

        var partner = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var operations = await AsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));

        partner!.HasHearingSheet.ShouldBeTrue();
        partner.HearingSheetExportable.ShouldBeFalse();
        operations!.HasHearingSheet.ShouldBeFalse();
    }

    private async Task<T> AsAsync<T>(PartnerHub.Infrastructure.Tenancy.TenantScope user, string role, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.ScopeFor(user, role);
        return await action(scope.ServiceProvider);
    }
}
