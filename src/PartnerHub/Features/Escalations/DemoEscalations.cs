using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// A desk with work on it for the demo: a breached C&amp;C escalation (Minato, SIM-0001), one waiting for the customer's
/// proxy logs (Minato, SIM-0002), a reported one (Hokuriku, SIM-0003) and an inquiry the partner answered by phone
/// (Sakura); then one case in each remaining status: an inquiry still at the first line (Minato, SIM-0005), a fresh
/// escalation nobody has taken yet (Hokuriku, SIM-0006), one waiting for the partner to name the infected PC (Sakura,
/// SIM-0007), one reported and closed (Minato) and one the customer withdrew (Hokuriku). Built with the domain's own
/// steps, so the history, SLA and visibility are what real use produces.
/// </summary>
public sealed class DemoEscalations(HubDbContextOptions contextOptions, TimeProvider clock, IOptions<EscalationsOptions> options) : IDemoDataContributor
{
    private const string Desk = "desk@vendor.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        await HearingTemplatesSeed.EnsureDefaultAsync(db, now.AddDays(-30), cancellationToken);
        var template = (await HearingTemplatesSeed.CurrentAsync(db, cancellationToken))!;
        var numbers = new DemoNumbers("E", await db.SupportCases.Select(c => c.Number).ToListAsync(cancellationToken));

        // Opened in time order, so each day's numbers follow the order the inquiries came in, as OpenInquiry's do.
        var closed = await OpenAsync(db, template, null, null, "ランサムウェア対策の相談", now.AddDays(-12), numbers, cancellationToken, DemoOrganisations.MinatoPartner);
        var at = TakeToDesk(closed, "staff@minato.example", TimeSpan.FromMinutes(30), TimeSpan.FromHours(1));
        Must(closed.Report(new IncidentReport(
            "現時点で感染や侵入の痕跡はありません。一般的なランサムウェア対策についてのご相談です。",
            "バックアップのオフライン保管と、VPN 機器のファームウェア更新をご案内しました。",
            "不審なメールの添付ファイルを開かないよう、社内周知をお勧めします。",
            AnswerChannel.OnlineMeeting, InsuranceClaimNoted: true, InsuranceNote: "被害が発生した場合は付帯のサイバー保険を請求いただけます（1社300万円まで）。"), TlpMarking.Green, at = at.AddHours(4), Desk));
        Must(closed.Close(at.AddDays(1), Desk));

        var reported = await OpenAsync(db, template, "SIM-0003", ThreatClass.Reconnaissance, "外部からのスキャン通知", now.AddDays(-9), numbers, cancellationToken);
        at = TakeToDesk(reported, "staff@hokuriku.example", TimeSpan.FromMinutes(30), TimeSpan.FromHours(2));
        Must(reported.AddDeskNote("公開サーバーへの SSH スキャンです。ログイン成功の痕跡はありません。", NoteVisibility.SharedWithPartner, TlpMarking.Amber, at = at.AddHours(1), Desk) is not null);
        Must(reported.Report(new IncidentReport(
            "インターネットからの SSH ポートスキャンを確認しました。侵入の痕跡はありません。",
            "対応は不要です。公開サーバーの SSH はパスワード認証を無効化済みであることを確認しました。",
            "管理用ポートの公開範囲を社内 IP に限定することをお勧めします。",
            AnswerChannel.Email, InsuranceClaimNoted: false), TlpMarking.Amber, at.AddHours(3), Desk));

        var withdrawn = await OpenAsync(db, template, null, null, "通知メールが届かない", now.AddDays(-6), numbers, cancellationToken, DemoOrganisations.HokurikuPartner);
        Must(withdrawn.Close(withdrawn.OpenedAt.AddHours(2), "staff@hokuriku.example", "お客様側の迷惑メール設定が原因と判明し、取り下げ"));

        var breached = await OpenAsync(db, template, "SIM-0001", ThreatClass.MalwareCommunication, "C&C 通信のアラートについて", now.AddDays(-4), numbers, cancellationToken);
        at = TakeToDesk(breached, "staff@minato.example", TimeSpan.FromMinutes(20), TimeSpan.FromHours(1));
        Must(breached.AddDeskNote("管理ポータルで同一宛先への定期通信を確認。端末の特定をパートナーに依頼予定。", NoteVisibility.Internal, TlpMarking.AmberStrict, at.AddMinutes(5), Desk) is not null);

        var answered = await OpenAsync(db, template, null, null, "英語の通知メールの意味", now.AddDays(-2), numbers, cancellationToken, DemoOrganisations.SakuraPartner);
        Must(answered.AnswerByPhone("通知メールは週次の検知サマリーで、対応が必要な項目はないことを電話でご説明しました。", answered.OpenedAt.AddMinutes(25), "staff@sakura.example"));

