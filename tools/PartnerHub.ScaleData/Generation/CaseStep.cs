using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Escalations;

namespace PartnerHub.ScaleData.Generation;

/// <summary>
/// Support cases in every status, each taken there by the case's own steps (open after the caller check, the hearing
/// sheet, answer by phone or escalate, the desk's assignment, work, requests, waiting, first answer, report, close), as
/// the demo escalations are. Half come from a sensor alert, with the opening snapshot the hub takes of the device.
/// </summary>
internal sealed class CaseStep(GenerationContext context, IServiceProvider services)
{
    private static readonly string[] s_desk = ["desk@vendor.example", "kimura.desk@vendor.example", "hayashi.desk@vendor.example", "inoue.desk@vendor.example"];

    private static readonly string[] s_generalSubjects =
    [
        "英語の通知メールの意味", "月次レポートの見方について", "検知件数が急に増えた理由", "通知先メールアドレスの変更方法", "機器のランプが橙色に点滅している",
        "ポータルに表示される脅威分類の意味", "休日の検知通知への対応要否",
    ];

    private static readonly Dictionary<ThreatClass, (string Subject, string Status, string Resolution, string Prevention)> s_byClass = new()
    {
        [ThreatClass.Reconnaissance] = ("外部からのスキャン通知について", "インターネットからのポートスキャンを確認しました。侵入の痕跡はありません。",
            "対応は不要です。公開しているサービスの認証設定を確認しました。", "管理用ポートの公開範囲を社内 IP に限定することをお勧めします。"),
        [ThreatClass.MaliciousSiteAccess] = ("不審なサイトへのアクセス通知", "社内端末から改ざんされたサイトへのアクセスを確認しました。ダウンロードは確認されていません。",
            "該当端末のブラウザキャッシュ削除とウイルススキャンを実施いただきました。", "ブラウザと拡張機能を最新に保ち、URL フィルタリングの導入をご検討ください。"),
        [ThreatClass.MaliciousFileDownload] = ("不審なファイルのダウンロード", "社内端末による実行ファイルのダウンロードを確認しました。実行の痕跡はありません。",
            "該当ファイルを削除し、端末のフルスキャンで検出がないことを確認しました。", "業務外ソフトのダウンロードを制限する運用ルールの徹底をお勧めします。"),
        [ThreatClass.MalwareCommunication] = ("C&C 通信のアラートについて", "社内端末1台から外部の指令サーバーへの定期通信を確認しました。",
            "該当端末をネットワークから隔離し、初期化を実施いただきました。以降の通信は確認されていません。", "メール添付ファイルの取り扱いに関する社内教育と EDR の導入をご検討ください。"),
        [ThreatClass.SuspiciousCommunication] = ("Tor 通信の検知について", "社内端末から匿名化ネットワーク（Tor）への通信を確認しました。",
            "利用者への聞き取りの結果、私的なブラウザの利用と判明し、アンインストールいただきました。", "許可されていないソフトウェアの利用を制限する設定をお勧めします。"),
        [ThreatClass.Unclassified] = ("分類されていない通知の意味", "ポリシー上の注意喚起（クラウドストレージ利用）を確認しました。脅威ではありません。",
            "社内で許可されたサービスであることを確認しました。", "利用を許可するクラウドサービスの一覧化をお勧めします。"),
    };

