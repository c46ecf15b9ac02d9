using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>
/// A planned maintenance of the sensor platform, published a day ago to every customer with a CTS appliance, and one
/// maintenance per partner for that partner's customers, so the notice list, the notice page, its letters and its delivery
/// log have a record in every demo; a terms change to everyone and a suspension of one partner's customers. Its e-mails are recorded
/// as sent a day ago (they never leave the demo), one address as bounced; one partner has acknowledged it and
/// the others have not yet; its letters were posted the day it was published and one came back, its customer then told on
/// the phone (another method, 001 §21-4). One partner's notice is withdrawn and another's corrected (ADR-006). Runs after
/// the contracts' and devices' demo data, whose customers it reaches.
/// </summary>
public sealed class DemoServiceNotices(HubDbContextOptions contextOptions, NoticeComposer composer, IOptionsMonitor<ServiceNoticesOptions> options, TimeProvider clock)
    : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var publishedAt = clock.GetUtcNow().AddDays(-1);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var content = new NoticeContent(ServiceNoticeType.PlannedMaintenance,
            "センサー管理基盤の定期メンテナンスのお知らせ", "Scheduled maintenance of the sensor management platform",
            "センサー管理基盤の定期メンテナンスを実施します。メンテナンス中はポータルへのログインおよびアラート通知が停止します。検知は継続し、終了後に通知されます。",
            "We will carry out scheduled maintenance of the sensor management platform. Portal sign-in and alert notifications stop during the work; detection continues and alerts are notified afterwards.",
            today.AddDays(14), today.AddDays(14), "センサー管理基盤のOS更新（利用規約第14条第1項第1号）", "特にございません。メンテナンス終了後にポータルへ再ログインしてください。",
            null, null, "停止期間中も利用料金は発生します（利用規約第14条第3項）。");
        var targeting = new NoticeTargeting(TargetKind.ApplianceModels, [ApplianceModel.CyberThreatSensor.Code]);
        var outcome = await PublishServiceNotice.PublishAsync(db, composer, content, targeting, publishedAt, "ops@vendor.example", cancellationToken,
            RecordEmailsAsSent);
        if (outcome.NoticeId is not { } noticeId)
        {
            return;
        }

        var concerned = await db.ServiceNoticePartners.Where(p => p.NoticeId == noticeId).OrderBy(p => p.PartnerName).ToListAsync(cancellationToken);
        if (concerned.Count > 1)
        {
            concerned[0].Acknowledge(publishedAt.AddHours(2), "demo");
            await db.SaveChangesAsync(cancellationToken);
        }

        // Its letters were posted the day it was published, and one came back today; the others' letters are still to post.
        var publishedOn = JapaneseFormat.TokyoDate(publishedAt);
        var letters = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter).OrderBy(d => d.Address)
            .ToListAsync(cancellationToken);
        foreach (var letter in letters)
        {
            letter.RecordLetterPosted(publishedOn, publishedOn, today, options.CurrentValue.LetterTransitBusinessDays, BusinessCalendars.SensorServiceDesk, "demo");
        }

        letters.FirstOrDefault()?.RecordLetterReturned(today, today, "demo");
        await db.SaveChangesAsync(cancellationToken);

        // Its customer was then told on the phone, at the time the notice named (001 §21-4).
        var returnedTo = letters.FirstOrDefault()?.CustomerId;
        var recipient = await db.ServiceNoticeRecipients.SingleOrDefaultAsync(r => r.NoticeId == noticeId && r.CustomerId == returnedTo, cancellationToken);
        var notice = await db.ServiceNotices.SingleAsync(n => n.Id == noticeId, cancellationToken);
        if (recipient is not null && notice.RecordOtherMethod(Guid.NewGuid(), recipient, "電話で読み上げ", "サービス担当者", "ja", clock.GetUtcNow().AddHours(-1),
                clock.GetUtcNow(), "demo") is ({ } byPhone, null))
        {
            db.ServiceNoticeDeliveries.Add(byPhone);
            await db.SaveChangesAsync(cancellationToken);
        }

        // One notice per partner, so that each partner's board has a notice no other partner may open (the page-health crawl
        // opens another tenant's notice and expects "not found").
        foreach (var partnerId in new[] { DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner })
        {
            var local = new NoticeContent(ServiceNoticeType.PlannedMaintenance, "通信経路切替工事に伴う通知遅延のお知らせ", "Notification delays during a network route change",
                "地域データセンターの通信経路を切り替えます。作業中はアラート通知が最大30分遅れることがあります。", null, today.AddDays(21), null,
                "地域データセンターの回線増強（利用規約第14条第1項第1号）", null, null, null, null);
            await PublishServiceNotice.PublishAsync(db, composer, local, new NoticeTargeting(TargetKind.Partners, [partnerId.ToString()]), publishedAt.AddHours(1),
                "ops@vendor.example", cancellationToken, RecordEmailsAsSent);
        }

        // A terms change to everyone (its cancellation window shows on every contract page and on the notice) and a suspension
        // with its 004 §14-1 ground, so the terms-change and stop tabs have a record.
        var termsChange = new NoticeContent(ServiceNoticeType.TermsChange, "サービス利用規約改定のお知らせ", "Revision of the service terms",
            "アラート通知の保存期間に関する条項を改定します。改定後の規約は効力発生日から適用されます。",
            "We revise the article on how long alert notifications are kept. The revised terms apply from the effective date.",
            today.AddDays(60), null, "保存期間の見直し（利用規約第21条第1項）", "改定に同意されない場合は、効力発生日の前日までに解約をお申し出ください（利用規約第21条第2項）。",
            "第9条第2項「アラート通知は通知日から1年間保存する」を「2年間保存する」に改める。", null, null);
        await PublishServiceNotice.PublishAsync(db, composer, termsChange, new NoticeTargeting(TargetKind.Everyone, []), publishedAt.AddHours(3),
            "ops@vendor.example", cancellationToken, RecordEmailsAsSent);
        var suspension = new NoticeContent(ServiceNoticeType.Suspension, "不正アクセス対策に伴うポータル一時停止のお知らせ", "Portal suspended briefly to defend against unauthorised access",
            "不正アクセスへの防御措置として、ポータルを一時停止します。検知は継続します。", null, today.AddDays(40), today.AddDays(40),
            "不正アクセス対策の設定変更", null, null, null, null, SuspensionGround.AttackDefence);
        await PublishServiceNotice.PublishAsync(db, composer, suspension, new NoticeTargeting(TargetKind.Partners, [DemoOrganisations.MinatoPartner.ToString()]),
            publishedAt.AddHours(4), "ops@vendor.example", cancellationToken, RecordEmailsAsSent);

        // A notice withdrawn the day after it went out (the board shows it withdrawn, its recipients got the withdrawal) and
        // one corrected (the original marked superseded, the correction to the same recipients), so the page-health crawl
        // opens a notice in each standing.
        var mistaken = new NoticeContent(ServiceNoticeType.PlannedMaintenance, "監視ポータル画面改修に伴う停止のお知らせ", "Monitoring portal stopped for a screen update",
            "監視ポータルの画面改修のため、ポータルを停止します。", null, today.AddDays(30), today.AddDays(30), "画面改修（利用規約第14条第1項第1号）", null, null, null, null);
        Guid? withdrawnNotice = null, correctionNotice = null;
        if ((await PublishServiceNotice.PublishAsync(db, composer, mistaken, new NoticeTargeting(TargetKind.Partners, [DemoOrganisations.HokurikuPartner.ToString()]),
                publishedAt.AddHours(5), "ops@vendor.example", cancellationToken, RecordEmailsAsSent)).NoticeId is { } withdrawnId)
        {
            withdrawnNotice = (await WithdrawServiceNotice.WithdrawAsync(db, composer, withdrawnId, "作業日程の見直しにより中止します。", publishedAt.AddHours(20),
                "ops@vendor.example", cancellationToken)).NoticeId;
        }

        var misworded = new NoticeContent(ServiceNoticeType.PlannedMaintenance, "ファームウェア配信サーバの保守のお知らせ", "Maintenance of the firmware server",
            "ファームウエア配信サーバの保守を行います。作業中はファームウエアの更新ができません。", null, today.AddDays(25), today.AddDays(25),
            "配信サーバの保守（利用規約第14条第1項第1号）", null, null, null, null);
        if ((await PublishServiceNotice.PublishAsync(db, composer, misworded, new NoticeTargeting(TargetKind.Partners, [DemoOrganisations.SakuraPartner.ToString()]),
                publishedAt.AddHours(6), "ops@vendor.example", cancellationToken, RecordEmailsAsSent)).NoticeId is { } correctedId)
        {
            correctionNotice = (await CorrectServiceNotice.CorrectAsync(db, composer, correctedId,
                misworded with { BodyJa = "ファームウェア配信サーバの保守を行います。作業中はファームウェアの更新と設定の再配布ができません。" },
                publishedAt.AddHours(21), "ops@vendor.example", cancellationToken)).NoticeId;
        }

        // Their withdrawal and correction e-mails are recorded as sent too: demo mail never leaves the demo.
        var queued = await db.ServiceNoticeDeliveries.Where(d => (d.NoticeId == withdrawnNotice || d.NoticeId == correctionNotice) && d.OutboundEmailId != null)
            .Select(d => d.OutboundEmailId!.Value).ToListAsync(cancellationToken);
        foreach (var email in await db.OutboundEmails.Where(e => queued.Contains(e.Id) && e.SentAt == null && !e.Abandoned).ToListAsync(cancellationToken))
        {
            email.MarkSent(publishedAt.AddHours(21).AddMinutes(1));
        }

        await db.SaveChangesAsync(cancellationToken);

        void RecordEmailsAsSent(HubDbContext context)
        {
            var emails = context.ChangeTracker.Entries<OutboundEmail>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            foreach (var (email, index) in emails.Select((e, i) => (e, i)))
            {
                if (index == emails.Count - 1 && emails.Count > 1)
                {
                    email.MarkFailed("550 5.1.1 <" + email.Recipient + ">: Recipient address rejected: User unknown", 1);
                }
                else
                {
                    email.MarkSent(publishedAt.AddMinutes(1));
                }
            }
        }
    }
}
