using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// The partner escalates from an alert, the desk takes it, writes an internal and a shared note and reports; the partner
/// sees the report and the shared note, never the internal one (004 別紙3 §1-2, §1-3; 000 §9).
/// </summary>
public class EscalationWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task Escalation_FromAlertToReport_PartnerSeesReportButNotInternalNote()
    {
        await using var db = hub.Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);
        var alert = await db.SensorEvents.AsNoTracking()
            .Where(e => e.Kind == TelemetryKind.Alert && e.PartnerId == DemoOrganisations.MinatoPartner && e.CustomerId != null)
            .OrderByDescending(e => e.ObservedAt).FirstAsync(TestContext.Current.CancellationToken);
        var contact = (await db.Customers.AsNoTracking().SingleAsync(c => c.Id == alert.CustomerId, TestContext.Current.CancellationToken)).ServiceContact;

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@minato.example");
        await partner.GotoInteractiveAsync($"/alerts/{alert.EventId}");
        await partner.GetByTestId("alert-new-inquiry").ClickAsync();
        var partnerCase = new EscalationCasePage(partner);
        await partnerCase.OpenInquiryAsync(contact.Name, contact.Phone);
        await partnerCase.FillHearingSheetAsync("英語のアラートが何を意味するか知りたい", "2026-11-30");
        await partnerCase.EscalateAsync();
        var caseUrl = partner.Url;

        var desk = await hub.NewPageAsync();
        await new LoginPage(desk).SignInAsync("desk@vendor.example");
        await desk.GotoInteractiveAsync(caseUrl);
        var deskCase = new EscalationCasePage(desk);
        await desk.GetByTestId("assign-me").ClickAsync();
        await deskCase.WaitForStatusAsync("二次対応中");
        await deskCase.AddNoteAsync("内部: 管理ポータルでは横展開の兆候なし", shared: false);
        await deskCase.AddNoteAsync("共有: 該当端末のプロキシログをご確認ください", shared: true);
        await deskCase.ReportAsync("C2通信の疑いは誤検知と判断しました", "対応は不要です", "シグネチャ更新を継続します");

        await partner.GotoInteractiveAsync(caseUrl);
        await partnerCase.WaitForStatusAsync("報告済");
        (await partner.GetByTestId("reports").InnerTextAsync()).ShouldContain("C2通信の疑いは誤検知と判断しました");
        var notes = await partner.GetByTestId("notes").InnerTextAsync();
        notes.ShouldContain("共有: 該当端末のプロキシログをご確認ください");
        notes.ShouldNotContain("内部: 管理ポータルでは横展開の兆候なし");
    }
}
