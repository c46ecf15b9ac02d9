using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Documents;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

// Withdrawing and correcting a published notice (ADR-006), and the posting day per letter.
public partial class ServiceNoticeTests
{
    [Fact]
    public async Task Withdraw_NoticeWithSentAndQueuedEmails_CancelsTheQueuedKeepsTheSentAndTellsEachSentAddressInItsLanguage()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", "sent-ja@withdraw.example; queued@withdraw.example");
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "en", "sent-en@withdraw.example");
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(minato, hokuriku))).NoticeId!.Value;
        await MarkSentAsync(noticeId, "sent-ja@withdraw.example", "sent-en@withdraw.example");

        var outcome = await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "工事日程の見直しにより中止します。");

        outcome.NoticeId.ShouldBe(noticeId);
        await using var db = app.CreateContext(TenantScope.System);
        var notice = await db.ServiceNotices.SingleAsync(n => n.Id == noticeId, Token);
        notice.Standing.ShouldBe(NoticeStanding.Withdrawn);
        notice.WithdrawalReason.ShouldBe("工事日程の見直しにより中止します。");
        var deliveries = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId).ToListAsync(Token);
        var emailIds = deliveries.Where(d => d.OutboundEmailId != null).Select(d => d.OutboundEmailId!.Value).ToList();
        var emails = await db.OutboundEmails.Where(e => emailIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, Token);
        OutboundEmail Of(ServiceNoticeDelivery d) => emails[d.OutboundEmailId!.Value];
        var notices = deliveries.Where(d => d.Channel == NoticeChannel.Email && !d.Withdrawal).ToList();
        // The queued ones (the other address, the partners' staff) are cancelled; the sent ones stay sent in the log.
        notices.Where(d => d.Address.StartsWith("sent-", StringComparison.Ordinal)).ShouldAllBe(d => emails[d.OutboundEmailId!.Value].Status == OutboundEmailStatus.Sent);
        notices.Where(d => !d.Address.StartsWith("sent-", StringComparison.Ordinal)).ShouldAllBe(d => emails[d.OutboundEmailId!.Value].Status == OutboundEmailStatus.Cancelled);
        (await LogRowAsync(noticeId, "queued@withdraw.example")).State.ShouldBe(DeliveryState.Cancelled);
        // Only the addresses it was sent to hear of the withdrawal, each in its language; every board shows it.
        var withdrawals = deliveries.Where(d => d.Withdrawal && d.Channel == NoticeChannel.Email).ToList();
        withdrawals.Select(d => d.Address).ShouldBe(["sent-ja@withdraw.example", "sent-en@withdraw.example"], ignoreOrder: true);
        Of(withdrawals.Single(d => d.Address == "sent-en@withdraw.example")).Subject.ShouldBe("[Withdrawn] Maintenance (EN)");
        var japanese = Of(withdrawals.Single(d => d.Address == "sent-ja@withdraw.example"));
        japanese.Subject.ShouldBe("【撤回】メンテナンスのお知らせ");
        japanese.Body.ShouldContain("工事日程の見直しにより中止します。");
        japanese.Status.ShouldBe(OutboundEmailStatus.Queued);
        deliveries.Count(d => d.Withdrawal && d.Channel == NoticeChannel.Board).ShouldBe(2);
        // The change is audited.
        (await db.AuditEntries.CountAsync(a => a.EntityId == noticeId.ToString() && a.Action == PartnerHub.Data.Auditing.AuditAction.Updated
            && a.Changes.Contains("WithdrawalReason"), Token)).ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_TwiceWithoutAReasonOrAsAPartner_IsRefusedAndTheFirstWithdrawalStands()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;

        (await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, " ")).Refusal!.Reason
            .ShouldBe(NoticeRefusalReason.WithdrawalReasonMissing);
        (await WithdrawAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, noticeId, "取り下げ")).NotAllowed.ShouldBeTrue();
        (await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "一度目")).NoticeId.ShouldBe(noticeId);
        (await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "二度目")).Refusal!.Reason
            .ShouldBe(NoticeRefusalReason.AlreadyWithdrawn);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.ServiceNotices.SingleAsync(n => n.Id == noticeId, Token)).WithdrawalReason.ShouldBe("一度目");
        (await db.ServiceNoticeDeliveries.CountAsync(d => d.NoticeId == noticeId && d.Withdrawal && d.Channel == NoticeChannel.Board, Token)).ShouldBe(1);
        // Its letter is not to be posted any more; none was posted, so there is no withdrawal letter for the shortcut to post.
        var letter = (await LetterRowsAsync(noticeId)).Single().Id;
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, [letter], Token))).Error.ShouldBe(LetterRecordError.NoticeNotInForce);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token))).ShouldBe(new LetterRecordOutcome(0));
        (await LetterRowsAsync(noticeId)).Single().LetterPostedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Withdraw_NoticeToOnePartner_ShowsWithdrawnOnThatBoardOnlyAndAsksNoAcknowledgement()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;

        await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "中止");

        await using var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var board = minato.ServiceProvider.GetRequiredService<ServiceNoticeQueries>();
        (await board.ListAsync(new ListRequest(PageSize: 50), false, Token)).Items.Single(n => n.Id == noticeId).Standing.ShouldBe(NoticeStanding.Withdrawn);
        (await board.ListAsync(new ListRequest(PageSize: 50), true, Token)).Items.ShouldNotContain(n => n.Id == noticeId);
        (await board.GetAsync(noticeId, Token))!.Standing.ShouldBe(NoticeStanding.Withdrawn);
        await using var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);
        var other = hokuriku.ServiceProvider.GetRequiredService<ServiceNoticeQueries>();
        (await other.GetAsync(noticeId, Token)).ShouldBeNull();
        (await other.DeliveryLogAsync(noticeId, new ListRequest(PageSize: 50), Token)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Correct_WordingOfANotice_GoesToTheSameRecipientsAndSupersedesTheOriginal()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", "fix@correct.example");
        var originalId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        var content = Maintenance(Today.AddDays(10)) with { BodyJa = "センサー基盤のメンテナンスを行います（訂正）。" };

        var outcome = await CorrectAsync(originalId, content);

        var correctionId = outcome.NoticeId.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var original = await db.ServiceNotices.SingleAsync(n => n.Id == originalId, Token);
        var correction = await db.ServiceNotices.SingleAsync(n => n.Id == correctionId, Token);
        original.Standing.ShouldBe(NoticeStanding.Superseded);
        original.SupersededById.ShouldBe(correctionId);
        correction.CorrectsId.ShouldBe(originalId);
        correction.OriginalNoticeDate.ShouldBe(original.PublishedOn);
        (await db.ServiceNoticeRecipients.Where(r => r.NoticeId == correctionId).Select(r => r.CustomerId).ToListAsync(Token)).ShouldBe([customer]);
        (await db.ServiceNoticePartners.SingleAsync(p => p.NoticeId == correctionId, Token)).AcknowledgedAt.ShouldBeNull();
        var deliveries = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == correctionId).ToListAsync(Token);
        deliveries.Where(d => d.Audience == DeliveryAudience.Customer && d.Channel == NoticeChannel.Email).Select(d => d.Address).ShouldBe(["fix@correct.example"]);
        deliveries.Count(d => d.Channel == NoticeChannel.Letter).ShouldBe(1);
        var mailId = deliveries.Single(d => d.Address == "fix@correct.example").OutboundEmailId!.Value;
        (await db.OutboundEmails.SingleAsync(e => e.Id == mailId, Token)).Body.ShouldContain("（訂正）");
        // The original's mail still queued is cancelled; correcting it again is refused (the correction is the one to correct).
        var originalMail = (await db.ServiceNoticeDeliveries.SingleAsync(d => d.NoticeId == originalId && d.Address == "fix@correct.example", Token)).OutboundEmailId!.Value;
        (await db.OutboundEmails.SingleAsync(e => e.Id == originalMail, Token)).Status.ShouldBe(OutboundEmailStatus.Cancelled);
        (await CorrectAsync(originalId, content)).Refusal!.Reason.ShouldBe(NoticeRefusalReason.AlreadySuperseded);
    }

    [Fact]
    public async Task Correct_WithdrawnNotice_IsRefusedAndNothingIsPublished()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "中止");

        var outcome = await CorrectAsync(noticeId, Maintenance(Today.AddDays(12)));

        outcome.Refusal!.Reason.ShouldBe(NoticeRefusalReason.CorrectingWithdrawn);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ServiceNotices.CountAsync(n => n.CorrectsId == noticeId, Token)).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public async Task RecordPosted_ChosenLettersOnDifferentDays_GivesEachItsOwnDeemedDeliveryAndTheShortcutPostsTheRest()
    {
        var customers = new[]
        {
            await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null),
            await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null),
            await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "en", null),
        };
        // Published three days ago, so its letters can have been posted on different days since.
        var noticeId = await PublishOnAsync(TimeProvider.System.GetUtcNow().AddDays(-3), Maintenance(Today.AddDays(20)), Customers(customers));
        var letters = await LetterRowsAsync(noticeId);
        var (first, second, third) = (letters.Single(l => l.CustomerId == customers[0]), letters.Single(l => l.CustomerId == customers[1]),
            letters.Single(l => l.CustomerId == customers[2]));

        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-3), [first.Id], Token))).ShouldBe(new LetterRecordOutcome(1));
        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-1), [second.Id], Token))).ShouldBe(new LetterRecordOutcome(1));
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, [first.Id], Token))).Error.ShouldBe(LetterRecordError.AlreadyPosted);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, [], Token))).Error.ShouldBe(LetterRecordError.NoneChosen);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token))).ShouldBe(new LetterRecordOutcome(1));

        var calendar = BusinessCalendars.SensorServiceDesk;
        var rows = (await LetterRowsAsync(noticeId)).ToDictionary(r => r.Id);
        rows[first.Id].LetterPostedOn.ShouldBe(Today.AddDays(-3));
        rows[first.Id].LetterArrivesOn.ShouldBe(calendar.AddBusinessDays(Today.AddDays(-3), 2));
        rows[second.Id].LetterPostedOn.ShouldBe(Today.AddDays(-1));
        rows[second.Id].LetterArrivesOn.ShouldBe(calendar.AddBusinessDays(Today.AddDays(-1), 2));
        rows[third.Id].LetterPostedOn.ShouldBe(Today);
        rows[third.Id].LetterArrivesOn.ShouldBe(calendar.AddBusinessDays(Today, 2));
    }

    [Fact]
    public async Task RecordPosted_ALetterOfAnotherNotice_IsRefusedAndNothingIsRecorded()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var one = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        var other = (await PublishAsync(Maintenance(Today.AddDays(11)), Customers(customer))).NoticeId!.Value;
        var foreign = (await LetterRowsAsync(other)).Single().Id;
        var own = (await LetterRowsAsync(one)).Single().Id;

        (await RecordAsync(record => record.PostedAsync(one, Today, [own, foreign], Token))).Error.ShouldBe(LetterRecordError.NotALetter);

        (await LetterRowsAsync(one)).Single().LetterPostedOn.ShouldBeNull();
        (await LetterRowsAsync(other)).Single().LetterPostedOn.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public async Task Withdraw_NoticeWithAPostedAndAnUnpostedLetter_AddsAWithdrawalLetterToPostForThePostedOneOnly()
    {
        var posted = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "en", null);
        var unposted = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = await PublishOnAsync(TimeProvider.System.GetUtcNow().AddDays(-3), Maintenance(Today.AddDays(20)), Customers(posted, unposted));
        var originals = await LetterRowsAsync(noticeId);
        var (postedLetter, unpostedLetter) = (originals.Single(l => l.CustomerId == posted), originals.Single(l => l.CustomerId == unposted));
        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-2), [postedLetter.Id], Token))).ShouldBe(new LetterRecordOutcome(1));

        await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "中止");

        await using (var db = app.CreateContext(TenantScope.System))
        {
            var withdrawal = await db.ServiceNoticeDeliveries.SingleAsync(d => d.NoticeId == noticeId && d.Channel == NoticeChannel.Letter && d.Withdrawal, Token);
            withdrawal.WithdrawsLetterId.ShouldBe(postedLetter.Id);
            (withdrawal.CustomerId, withdrawal.Address, withdrawal.Language).ShouldBe((posted, postedLetter.Address, "en"));
            withdrawal.LetterPostedOn.ShouldBeNull();
        }

        // The notice's letter list offers the withdrawal letter to post; the unposted original stays unpostable.
        await using (var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var letters = await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().LettersAsync(noticeId, Token);
            letters.Count(l => l.Withdrawal && l.PostedOn is null).ShouldBe(1);
        }

        var withdrawalId = (await LetterRowsAsync(noticeId)).Single(l => l.Withdrawal).Id;
        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-1), [withdrawalId], Token))).Error.ShouldBe(LetterRecordError.BeforeWithdrawn);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, [unpostedLetter.Id], Token))).Error.ShouldBe(LetterRecordError.NoticeNotInForce);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token))).ShouldBe(new LetterRecordOutcome(1));

        var rows = (await LetterRowsAsync(noticeId)).ToDictionary(r => r.Id);
        rows[withdrawalId].LetterPostedOn.ShouldBe(Today);
        rows[withdrawalId].LetterArrivesOn.ShouldBe(BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2));
        rows[withdrawalId].Withdrawal.ShouldBeTrue();
        rows[postedLetter.Id].LetterPostedOn.ShouldBe(Today.AddDays(-2));
        rows[unpostedLetter.Id].LetterPostedOn.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "001 §21-3")]
    public async Task WithdrawalLetterDownload_ByTheCustomersPartner_NamesTheNoticeItsPostingDayAndTheReason()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = await PublishOnAsync(TimeProvider.System.GetUtcNow().AddDays(-3), Maintenance(Today.AddDays(20)), Customers(customer));
        var original = (await LetterRowsAsync(noticeId)).Single();
        await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-2), [original.Id], Token));
        await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "作業日程の見直しにより中止します。");
        var withdrawalId = (await LetterRowsAsync(noticeId)).Single(l => l.Withdrawal).Id;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri(ServiceNoticeEndpoints.LetterPath(noticeId, withdrawalId), UriKind.Relative), Token);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("【撤回】メンテナンスのお知らせ");
        text.ShouldContain(JapaneseFormat.Date(Today.AddDays(-2), HubCultures.Supported[0]));
        text.ShouldContain("作業日程の見直しにより中止します。");
        text.ShouldNotContain("センサー基盤のOS更新");
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public async Task Withdraw_NoticeDeliveredByFax_ListsWhomToTellAnotherWayUntilOperationsRecordItAndTheLogAndExportsShowIt()
    {
        var faxed = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var other = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(faxed, other))).NoticeId!.Value;
        (await RecordOtherAsync(noticeId, faxed, "FAX", "総務部 FAX 03-1234-5678", TimeProvider.System.GetUtcNow())).Error.ShouldBeNull();

        (await WithdrawAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId, "作業を中止します。")).NoticeId.ShouldBe(noticeId);

        // Only the customer the notice reached by FAX is to be told the same way; its row names whom and how.
        var followUp = (await FollowUpsAsync(noticeId)).ShouldHaveSingleItem();
        followUp.CustomerId.ShouldBe(faxed);
        followUp.Method.ShouldBe("FAX");
        followUp.Addressee.ShouldBe("総務部 FAX 03-1234-5678");
        var pending = (await LogRowsAsync(noticeId)).Single(r => r.Id == followUp.DeliveryId);
        (pending.Channel, pending.Withdrawal, pending.State, pending.IsDeemedDelivered).ShouldBe((NoticeChannel.Other, true, DeliveryState.OtherMethodToDo, false));
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        (await ExportedStatesAsync(client, noticeId)).ShouldContain("別の方法で伝える必要あり (撤回のお知らせ)");
        (await RecordOtherAsync(noticeId, other, "手渡し", "佐藤様", TimeProvider.System.GetUtcNow())).Error.ShouldBe(OtherDeliveryError.NoticeNotInForce);

        // Refused: before the withdrawal, without a method, by partner staff; nothing recorded.
        var withdrawnAt = (await LoadNoticeAsync(noticeId)).WithdrawnAt!.Value;
        (await RecordWithdrawalAsync(noticeId, followUp.DeliveryId, "FAX", followUp.Addressee, withdrawnAt.AddMinutes(-1))).Error.ShouldBe(OtherDeliveryError.BeforeWithdrawn);
        (await RecordWithdrawalAsync(noticeId, followUp.DeliveryId, " ", followUp.Addressee, withdrawnAt)).Error.ShouldBe(OtherDeliveryError.MethodMissing);
        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await scope.ServiceProvider.GetRequiredService<RecordOtherDelivery>().WithdrawalAsync(noticeId, followUp.DeliveryId, "FAX", "x", withdrawnAt, Token))
                .NotAllowed.ShouldBeTrue();
        }

        (await FollowUpsAsync(noticeId)).ShouldHaveSingleItem();

        // Told by phone instead: recorded as done, at the time the withdrawal names, and listed no more.
        var named = withdrawnAt.AddMinutes(30);
        var outcome = await RecordWithdrawalAsync(noticeId, followUp.DeliveryId, "電話", "総務部 佐藤様", named);

        outcome.DeliveryId.ShouldBe(followUp.DeliveryId);
        (await FollowUpsAsync(noticeId)).ShouldBeEmpty();
        var done = (await LogRowsAsync(noticeId)).Single(r => r.Id == followUp.DeliveryId);
        (done.State, done.OtherMethod, done.Address, done.Withdrawal).ShouldBe((DeliveryState.OtherMethod, "電話", "総務部 佐藤様", true));
        done.DeemedDelivered(Instant, Day).ShouldBe(Instant(named));
        (await RecordWithdrawalAsync(noticeId, followUp.DeliveryId, "電話", "総務部 佐藤様", named)).Error.ShouldBe(OtherDeliveryError.NotAFollowUp);
        (await ExportedStatesAsync(client, noticeId)).ShouldContain("その他の方法で通知 (撤回のお知らせ)");
        var pdf = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPdfPath(noticeId), UriKind.Relative), Token);
        var text = await PdfTools.CompactTextAsync(await pdf.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("その他の方法で通知(撤回のお知らせ)");
        text.ShouldContain("方法:電話");
        text.ShouldContain(JapaneseFormat.ShortDateTime(named).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public async Task RecordWithdrawalByOtherMethod_NoticeStillInForce_IsRefused()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        var delivery = (await RecordOtherAsync(noticeId, customer, "手渡し", "佐藤様", TimeProvider.System.GetUtcNow())).DeliveryId!.Value;

        (await RecordWithdrawalAsync(noticeId, delivery, "手渡し", "佐藤様", TimeProvider.System.GetUtcNow())).Error.ShouldBe(OtherDeliveryError.NoticeNotWithdrawn);

        (await LogRowsAsync(noticeId)).ShouldNotContain(r => r.Withdrawal && r.Channel == NoticeChannel.Other);
    }

    private async Task<IReadOnlyList<WithdrawalFollowUpRow>> FollowUpsAsync(Guid noticeId)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().WithdrawalFollowUpsAsync(noticeId, Token);
    }

    private async Task<OtherDeliveryOutcome> RecordWithdrawalAsync(Guid noticeId, Guid followUpId, string method, string addressee, DateTimeOffset named)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<RecordOtherDelivery>().WithdrawalAsync(noticeId, followUpId, method, addressee, named, Token);
    }

    private async Task<ServiceNotice> LoadNoticeAsync(Guid noticeId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.ServiceNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId, Token);
    }

    // The 状態 column of the delivery log's Excel export.
    private static async Task<IReadOnlyList<string?>> ExportedStatesAsync(HttpClient client, Guid noticeId)
    {
        var xlsx = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPath(noticeId), UriKind.Relative), Token);
        xlsx.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Token));
        var sheet = PartnerHub.Features.Documents.Excel.ExcelReader.ReadAll(stream).ShouldHaveSingleItem();
        var column = sheet.Rows[0].Cells.Select(c => c.Value as string).ToList().IndexOf("状態");
        return [.. sheet.Rows.Skip(1).Select(r => r[column] as string)];
    }

    private async Task<NoticeChangeOutcome> WithdrawAsync(TenantScope user, string role, Guid noticeId, string reason)
    {
        await using var scope = app.ScopeFor(user, role);
        return await scope.ServiceProvider.GetRequiredService<WithdrawServiceNotice>().ExecuteAsync(noticeId, reason, Token);
    }

    private async Task<NoticeChangeOutcome> CorrectAsync(Guid originalId, NoticeContent content)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<CorrectServiceNotice>().ExecuteAsync(originalId, content, Token);
    }

    // Publishes as vendor operations on a clock set to <paramref name="at"/>.
    private async Task<Guid> PublishOnAsync(DateTimeOffset at, NoticeContent content, NoticeTargeting targeting)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var publish = ActivatorUtilities.CreateInstance<PublishServiceNotice>(scope.ServiceProvider, new FakeTimeProvider(at));
        return (await publish.ExecuteAsync(content, targeting, Token)).NoticeId.ShouldNotBeNull();
    }

    private async Task MarkSentAsync(Guid noticeId, params string[] addresses)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var ids = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && addresses.Contains(d.Address)).Select(d => d.OutboundEmailId!.Value)
            .ToListAsync(Token);
        foreach (var email in await db.OutboundEmails.Where(e => ids.Contains(e.Id)).ToListAsync(Token))
        {
            email.MarkSent(TimeProvider.System.GetUtcNow());
        }

        await db.SaveChangesAsync(Token);
    }
}