    private readonly Random _random = context.RandomFor(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var policy = services.GetRequiredService<IOptions<EscalationsOptions>>().Value.UnregisteredCallerPolicy;
        HearingSheetTemplate template;
        DocumentNumbers numbers;
        await using (var db = context.CreateContext())
        {
            template = await HearingTemplatesSeed.CurrentAsync(db, cancellationToken)
                ?? throw new InvalidOperationException("No hearing sheet template: the demo seed publishes one.");
            numbers = await DocumentNumbers.LoadAsync(db, cancellationToken);
        }

        var targets = context.Plan.CaseStatuses.SelectMany(s => Enumerable.Repeat(s.Key, s.Value)).ToList();
        Generate.Shuffle(targets, _random);
        var cases = new List<SupportCase>(targets.Count);
        var sla = await services.GetRequiredService<BusinessCalendarDirectory>().DeskSlaClockAsync(cancellationToken);
        await using (var read = context.CreateContext())
        {
            foreach (var target in targets)
            {
                var story = Story(target);
                var opening = await OpeningAsync(story, read, cancellationToken);
                var supportCase = new SupportCase(Generate.Id(_random), numbers.Next("E", BusinessCalendar.TokyoDate(opening.At)), opening.Customer.Partner.Id,
                    opening.Customer.Id, opening.Subject, Caller(opening, policy), policy, opening.At, opening.By, opening.ThreatClass, opening.Serial,
                    opening.Alert is null ? null : Guid.ParseExact(opening.Alert.EventId, "N"), opening.Snapshot);
                Play(supportCase, story, opening, template);
                if (supportCase.Status != target)
                {
                    throw new InvalidOperationException($"Case {supportCase.Number} ended in {supportCase.Status}, planned {target}.");
                }

                // As the hub's CaseWork does after each change: the breached filter reads the stamped due time.
                supportCase.StampFirstAnswerDue(sla);
                cases.Add(supportCase);
            }
        }

        // Small chunks: the hub's save numbers each new case event by finding its case among the tracked entries, which
        // costs tracked cases × new events per save (nothing for the app's one-case saves, minutes for thousands).
        await context.SaveInChunksAsync(cases, (db, c) => db.SupportCases.Add(c), "support cases", cases.Count, cancellationToken, chunkSize: 100);
    }

    // The steps a case goes through to reach its status, with the minutes between them.
    private List<(CaseMove Move, double Minutes)> Story(SupportCaseStatus target)
    {
        var steps = new List<(CaseMove, double)> { (CaseMove.FillSheet, Minutes(5, 20)) };
        void Add(CaseMove move, double minutes) => steps.Add((move, minutes));
        void Desk(bool answerFirst)
        {
            Add(CaseMove.Escalate, Minutes(10, 90));
            Add(CaseMove.Assign, Minutes(10, 240));
            Add(CaseMove.StartWork, Minutes(0, 30));
            if (answerFirst)
            {
                // One in ten first answers comes after the desk's SLA (a day's work and more).
                Add(CaseMove.FirstAnswer, _random.Next(10) == 0 ? Minutes(900, 3_000) : Minutes(20, 400));
            }
        }

        switch (target)
        {
            case SupportCaseStatus.Open:
                if (_random.Next(2) == 0)
                {
                    Add(CaseMove.PartnerNote, Minutes(5, 120));
                }

                break;
            case SupportCaseStatus.AnsweredByPartner:
                Add(CaseMove.AnswerByPhone, Minutes(10, 60));
                break;
            case SupportCaseStatus.Escalated:
                Add(CaseMove.Escalate, Minutes(10, 90));
                if (_random.Next(2) == 0)
                {
                    Add(CaseMove.Assign, Minutes(5, 120));
                }

                break;
            case SupportCaseStatus.InProgress:
                Desk(answerFirst: _random.Next(10) < 6);
                Add(CaseMove.DeskNote, Minutes(10, 300));
                break;
            case SupportCaseStatus.WaitingForCustomer:
                Desk(answerFirst: true);
                Add(CaseMove.RequestFromCustomer, Minutes(10, 120));
                Add(CaseMove.WaitForCustomer, Minutes(1, 10));
                break;
            case SupportCaseStatus.WaitingForPartner:
                Desk(answerFirst: _random.Next(2) == 0);
                Add(CaseMove.SharedDeskNote, Minutes(10, 200));
                Add(CaseMove.WaitForPartner, Minutes(1, 10));
                break;
            case SupportCaseStatus.Reported:
                Report();
                break;
            case SupportCaseStatus.Closed:
                int way = _random.Next(20);
                if (way < 15)
                {
                    Report();
                    Add(CaseMove.Close, Minutes(60, 2_880));
                }
                else if (way < 17)
                {
                    Add(CaseMove.CloseWithdrawn, Minutes(30, 600));
                }
                else if (way < 19)
                {
                    Desk(answerFirst: true);
                    Add(CaseMove.CloseWithdrawn, Minutes(60, 2_000));
                }
                else
                {
                    Add(CaseMove.Escalate, Minutes(10, 90));
                    Add(CaseMove.CloseDuplicate, Minutes(30, 300));
                }

                break;
        }

        return steps;

        void Report()
        {
            bool waits = _random.Next(3) == 0;
            Desk(answerFirst: _random.Next(2) == 0);
            Add(CaseMove.DeskNote, Minutes(10, 300));
            if (waits)
            {
                Add(CaseMove.RequestFromCustomer, Minutes(10, 120));
                Add(CaseMove.WaitForCustomer, Minutes(1, 10));
                Add(CaseMove.FulfilRequest, Minutes(300, 3_000));
                Add(CaseMove.Resume, Minutes(5, 60));
            }

            Add(CaseMove.Report, Minutes(60, 2_000));
        }
    }