        var waitingForPartner = await OpenAsync(db, template, "SIM-0007", ThreatClass.MalwareCommunication, "C&C サーバーとの通信の疑い", now.AddHours(-26), numbers, cancellationToken);
        at = TakeToDesk(waitingForPartner, "staff@sakura.example", TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
        Must(waitingForPartner.RecordFirstAnswer(at = at.AddHours(1), AnswerChannel.Phone, Desk));
        Must(waitingForPartner.AddDeskNote("通信元 IP（192.168.10.0/24 内）の端末と利用者の特定をお願いします。", NoteVisibility.SharedWithPartner, TlpMarking.Amber, at = at.AddMinutes(5), Desk) is not null);
        Must(waitingForPartner.WaitForPartner("通信元端末の特定結果の連絡待ち", at.AddMinutes(1), Desk));

        var waiting = await OpenAsync(db, template, "SIM-0002", ThreatClass.MaliciousFileDownload, "不審なファイルのダウンロード", now.AddHours(-20), numbers, cancellationToken);
        at = TakeToDesk(waiting, "admin@minato.example", TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(40));
        Must(waiting.RecordFirstAnswer(at = at.AddMinutes(30), AnswerChannel.Phone, Desk));
        Must(waiting.RequestFromCustomer(CustomerRequestKind.DeviceLogs, "該当時間帯のプロキシログ（10:00〜11:00）をご提供ください。", at = at.AddMinutes(5), Desk) is not null);
        Must(waiting.WaitForCustomer("プロキシログの提供待ち", at.AddMinutes(1), Desk));

        var escalated = await OpenAsync(db, template, "SIM-0006", ThreatClass.MaliciousSiteAccess, "改ざんサイトへのアクセス検知", now.AddHours(-3), numbers, cancellationToken);
        Must(escalated.Escalate(escalated.OpenedAt.AddMinutes(25), "staff@hokuriku.example"));

        var open = await OpenAsync(db, template, "SIM-0005", null, "センサーの「取りこぼし率が高い」表示について", now.AddMinutes(-40), numbers, cancellationToken);
        Must(open.AddPartnerNote("お客様はミラーポートの設定変更を検討中。折り返し連絡予定。", TlpMarking.Amber, open.OpenedAt.AddMinutes(20), "staff@minato.example") is not null);

        db.SupportCases.AddRange(closed, reported, withdrawn, breached, answered, waitingForPartner, waiting, escalated, open);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SupportCase> OpenAsync(HubDbContext db, HearingSheetTemplate template, string? serial, ThreatClass? threatClass, string subject,
        DateTimeOffset openedAt, DemoNumbers numbers, CancellationToken cancellationToken, Guid? partnerWithoutDevice = null)
    {
        var appliance = serial is null ? null : await db.Appliances.AsNoTracking().SingleAsync(a => a.SerialNumber == serial, cancellationToken);
        var customerId = appliance is not null
            ? await db.Contracts.Where(c => c.Id == appliance.ContractId).Select(c => c.CustomerId).SingleAsync(cancellationToken)
            : await db.Customers.Where(c => c.PartnerId == partnerWithoutDevice).OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, cancellationToken);
        var alert = serial is null ? null : await db.SensorEvents.AsNoTracking()
            .Where(e => e.ApplianceSerial == serial && e.Kind == TelemetryKind.Alert && e.ThreatClass == threatClass && e.ObservedAt <= openedAt)
            .OrderByDescending(e => e.ObservedAt).FirstOrDefaultAsync(cancellationToken);
        var openedBy = customer.PartnerId == DemoOrganisations.MinatoPartner ? "staff@minato.example"
            : customer.PartnerId == DemoOrganisations.HokurikuPartner ? "staff@hokuriku.example" : "staff@sakura.example";
        var caller = CallerVerification.Check(customer.ServiceContact, customer.ServiceContact.Name, customer.ServiceContact.Phone, null,
            VerificationMethod.RegisteredPhoneMatch, openedAt, openedBy);
        var snapshot = await OpeningSnapshot.CaptureAsync(db, serial, openedAt, cancellationToken);
        // Numbered per day without gaps, as OpenInquiry numbers: its next number on a seeded day is then still free.
        var supportCase = new SupportCase(Guid.NewGuid(), numbers.Next(JapaneseFormat.TokyoDate(openedAt)), customer.PartnerId, customer.Id, subject, caller, options.Value.UnregisteredCallerPolicy,
            openedAt, openedBy, threatClass, serial, alert is null ? null : Guid.ParseExact(alert.EventId, "N"), snapshot?.ToJson());
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [HearingSheetTemplates.InquiryKind] = template.Question(HearingSheetTemplates.InquiryKind)!.Choices[0],
            ["alert-text"] = alert?.Signature,
            ["question"] = subject + "。お客様は業務への影響を心配されています。",
            ["affects-us"] = HearingSheetAnswers.Yes,
            ["noticed-on"] = JapaneseFormat.TokyoDate(openedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var errors = supportCase.FillHearingSheet(template, answers.Where(a => template.Question(a.Key) is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            TlpMarking.Amber, openedAt.AddMinutes(10), openedBy);
        Must(errors.Count == 0);
        return supportCase;
    }

    // The partner escalates, then the desk takes the case and starts work on it; returns when work started.
    private static DateTimeOffset TakeToDesk(SupportCase supportCase, string escalatedBy, TimeSpan escalatedAfter, TimeSpan takenAfter)
    {
        var escalatedAt = supportCase.OpenedAt + escalatedAfter;
        var takenAt = escalatedAt + takenAfter;
        Must(supportCase.Escalate(escalatedAt, escalatedBy));
        Must(supportCase.Assign(Desk, takenAt, Desk));
        Must(supportCase.StartWork(takenAt, Desk));
        return takenAt;
    }

    // The demo is built from the domain's own steps; a refused step is a bug in this seed, not something to hide.
    private static void Must(bool done)
    {
        if (!done)
        {
            throw new InvalidOperationException("A demo escalation step was refused by the case rules.");
        }
    }
}
