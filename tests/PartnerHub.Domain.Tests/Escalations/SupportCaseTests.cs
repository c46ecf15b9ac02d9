using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class SupportCaseTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset T0 = new(2026, 11, 9, 10, 0, 0, Jst); // Monday
    private static readonly Guid PartnerId = Guid.NewGuid();
    private static readonly ServiceContact Contact = new("山田 太郎", "ヤマダ タロウ", "yamada@example.co.jp", "03-1234-5678", null);
    private static readonly HearingSheetTemplate Template = HearingSheetTemplates.Default(Guid.NewGuid(), T0.AddDays(-30));
    private static readonly IncidentReport CompleteReport = new(
        "C&C 通信を遮断済み", "感染端末の隔離と再構築", "メール添付の実行制限", AnswerChannel.OnlineMeeting,
        "株式会社フォレンジック", "端末の詳細調査", InsuranceClaimNoted: true, InsuranceNote: "原因調査費用は保険の対象となり得る");

    private static DateTimeOffset T(int minutes) => T0.AddMinutes(minutes);

    private static SupportCase NewCase(bool verified = true, UnregisteredCallerPolicy policy = UnregisteredCallerPolicy.Refuse)
    {
        var caller = CallerVerification.Check(Contact, verified ? "山田太郎" : "佐藤花子", "03-1234-5678", null,
            VerificationMethod.RegisteredPhoneMatch, T0, "partner-user");
        return new SupportCase(Guid.NewGuid(), "E-20261109-0001", PartnerId, Guid.NewGuid(), "英語のアラートが分からない", caller, policy, T0,
            "partner-user", ThreatClass.MalwareCommunication, "SN-0001", Guid.NewGuid(), "{\"health\":\"ok\"}");
    }

    private static SupportCase WithSheet(SupportCase c, int at = 1)
    {
        c.FillHearingSheet(Template, HearingSheetTests.ValidAnswers(), TlpMarking.Amber, T(at), "partner-user").ShouldBeEmpty();
        return c;
    }

    // Drives a new case to `status` along the normal path, one minute per step.
    private static SupportCase CaseIn(SupportCaseStatus status)
    {
        var c = WithSheet(NewCase());
        switch (status)
        {
            case SupportCaseStatus.Open:
                break;
            case SupportCaseStatus.AnsweredByPartner:
                c.AnswerByPhone("アラートの意味を説明した", T(2), "partner-user").ShouldBeTrue();
                break;
            case SupportCaseStatus.Escalated:
                c.Escalate(T(2), "partner-user").ShouldBeTrue();
                break;
            case SupportCaseStatus.InProgress:
                c.Escalate(T(2), "partner-user").ShouldBeTrue();
                c.StartWork(T(3), "desk").ShouldBeTrue();
                break;
            case SupportCaseStatus.WaitingForCustomer:
                CaseIn(SupportCaseStatus.InProgress, c);
                c.WaitForCustomer("ログ待ち", T(4), "desk").ShouldBeTrue();
                break;
            case SupportCaseStatus.WaitingForPartner:
                CaseIn(SupportCaseStatus.InProgress, c);
                c.WaitForPartner("構成図待ち", T(4), "desk").ShouldBeTrue();
                break;
            case SupportCaseStatus.Reported:
                CaseIn(SupportCaseStatus.InProgress, c);
                c.Report(CompleteReport, TlpMarking.Amber, T(4), "desk").ShouldBeTrue();
                break;
            case SupportCaseStatus.Closed:
                CaseIn(SupportCaseStatus.InProgress, c);
                c.Report(CompleteReport, TlpMarking.Amber, T(4), "desk").ShouldBeTrue();
                c.Close(T(5), "desk").ShouldBeTrue();
                break;
        }

        c.Status.ShouldBe(status);
        return c;
    }

    private static void CaseIn(SupportCaseStatus status, SupportCase c)
    {
        status.ShouldBe(SupportCaseStatus.InProgress);
        c.Escalate(T(2), "partner-user").ShouldBeTrue();
        c.StartWork(T(3), "desk").ShouldBeTrue();
    }

    private static readonly Dictionary<SupportCaseStatus, SupportCaseStatus[]> s_transitions = new()
    {
        [SupportCaseStatus.Open] = [SupportCaseStatus.AnsweredByPartner, SupportCaseStatus.Escalated, SupportCaseStatus.Closed],
        [SupportCaseStatus.AnsweredByPartner] = [SupportCaseStatus.Escalated],
        [SupportCaseStatus.Escalated] = [SupportCaseStatus.InProgress, SupportCaseStatus.Closed],
        [SupportCaseStatus.InProgress] =
            [SupportCaseStatus.WaitingForCustomer, SupportCaseStatus.WaitingForPartner, SupportCaseStatus.Reported, SupportCaseStatus.Closed],
        [SupportCaseStatus.WaitingForCustomer] = [SupportCaseStatus.InProgress, SupportCaseStatus.Closed],
        [SupportCaseStatus.WaitingForPartner] = [SupportCaseStatus.InProgress, SupportCaseStatus.Closed],
        [SupportCaseStatus.Reported] = [SupportCaseStatus.InProgress, SupportCaseStatus.Closed],
        [SupportCaseStatus.Closed] = [],
    };

    public static TheoryData<SupportCaseStatus, SupportCaseStatus> AllPairs()
    {
        var data = new TheoryData<SupportCaseStatus, SupportCaseStatus>();
        foreach (var from in Enum.GetValues<SupportCaseStatus>())
        {
            foreach (var to in Enum.GetValues<SupportCaseStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    [Trait("Article", "004 別紙3 §1-2, §1-3")]
    public void CanMoveTo_ForEveryPair_FollowsTheTransitionTable(SupportCaseStatus from, SupportCaseStatus to)
    {
        CaseIn(from).CanMoveTo(to).ShouldBe(s_transitions[from].Contains(to));
    }

    [Fact]
    public void New_RecordsOpeningDetailsAndOneEvent()
    {
        var c = NewCase();

        c.Status.ShouldBe(SupportCaseStatus.Open);
        c.ThreatClass.ShouldBe(ThreatClass.MalwareCommunication);
        c.ApplianceSerial.ShouldBe("SN-0001");
        c.OpeningSnapshot.ShouldBe("{\"health\":\"ok\"}");
        c.IsCallerFlagged.ShouldBeFalse();
        c.Events.Single().Kind.ShouldBe(SupportCaseEventKind.Opened);
        c.Events.ShouldAllBe(e => e.PartnerId == PartnerId);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §1-2-③")]
    public void Escalate_WithoutHearingSheet_IsRefused()
    {
        var c = NewCase();

        c.Escalate(T(1), "partner-user").ShouldBeFalse();
        c.Status.ShouldBe(SupportCaseStatus.Open);
        c.EscalatedAt.ShouldBeNull();
    }

    [Fact]
    public void FillHearingSheet_WithErrors_StoresNothing()
    {
        var c = NewCase();
        var answers = HearingSheetTests.ValidAnswers();
        answers.Remove("question");

        c.FillHearingSheet(Template, answers, TlpMarking.Amber, T(1), "u").ShouldBe([new HearingAnswerError(HearingAnswerErrorCode.Required, "question")]);
        c.HasHearingSheet.ShouldBeFalse();
        c.Events.Count.ShouldBe(1);
    }

    [Fact]
    public void FillHearingSheet_WhenValid_StoresTemplateVersionAndAnswers()
    {
        var c = WithSheet(NewCase());

        c.HearingTemplateId.ShouldBe(Template.Id);
        c.HearingTemplateVersion.ShouldBe(1);
        c.HearingAnswer("noticed-on").ShouldBe("2026-11-02");
        c.IsHearingSheetVisibleTo(TlpAudience.SecondLineDesk).ShouldBeTrue();
        c.IsHearingSheetVisibleTo(TlpAudience.OtherPartner).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-3")]
    public void Escalate_UnregisteredCallerUnderRefuse_IsRefused()
    {
        var c = WithSheet(NewCase(verified: false, UnregisteredCallerPolicy.Refuse));

        c.IsCallerFlagged.ShouldBeTrue();
        c.Escalate(T(2), "u").ShouldBeFalse();
        c.AnswerByPhone("answer", T(2), "u").ShouldBeFalse();
        c.Close(T(2), "u", "本サービス担当者以外からの問合せ").ShouldBeTrue();
    }

    [Fact]
    public void Escalate_UnregisteredCallerUnderProceedFlagged_IsAllowedAndFlagged()
    {
        var c = WithSheet(NewCase(verified: false, UnregisteredCallerPolicy.ProceedFlagged));

        c.Escalate(T(2), "u").ShouldBeTrue();
        c.IsCallerFlagged.ShouldBeTrue();
        c.Events[0].Detail.ShouldBe("unregistered caller");
    }

    [Fact]
    [Trait("Article", "004 別紙3 §1-2-②")]
    public void AnswerByPhone_ThenEscalate_KeepsAnswerAndStartsClockAtEscalation()
    {
        var c = CaseIn(SupportCaseStatus.AnsweredByPartner);
        c.PartnerAnswer.ShouldBe("アラートの意味を説明した");

        c.Escalate(T(60), "partner-user").ShouldBeTrue();

        c.EscalatedAt.ShouldBe(T(60));
        c.Status.ShouldBe(SupportCaseStatus.Escalated);
    }

    [Fact]
    public void Assign_WhileAtDesk_SetsAssigneeWithoutChangingStatus()
    {
        var c = CaseIn(SupportCaseStatus.Escalated);

        c.Assign("desk-suzuki", T(3), "desk-lead").ShouldBeTrue();
        c.Assign("desk-suzuki", T(4), "desk-lead").ShouldBeFalse();

        c.AssignedTo.ShouldBe("desk-suzuki");
        c.Status.ShouldBe(SupportCaseStatus.Escalated);
        c.Events[^1].Detail.ShouldBe("desk-suzuki");
    }

    [Fact]
    public void AnswerByPhone_Blank_IsRefused() => CaseIn(SupportCaseStatus.Open).AnswerByPhone(" ", T(2), "u").ShouldBeFalse();

    [Theory]
    [InlineData(SupportCaseStatus.AnsweredByPartner)]
    [InlineData(SupportCaseStatus.Closed)]
    public void FillHearingSheet_WhenClosedAtEitherLine_IsIgnored(SupportCaseStatus status)
    {
        var c = CaseIn(status);
        var answers = HearingSheetTests.ValidAnswers();
        answers["question"] = "changed";

        c.FillHearingSheet(Template, answers, TlpMarking.Amber, T(30), "u").ShouldBeEmpty();

        c.HearingAnswer("question").ShouldNotBe("changed");
    }

    [Fact]
    public void Events_RecordEveryStepWithTheStatusAfterIt()
    {
        var c = CaseIn(SupportCaseStatus.Closed);

        c.Events.Select(e => (e.Kind, e.Status)).ShouldBe(
        [
            (SupportCaseEventKind.Opened, SupportCaseStatus.Open),
            (SupportCaseEventKind.HearingSheetFilled, SupportCaseStatus.Open),
            (SupportCaseEventKind.Escalated, SupportCaseStatus.Escalated),
            (SupportCaseEventKind.WorkStarted, SupportCaseStatus.InProgress),
            (SupportCaseEventKind.Reported, SupportCaseStatus.Reported),
            (SupportCaseEventKind.Closed, SupportCaseStatus.Closed),
        ]);
        c.Events.ShouldAllBe(e => e.PartnerId == PartnerId && e.CaseId == c.Id);
    }

    [Fact]
    public void VisibleReports_ReachTheCustomerButNotOtherPartners()
    {
        var c = CaseIn(SupportCaseStatus.Reported);

        c.VisibleReports(TlpAudience.Customer).Count.ShouldBe(1);
        c.VisibleReports(TlpAudience.OtherPartner).ShouldBeEmpty();
    }

    [Fact]
    public void Assign_BeforeEscalation_IsRefused() => CaseIn(SupportCaseStatus.Open).Assign("desk", T(3), "lead").ShouldBeFalse();

    [Fact]
    public void WaitForCustomer_WithoutReason_IsRefused() =>
        CaseIn(SupportCaseStatus.InProgress).WaitForCustomer(" ", T(5), "desk").ShouldBeFalse();

    [Fact]
    public void Resume_FromEachWaitAndFromReported_GoesBackToWork()
    {
        foreach (var status in new[] { SupportCaseStatus.WaitingForCustomer, SupportCaseStatus.WaitingForPartner, SupportCaseStatus.Reported })
        {
            var c = CaseIn(status);
            c.Resume(T(10), "desk").ShouldBeTrue();
            c.Status.ShouldBe(SupportCaseStatus.InProgress);
        }

        CaseIn(SupportCaseStatus.Escalated).Resume(T(10), "desk").ShouldBeFalse();
    }

    [Fact]
    public void Change_EarlierThanLastEvent_IsRefused()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);

        c.WaitForCustomer("ログ待ち", T(1), "desk").ShouldBeFalse();
        c.Status.ShouldBe(SupportCaseStatus.InProgress);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §1-3-④")]
    public void Report_WhenComplete_StoresItAndSetsFirstAnswer()
    {
        var c = CaseIn(SupportCaseStatus.Reported);

        c.Reports.Single().Content.ShouldBe(CompleteReport);
        c.Reports[0].Content.HasReferral.ShouldBeTrue();
        c.FirstAnsweredAt.ShouldBe(T(4));
        c.FirstAnswerChannel.ShouldBe(AnswerChannel.OnlineMeeting);
    }

    [Fact]
    public void Report_Incomplete_IsRefused()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);

        c.Report(CompleteReport with { PreventionOutline = " " }, TlpMarking.Amber, T(5), "desk").ShouldBeFalse();
        c.Report(CompleteReport with { SpecialistReason = null }, TlpMarking.Amber, T(5), "desk").ShouldBeFalse();
        c.Status.ShouldBe(SupportCaseStatus.InProgress);
    }

    [Theory]
    [InlineData(TlpMarking.Red, false)]
    [InlineData(TlpMarking.AmberStrict, false)]
    [InlineData(TlpMarking.Amber, true)]
    [InlineData(TlpMarking.Green, true)]
    public void Report_MustBeMarkedForTheCustomer(TlpMarking marking, bool accepted) =>
        CaseIn(SupportCaseStatus.InProgress).Report(CompleteReport, marking, T(5), "desk").ShouldBe(accepted);

    [Fact]
    public void RecordFirstAnswer_BeforeReport_WinsAndNeverMoves()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);

        c.RecordFirstAnswer(T(4), AnswerChannel.Phone, "desk").ShouldBeTrue();
        c.RecordFirstAnswer(T(5), AnswerChannel.Email, "desk").ShouldBeFalse();
        c.Report(CompleteReport, TlpMarking.Amber, T(6), "desk").ShouldBeTrue();

        c.FirstAnsweredAt.ShouldBe(T(4));
        c.FirstAnswerChannel.ShouldBe(AnswerChannel.Phone);
    }

    [Fact]
    public void RecordFirstAnswer_BeforeEscalation_IsRefused() =>
        CaseIn(SupportCaseStatus.Open).RecordFirstAnswer(T(3), AnswerChannel.Phone, "desk").ShouldBeFalse();

    [Fact]
    public void Close_WithoutReasonBeforeReport_IsRefused_AfterReportNeedsNone()
    {
        CaseIn(SupportCaseStatus.InProgress).Close(T(5), "desk").ShouldBeFalse();
        CaseIn(SupportCaseStatus.InProgress).Close(T(5), "desk", "重複").ShouldBeTrue();

        var closed = CaseIn(SupportCaseStatus.Closed);
        closed.ClosedAt.ShouldBe(T(5));
        closed.AddPartnerNote("追記", TlpMarking.Amber, T(6), "partner-user").ShouldBeNull();
    }

    [Fact]
    public void Notes_PartnerAlwaysShared_DeskInternalHiddenFromPartner()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);

        var partnerNote = c.AddPartnerNote("顧客から追加情報", TlpMarking.Red, T(5), "partner-user")!;
        var internalNote = c.AddDeskNote("ポータル管理画面: 攻撃工程は侵入段階", NoteVisibility.Internal, TlpMarking.Amber, T(6), "desk")!;
        var shared = c.AddDeskNote("ログを依頼しました", NoteVisibility.SharedWithPartner, TlpMarking.Amber, T(7), "desk")!;

        partnerNote.Visibility.ShouldBe(NoteVisibility.SharedWithPartner);
        c.VisibleNotes(TlpAudience.SecondLineDesk).ShouldBe([partnerNote, internalNote, shared]);
        c.VisibleNotes(TlpAudience.OwningPartner).ShouldBe([partnerNote, shared]);
        c.VisibleNotes(TlpAudience.Customer).ShouldBe([shared]);
        c.VisibleNotes(TlpAudience.OtherPartner).ShouldBeEmpty();
        c.VisibleNotes(TlpAudience.VendorOperations).ShouldBe([internalNote, shared]);
    }

    [Fact]
    public void AddDeskNote_BeforeEscalation_IsRefused() =>
        CaseIn(SupportCaseStatus.Open).AddDeskNote("x", NoteVisibility.Internal, TlpMarking.Amber, T(3), "desk").ShouldBeNull();

    [Fact]
    public void AddNote_Blank_IsRefused() => CaseIn(SupportCaseStatus.Open).AddPartnerNote("  ", TlpMarking.Amber, T(3), "u").ShouldBeNull();

    [Fact]
    public void Attach_AppliesRulesVisibilityAndScan()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);
        var sha = new string('A', 64);

        c.Attach(new AttachmentUpload("fw.log", "text/plain", 2048, sha, "k1"), CaseSide.Partner, NoteVisibility.SharedWithPartner, TlpMarking.Amber, T(5), "partner-user")
            .ShouldBeNull();
        c.Attach(new AttachmentUpload("portal.png", "image/png", 2048, sha, "k2"), CaseSide.Desk, NoteVisibility.Internal, TlpMarking.Amber, T(6), "desk")
            .ShouldBeNull();
        c.Attach(new AttachmentUpload("tool.exe", "application/octet-stream", 2048, sha, "k3"), CaseSide.Partner, NoteVisibility.SharedWithPartner,
            TlpMarking.Amber, T(7), "partner-user").ShouldBe(AttachmentProblem.ExtensionNotAllowed);

        c.Attachments.Count.ShouldBe(2);
        c.Attachments[0].Sha256.ShouldBe(new string('a', 64));
        c.Attachments[0].ScanStatus.ShouldBe(ScanStatus.Pending);
        c.Attachments[0].IsDownloadable.ShouldBeFalse();
        c.VisibleAttachments(TlpAudience.OwningPartner).Select(a => a.FileName).ShouldBe(["fw.log"]);
        c.VisibleAttachments(TlpAudience.SecondLineDesk).Count.ShouldBe(2);

        c.RecordScan(c.Attachments[0].Id, ScanStatus.Clean, T(8), "scanner").ShouldBeTrue();
        c.Attachments[0].IsDownloadable.ShouldBeTrue();
        c.RecordScan(c.Attachments[1].Id, ScanStatus.Infected, T(8), "scanner").ShouldBeTrue();
        c.RecordScan(c.Attachments[1].Id, ScanStatus.Clean, T(9), "scanner").ShouldBeFalse();
        c.RecordScan(Guid.NewGuid(), ScanStatus.Clean, T(9), "scanner").ShouldBeFalse();
    }

    [Fact]
    public void Attach_PartnerInternal_Throws() =>
        Should.Throw<ArgumentException>(() => CaseIn(SupportCaseStatus.Open).Attach(
            new AttachmentUpload("a.txt", "text/plain", 1, new string('0', 64), "k"), CaseSide.Partner, NoteVisibility.Internal, TlpMarking.Amber, T(3), "u"));

    [Fact]
    [Trait("Article", "000 §9")]
    public void ChangeMarking_StricterByAnyoneWhoSeesIt_WiderOnlyByTheOriginatorOrWithAReason()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);
        c.AddDeskNote("ログ解析結果", NoteVisibility.SharedWithPartner, TlpMarking.Amber, T(3), "desk").ShouldNotBeNull();
        var note = c.Notes[^1];

        c.ChangeMarking(note.Id, TlpMarking.Red, TlpAudience.OwningPartner, T(4), "partner-user", null).ShouldBeNull();
        note.Marking.ShouldBe(TlpMarking.Red);
        c.ChangeMarking(note.Id, TlpMarking.Green, TlpAudience.OwningPartner, T(5), "partner-user", null).ShouldBe(MarkingRefusal.ReasonRequired);
        c.ChangeMarking(note.Id, TlpMarking.Green, TlpAudience.SecondLineDesk, T(6), "desk", null).ShouldBeNull();
        c.ChangeMarking(note.Id, TlpMarking.Clear, TlpAudience.OwningPartner, T(7), "partner-user", "お客様の社内共有のため").ShouldBeNull();
        c.ChangeMarking(note.Id, TlpMarking.Clear, TlpAudience.OwningPartner, T(8), "partner-user", null).ShouldBe(MarkingRefusal.Unchanged);

        note.Marking.ShouldBe(TlpMarking.Clear);
        c.Events.Where(e => e.Kind == SupportCaseEventKind.MarkingChanged).Select(e => e.Detail).ShouldBe([
            $"{note.Id} TLP:AMBER → TLP:RED",
            $"{note.Id} TLP:RED → TLP:GREEN",
            $"{note.Id} TLP:GREEN → TLP:CLEAR お客様の社内共有のため",
        ]);
    }

    [Fact]
    public void ChangeMarking_OfADeskOnlyNoteByThePartner_IsNotFound()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);
        c.AddDeskNote("内部メモ", NoteVisibility.Internal, TlpMarking.Amber, T(3), "desk").ShouldNotBeNull();

        c.ChangeMarking(c.Notes[^1].Id, TlpMarking.Red, TlpAudience.OwningPartner, T(4), "partner-user", null).ShouldBe(MarkingRefusal.NotFound);
        c.Notes[^1].Marking.ShouldBe(TlpMarking.Amber);
    }

    [Fact]
    public void Attach_BeyondTheCaseQuota_IsRefusedAndNothingIsAdded()
    {
        var c = CaseIn(SupportCaseStatus.Open);
        var sha = new string('0', 64);
        for (int i = 0; i < AttachmentRules.Default.MaxFilesPerCase; i++)
        {
            c.Attach(new AttachmentUpload($"log{i}.txt", "text/plain", 1024, sha, $"k{i}"), CaseSide.Partner, NoteVisibility.SharedWithPartner, TlpMarking.Amber, T(3), "u")
                .ShouldBeNull();
        }

        c.Attach(new AttachmentUpload("one-more.txt", "text/plain", 1024, sha, "k-last"), CaseSide.Partner, NoteVisibility.SharedWithPartner, TlpMarking.Amber, T(3), "u")
            .ShouldBe(AttachmentProblem.CaseQuotaExceeded);
        c.Attachments.Count.ShouldBe(AttachmentRules.Default.MaxFilesPerCase);
    }

    [Fact]
    public void Attach_ByDeskBeforeEscalation_IsNotAllowedNow() =>
        CaseIn(SupportCaseStatus.Open).Attach(new AttachmentUpload("a.txt", "text/plain", 1, new string('0', 64), "k"), CaseSide.Desk,
            NoteVisibility.Internal, TlpMarking.Amber, T(3), "desk").ShouldBe(AttachmentProblem.NotAllowedNow);

    [Fact]
    [Trait("Article", "004 別紙3 §1-3-②")]
    public void CustomerRequest_IsRecordedAndFulfilledOnce()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);

        var request = c.RequestFromCustomer(CustomerRequestKind.DeviceLogs, "被疑端末のプロキシログ 11/1〜11/8", T(5), "desk")!;
        request.IsOutstanding.ShouldBeTrue();
        c.WaitForCustomer("ログ待ち", T(6), "desk").ShouldBeTrue();

        c.FulfilCustomerRequest(request.Id, T(60), "partner-user").ShouldBeTrue();
        c.FulfilCustomerRequest(request.Id, T(61), "partner-user").ShouldBeFalse();

        request.FulfilledAt.ShouldBe(T(60));
        c.Status.ShouldBe(SupportCaseStatus.WaitingForCustomer);
    }

    [Fact]
    public void RequestFromCustomer_BeforeWorkStarts_IsRefused() =>
        CaseIn(SupportCaseStatus.Escalated).RequestFromCustomer(CustomerRequestKind.Other, "x", T(5), "desk").ShouldBeNull();

    [Fact]
    public void WaitingForCustomerIntervals_ComeFromHistory_OpenOneEndsAtMax()
    {
        var c = CaseIn(SupportCaseStatus.InProgress);
        c.WaitForCustomer("a", T(10), "desk").ShouldBeTrue();
        c.AddDeskNote("still waiting", NoteVisibility.Internal, TlpMarking.Amber, T(20), "desk").ShouldNotBeNull();
        c.Resume(T(30), "desk").ShouldBeTrue();
        c.WaitForPartner("b", T(40), "desk").ShouldBeTrue();
        c.Resume(T(50), "desk").ShouldBeTrue();
        c.WaitForCustomer("c", T(60), "desk").ShouldBeTrue();

        c.WaitingForCustomerIntervals().ShouldBe(
        [
            new PartnerHub.Domain.Calendars.TimeInterval(T(10), T(30)),
            new PartnerHub.Domain.Calendars.TimeInterval(T(60), DateTimeOffset.MaxValue),
        ]);
    }

    [Fact]
    public void FirstAnswerSla_BeforeEscalation_IsNull_AfterIsRunning()
    {
        CaseIn(SupportCaseStatus.Open).EvaluateSla(SlaClock.SensorServiceDesk, T(10)).ShouldBeNull();

        var sla = CaseIn(SupportCaseStatus.Escalated).EvaluateSla(SlaClock.SensorServiceDesk, T(10))!;

        sla.State.ShouldBe(SlaState.Running);
        sla.Due.ShouldBe(new DateTimeOffset(2026, 11, 10, 17, 0, 0, Jst));
    }

    [Fact]
    public void FirstAnswerSla_WhileWaitingForCustomer_IsPaused()
    {
        var c = CaseIn(SupportCaseStatus.WaitingForCustomer);

        c.EvaluateSla(SlaClock.SensorServiceDesk, T(120))!.State.ShouldBe(SlaState.Paused);
    }
}