    private async Task<Opening> OpeningAsync(List<(CaseMove Move, double Minutes)> story, Data.HubDbContext read, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromMinutes(story.Sum(s => s.Minutes) + 10);
        bool live = story.All(s => s.Move is not (CaseMove.Close or CaseMove.CloseWithdrawn or CaseMove.CloseDuplicate or CaseMove.AnswerByPhone));
        var latest = context.Now - duration;
        // Open cases are days old at most; closed and phone-answered ones reach back a year.
        var earliest = live ? context.Now - TimeSpan.FromDays(14) : context.Now - TimeSpan.FromDays(365);
        var reporting = context.World.Reporting;
        if (reporting.Count > 0 && _random.Next(2) == 0)
        {
            for (int attempt = 0; attempt < 5; attempt++)
            {
                var appliance = reporting[_random.Next(reporting.Count)];
                if (appliance.Alerts.Count == 0)
                {
                    continue;
                }

                var alert = appliance.Alerts[_random.Next(appliance.Alerts.Count)];
                var at = alert.ObservedAt + TimeSpan.FromMinutes(10 + (_random.NextDouble() * 2 * 24 * 60));
                if (at <= latest && at >= earliest)
                {
                    var snapshot = await OpeningSnapshot.CaptureAsync(read, appliance.Serial, at, cancellationToken);
                    return new Opening(appliance.Customer, at, Generate.Pick(appliance.Customer.Partner.Staff, _random), s_byClass[alert.ThreatClass].Subject,
                        alert.ThreatClass, appliance.Serial, alert, snapshot?.ToJson());
                }
            }
        }

        var customer = context.World.ContractedCustomers[_random.Next(context.World.ContractedCustomers.Count)];
        var openedAt = earliest + ((latest - earliest) * _random.NextDouble());
        var registered = customer.RegisteredAt.AddDays(1);
        return new Opening(customer, openedAt > registered ? openedAt : latest, Generate.Pick(customer.Partner.Staff, _random),
            s_generalSubjects[_random.Next(s_generalSubjects.Length)], null, null, null, null);
    }

    // Nine in ten callers are the registered contact; the others are a colleague, flagged (and refused where the policy says so).
    private CallerVerification Caller(Opening opening, UnregisteredCallerPolicy policy)
    {
        var contact = opening.Customer.Contact;
        bool registered = policy == UnregisteredCallerPolicy.Refuse || _random.Next(10) != 0;
        return registered
            ? CallerVerification.Check(contact, contact.Name, contact.Phone, null, VerificationMethod.RegisteredPhoneMatch, opening.At, opening.By)
            : CallerVerification.Check(contact, "総務部 担当者", null, null, VerificationMethod.PhoneCallback, opening.At, opening.By, "登録外の担当者からの問い合わせ");
    }

