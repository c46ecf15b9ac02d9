using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Support.EscalationTestData;

namespace PartnerHub.Tests.Features.Escalations;

public partial class EscalationWorkflowTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 別紙3 §1-2, §1-3")]
    public async Task Chain_PartnerEscalatesFromAlert_DeskWorksAndReports_PartnerReadsReportButNotInternalNote()
    {
        var partner = DemoOrganisations.MinatoPartner;
        var opened = await OpenFromAlertAsync(app, partner, Token);

        var afterOpen = await AsPartnerAsync(app, partner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        afterOpen.ShouldNotBeNull();
        CaseNumber().IsMatch(afterOpen.Number).ShouldBeTrue(afterOpen.Number);
        afterOpen.ThreatClass.ShouldBe(ThreatClass.MalwareCommunication);
        afterOpen.ApplianceSerial.ShouldBe(opened.Deployment.Serial);
        afterOpen.AlertEventId.ShouldBe(opened.AlertEventId);
        afterOpen.CallerFlagged.ShouldBeFalse();
        afterOpen.Snapshot.ShouldNotBeNull();
        afterOpen.Snapshot.Alerts.ShouldContain(a => a.EventId == opened.AlertEventId);

        (await AsPartnerAsync(app, partner, s => s.GetRequiredService<CaseWork>().EscalateAsync(opened.CaseId, Token))).Problem.ShouldBe(CaseProblem.SheetMissing);
        (await AsPartnerAsync(app, partner, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(opened.CaseId, ValidSheet(), TlpMarking.Amber, Token))).Problem.ShouldBeNull();
        (await AsPartnerAsync(app, partner, s => s.GetRequiredService<CaseWork>().EscalateAsync(opened.CaseId, Token))).Problem.ShouldBeNull();

        await AsDeskAsync(app, async s =>
        {
            var work = s.GetRequiredService<CaseWork>();
            (await work.AssignAsync(opened.CaseId, null, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "内部メモ: ポータル管理画面では横展開なし", NoteVisibility.Internal, TlpMarking.AmberStrict, Token)).Problem.ShouldBeNull();
            (await work.AddDeskNoteAsync(opened.CaseId, "共有メモ: ログをご提供ください", NoteVisibility.SharedWithPartner, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            (await work.RequestFromCustomerAsync(opened.CaseId, CustomerRequestKind.DeviceLogs, "192.168.10.23 のプロキシログ", waitForCustomer: true, Token)).Problem.ShouldBeNull();
            var view = await s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token);
            view!.Status.ShouldBe(SupportCaseStatus.WaitingForCustomer);
            view.Sla!.State.ShouldBe(SlaState.Paused);
            (await work.FulfilCustomerRequestAsync(opened.CaseId, view.CustomerRequests.Single().Id, Token)).Problem.ShouldBeNull();
            (await work.MoveAsync(opened.CaseId, SupportCaseStatus.InProgress, null, Token)).Problem.ShouldBeNull();
            var report = new IncidentReport("C2通信の疑いを確認、端末を隔離済み", "該当端末の初期化", "EDRの導入とプロキシ制限", AnswerChannel.Phone,
                "株式会社サンプルフォレンジック", "詳細調査のご希望のため", InsuranceClaimNoted: true, InsuranceNote: "付帯保険の請求が可能な旨を案内");
            (await work.ReportAsync(opened.CaseId, report, TlpMarking.AmberStrict, Token)).Problem.ShouldBe(CaseProblem.MarkingTooNarrow);
            (await work.ReportAsync(opened.CaseId, report with { PreventionOutline = " " }, TlpMarking.Amber, Token)).Problem.ShouldBe(CaseProblem.ReportIncomplete);
            (await work.ReportAsync(opened.CaseId, report, TlpMarking.Amber, Token)).Problem.ShouldBeNull();
            return true;
        });

        var deskView = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        var partnerView = await AsPartnerAsync(app, partner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));

        deskView!.Notes.Count.ShouldBe(2);
        deskView.AssignedTo.ShouldBe(Desk.UserName);
        deskView.FirstAnsweredAt.ShouldNotBeNull();
        deskView.Sla!.State.ShouldBe(SlaState.Met);
        partnerView!.Status.ShouldBe(SupportCaseStatus.Reported);
        partnerView.Notes.ShouldHaveSingleItem().Text.ShouldStartWith("共有メモ");
        partnerView.Reports.ShouldHaveSingleItem().Content.SpecialistCompany.ShouldBe("株式会社サンプルフォレンジック");
        partnerView.HearingAnswers.ShouldContain(a => a.QuestionKey == "question");
        var internalNote = deskView.Notes.Single(n => n.Visibility == NoteVisibility.Internal);
        partnerView.History.ShouldNotContain(e => e.Detail != null && e.Detail.Contains(internalNote.Id.ToString(), StringComparison.Ordinal));
        deskView.History.ShouldContain(e => e.Detail != null && e.Detail.Contains(internalNote.Id.ToString(), StringComparison.Ordinal));

        (await AsDeskAsync(app, s => s.GetRequiredService<CaseWork>().CloseAsync(opened.CaseId, null, Token))).Problem.ShouldBeNull();
    }

    [Fact]
    public async Task FillHearingSheet_WithMissingAndBadAnswers_ReturnsCodesAndStoresNothing()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);
        var answers = ValidSheet();
        answers["question"] = "";
        answers["noticed-on"] = "2026/11/30";
        answers["affects-us"] = "maybe";

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(opened.CaseId, answers, TlpMarking.Amber, Token));

        result.Problem.ShouldBe(CaseProblem.SheetInvalid);
        result.SheetErrors!.Select(e => (e.Code, e.QuestionKey)).ShouldBe(
            [(HearingAnswerErrorCode.Required, "question"), (HearingAnswerErrorCode.NotYesNo, "affects-us"), (HearingAnswerErrorCode.NotADate, "noticed-on")], ignoreOrder: true);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SupportCases.SingleAsync(c => c.Id == opened.CaseId, Token)).HearingAnswers.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-3")]
    public async Task Open_WithUnregisteredCaller_FlagsTheCase()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token, registeredCaller: false);

        var view = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));

        view!.CallerFlagged.ShouldBeTrue();
        view.CanProceed.ShouldBeTrue("the default policy is ProceedFlagged");
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-3")]
    public async Task Open_WithUnregisteredCallerUnderRefusePolicy_CanOnlyBeClosedWithAReason()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, Domain.Partners.HubRoles.PartnerStaff);
        var services = scope.ServiceProvider;
        var refuse = new OpenInquiry(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PartnerHub.Data.HubDbContext>>(),
            services.GetRequiredService<CurrentUser>(), TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new EscalationsOptions { UnregisteredCallerPolicy = UnregisteredCallerPolicy.Refuse }));
        var opened = await refuse.HandleAsync(new OpenInquiryRequest(deployment.CustomerId, "名乗らない方からの電話", "匿名", "090-0000-0000", null,
            VerificationMethod.RegisteredPhoneMatch, ApplianceSerial: deployment.Serial), Token);
        var work = services.GetRequiredService<CaseWork>();
        var caseId = opened.CaseId!.Value;

        (await work.FillHearingSheetAsync(caseId, ValidSheet(), TlpMarking.Amber, Token)).Problem.ShouldBeNull();
        (await work.EscalateAsync(caseId, Token)).Problem.ShouldBe(CaseProblem.CallerMayNotProceed);
        (await work.AnswerByPhoneAsync(caseId, "回答", Token)).Problem.ShouldBe(CaseProblem.CallerMayNotProceed);
        (await work.CloseAsync(caseId, null, Token)).Problem.ShouldBe(CaseProblem.Invalid);
        (await work.CloseAsync(caseId, "登録担当者以外のため受付不可", Token)).Problem.ShouldBeNull();
        var view = await services.GetRequiredService<EscalationQueries>().GetAsync(caseId, Token);
        view!.CallerFlagged.ShouldBeTrue();
        view.CanProceed.ShouldBeFalse();
        view.Status.ShouldBe(SupportCaseStatus.Closed);
        view.Snapshot!.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswerByPhone_ClosesAtTheFirstLine()
    {
        var opened = await OpenFromAlertAsync(app, DemoOrganisations.MinatoPartner, Token);

        var result = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().AnswerByPhoneAsync(opened.CaseId, "アラートの意味を電話で説明", Token));

        result.Problem.ShouldBeNull();
        var view = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().GetAsync(opened.CaseId, Token));
        view!.Status.ShouldBe(SupportCaseStatus.AnsweredByPartner);
        view.PartnerAnswer.ShouldBe("アラートの意味を電話で説明");
    }

    [Fact]
    public async Task DeskActions_ByPartnerStaff_AreRefused()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);

        var assign = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().AssignAsync(opened.CaseId, null, Token));
        var note = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<CaseWork>().AddDeskNoteAsync(opened.CaseId, "x", NoteVisibility.Internal, TlpMarking.Red, Token));

        assign.Problem.ShouldBe(CaseProblem.NotAllowed);
        note.Problem.ShouldBe(CaseProblem.NotAllowed);
    }

    [Fact]
    public async Task Queue_ForTheDesk_ListsEscalatedCasesOfEveryPartner_AndPartnersOnlyTheirOwn()
    {
        var minato = await EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var hokuriku = await EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var query = new CaseQueueQuery(SupportCaseStatus.Escalated, null, null, false, false, false, 0, 500);

        var desk = await AsDeskAsync(app, s => s.GetRequiredService<EscalationQueries>().ListAsync(query, Token));
        var partner = await AsPartnerAsync(app, DemoOrganisations.MinatoPartner, s => s.GetRequiredService<EscalationQueries>().ListAsync(query, Token));

        desk.Items.Select(i => i.Id).ShouldContain(minato.CaseId);
        desk.Items.Select(i => i.Id).ShouldContain(hokuriku.CaseId);
        desk.Items.First(i => i.Id == minato.CaseId).Sla.ShouldNotBeNull();
        partner.Items.Select(i => i.Id).ShouldContain(minato.CaseId);
        partner.Items.Select(i => i.Id).ShouldNotContain(hokuriku.CaseId);
    }

    [Fact]
    public async Task Reminder_WithinBusinessHours_QueuesOneMailPerDueTime()
    {
        var opened = await EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        await using var db = app.CreateContext(TenantScope.System);
        var escalatedAt = (await db.SupportCases.SingleAsync(c => c.Id == opened.CaseId, Token)).EscalatedAt!.Value;
        var sla = SlaClock.SensorServiceDesk;
        // The morning of the due day: within business hours and inside the lead time before the due close.
        var dueDay = Domain.Calendars.BusinessCalendar.TokyoDate(sla.Calendar.EndOfNextBusinessDay(escalatedAt));
        var at = Domain.Calendars.BusinessCalendar.TokyoInstant(dueDay, new TimeOnly(16, 0));
        var service = new SlaReminderService(app.Services.GetRequiredService<PartnerHub.Data.HubDbContextOptions>(), new FixedTime(at),
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EscalationsOptions>>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<PartnerHub.Infrastructure.Background.BackgroundJobOptions>>(),
            app.Services.GetRequiredService<PartnerHub.Features.Catalogue.Calendars.BusinessCalendarDirectory>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SlaReminderService>.Instance);

        await service.RunOnceAsync(Token);
        await service.RunOnceAsync(Token);

        var mails = await db.OutboundEmails.Where(e => e.Topic.StartsWith(SlaReminderService.Topic + ":" + opened.CaseId.ToString("N"))).ToListAsync(Token);
        mails.ShouldHaveSingleItem().Recipient.ShouldBe("desk@vendor.example");
        mails[0].PartnerId.ShouldBeNull();
    }

    [GeneratedRegex(@"^E-\d{8}-\d{4}$")]
    private static partial Regex CaseNumber();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