    private void Play(SupportCase supportCase, List<(CaseMove Move, double Minutes)> story, Opening opening, HearingSheetTemplate template)
    {
        var at = opening.At;
        string partner = opening.By;
        string desk = s_desk[_random.Next(s_desk.Length)];
        var facts = opening.ThreatClass is { } threat ? s_byClass[threat] : s_byClass[ThreatClass.Unclassified];
        foreach (var (move, minutes) in story)
        {
            at += TimeSpan.FromMinutes(minutes);
            bool done = move switch
            {
                CaseMove.FillSheet => supportCase.FillHearingSheet(template, Answers(template, opening), TlpMarking.Amber, at, partner).Count == 0 && supportCase.HasHearingSheet,
                CaseMove.PartnerNote => supportCase.AddPartnerNote("お客様に社内の影響範囲を確認中です。", TlpMarking.Amber, at, partner) is not null,
                CaseMove.AnswerByPhone => supportCase.AnswerByPhone("通知の意味と対応不要である旨を電話でご説明し、ご理解いただきました。", at, partner),
                CaseMove.Escalate => supportCase.Escalate(at, partner),
                CaseMove.Assign => supportCase.Assign(desk, at, desk),
                CaseMove.StartWork => supportCase.StartWork(at, desk),
                CaseMove.FirstAnswer => supportCase.RecordFirstAnswer(at, _random.Next(3) == 0 ? AnswerChannel.Email : AnswerChannel.Phone, desk),
                CaseMove.DeskNote => supportCase.AddDeskNote("管理ポータルで該当期間の通信を確認。追加の不審な通信はなし。", NoteVisibility.Internal, TlpMarking.AmberStrict, at, desk) is not null,
                CaseMove.SharedDeskNote => supportCase.AddDeskNote("該当端末の利用者と用途の確認をお願いします。", NoteVisibility.SharedWithPartner, TlpMarking.Amber, at, desk) is not null,
                CaseMove.RequestFromCustomer => supportCase.RequestFromCustomer(_random.Next(2) == 0 ? CustomerRequestKind.DeviceLogs : CustomerRequestKind.ConfigurationDetails,
                    "該当時間帯のプロキシログとファイアウォールの設定をご提供ください。", at, desk) is not null,
                CaseMove.WaitForCustomer => supportCase.WaitForCustomer("ログの提供待ち", at, desk),
                CaseMove.FulfilRequest => supportCase.FulfilCustomerRequest(supportCase.CustomerRequests[^1].Id, at, desk),
                CaseMove.Resume => supportCase.Resume(at, desk),
                CaseMove.WaitForPartner => supportCase.WaitForPartner("パートナー様による端末確認待ち", at, desk),
                CaseMove.Report => supportCase.Report(new IncidentReport(facts.Status, facts.Resolution, facts.Prevention, _random.Next(2) == 0 ? AnswerChannel.Email : AnswerChannel.Phone),
                    _random.Next(4) == 0 ? TlpMarking.Green : TlpMarking.Amber, at, desk),
                CaseMove.Close => supportCase.Close(at, desk),
                CaseMove.CloseWithdrawn => supportCase.Close(at, supportCase.IsAtDesk ? desk : partner, "お客様から取り下げの連絡あり"),
                CaseMove.CloseDuplicate => supportCase.Close(at, desk, "同一事象の別案件で対応中のため"),
            };
            ContractStep.Must(done, "support case: " + move);
        }
    }

    private Dictionary<string, string?> Answers(HearingSheetTemplate template, Opening opening)
    {
        var kinds = template.Question(HearingSheetTemplates.InquiryKind)!.Choices;
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [HearingSheetTemplates.InquiryKind] = opening.Alert is null ? kinds[^1] : kinds[_random.Next(kinds.Count - 1)],
            ["alert-text"] = opening.Alert?.Signature,
            ["question"] = opening.Subject + "。お客様は業務への影響を心配されています。",
            ["affects-us"] = _random.Next(3) == 0 ? HearingSheetAnswers.No : HearingSheetAnswers.Yes,
            ["noticed-on"] = BusinessCalendar.TokyoDate(opening.At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["actions-taken"] = _random.Next(2) == 0 ? "特になし" : "該当端末の利用者に聞き取り済み",
        };
        return answers.Where(a => template.Question(a.Key) is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    private double Minutes(double from, double to) => from + (_random.NextDouble() * (to - from));

    private enum CaseMove
    {
        FillSheet,
        PartnerNote,
        AnswerByPhone,
        Escalate,
        Assign,
        StartWork,
        FirstAnswer,
        DeskNote,
        SharedDeskNote,
        RequestFromCustomer,
        WaitForCustomer,
        FulfilRequest,
        Resume,
        WaitForPartner,
        Report,
        Close,
        CloseWithdrawn,
        CloseDuplicate,
    }

    private sealed record Opening(CustomerRef Customer, DateTimeOffset At, string By, string Subject, ThreatClass? ThreatClass, string? Serial, AlertRef? Alert,
        string? Snapshot);
}
