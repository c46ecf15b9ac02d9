using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Documents;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

// The letters' posting day (001 §21-3) and the delivery log as a PDF.
public partial class ServiceNoticeTests
{
    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public async Task RecordPosted_LettersOfANotice_FixesEachDeemedDeliveryFromThePostingDayAndShowsItInTheLog()
    {
        var first = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var second = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "en", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(first, second))).NoticeId!.Value;
        (await LetterRowsAsync(noticeId)).ShouldAllBe(r => r.State == DeliveryState.LetterToPost && r.DeemedDelivered(Instant, Day) == null);

        var outcome = await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token));

        outcome.ShouldBe(new LetterRecordOutcome(2));
        var expected = BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2);
        (await LetterRowsAsync(noticeId)).ShouldAllBe(r => r.State == DeliveryState.LetterPosted && r.LetterPostedOn == Today
            && r.LetterArrivesOn == expected && r.DeemedDelivered(Instant, Day) == Day(expected));
        // Recorded already: nothing left to post.
        (await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token))).ShouldBe(new LetterRecordOutcome(0));
    }

    [Fact]
    [Trait("Article", "001 §21-3")]
    public async Task RecordPosted_BeforeTheNoticeOrInTheFuture_IsRefusedAndNothingIsStored()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;

        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(-1), null, Token))).Error.ShouldBe(LetterRecordError.BeforePublished);
        (await RecordAsync(record => record.PostedAsync(noticeId, Today.AddDays(1), null, Token))).Error.ShouldBe(LetterRecordError.InFuture);

        (await LetterRowsAsync(noticeId)).ShouldAllBe(r => r.LetterPostedOn == null && r.LetterArrivesOn == null);
    }

    [Fact]
    [Trait("Article", "001 §21-3; 001 §21-4")]
    public async Task RecordReturned_UnderThe004Policy_ShowsItUndeliveredUntilAnotherMethodIsRecordedAtTheTimeTheNoticeNames()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token));
        var letter = (await LetterRowsAsync(noticeId)).ShouldHaveSingleItem();
        letter.LetterDelivery.ShouldBe(LetterDeliveryRule.ReachesAddress);

        (await RecordAsync(record => record.ReturnedAsync(noticeId, letter.Id, Today, Token))).ShouldBe(new LetterRecordOutcome(1));

        var returned = (await LetterRowsAsync(noticeId)).ShouldHaveSingleItem();
        returned.State.ShouldBe(DeliveryState.LetterUndelivered);
        returned.LetterReturnedOn.ShouldBe(Today);
        returned.LetterArrivesOn.ShouldBe(BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2));
        returned.DeemedDelivered(Instant, Day).ShouldBeNull();
        (await NeedingAnotherWayAsync(noticeId)).ShouldHaveSingleItem().CustomerId.ShouldBe(customer);

        var named = new DateTimeOffset(Today.ToDateTime(new TimeOnly(15, 30)), TimeSpan.FromHours(9));
        var outcome = await RecordOtherAsync(noticeId, customer, "FAX", "総務部 FAX 03-1234-5678", named);

        outcome.Error.ShouldBeNull();
        var other = (await LogRowsAsync(noticeId)).Single(r => r.Channel == NoticeChannel.Other);
        other.Id.ShouldBe(outcome.DeliveryId!.Value);
        other.State.ShouldBe(DeliveryState.OtherMethod);
        other.OtherMethod.ShouldBe("FAX");
        other.Address.ShouldBe("総務部 FAX 03-1234-5678");
        other.CustomerId.ShouldBe(customer);
        other.DeemedDelivered(Instant, Day).ShouldBe(Instant(named));
        (await NeedingAnotherWayAsync(noticeId)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "003 §10-2")]
    public async Task RecordReturned_ContractKeepingAPolicyVersionWithThe003Rule_StaysDeemedDeliveredOnItsNormalArrival()
    {
        var settings = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(ServicePlan.SensorService.Code)) with { LetterDelivery = LetterDeliveryRule.NormalArrival };
        // A version far ahead, so no other test's contract or quote meets it; the contract is given it as if made under it.
        var from = new DateOnly(2099, 4, 1);
        var version = PlanPolicyVersion.Schedule(Guid.NewGuid(), ServicePlan.SensorService.Code, from, settings, [], from.AddDays(-30),
            TimeProvider.System.GetUtcNow(), "admin@vendor.example").Version.ShouldNotBeNull();
        await using (var db = app.CreateContext(TenantScope.System))
        {
            db.PlanPolicyVersions.Add(version);
            await db.SaveChangesAsync(Token);
        }

        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null, version);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token));
        var letter = (await LetterRowsAsync(noticeId)).ShouldHaveSingleItem();

        await RecordAsync(record => record.ReturnedAsync(noticeId, letter.Id, Today, Token));

        var returned = (await LetterRowsAsync(noticeId)).ShouldHaveSingleItem();
        returned.LetterDelivery.ShouldBe(LetterDeliveryRule.NormalArrival);
        returned.State.ShouldBe(DeliveryState.LetterReturned);
        returned.DeemedDelivered(Instant, Day).ShouldBe(Day(BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2)));
        (await NeedingAnotherWayAsync(noticeId)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public async Task RecordOther_ByPartnerStaffForAnotherNoticesCustomerOrWithoutAMethod_IsRefusedAndNothingIsStored()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var stranger = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        var now = TimeProvider.System.GetUtcNow();

        (await RecordOtherAsync(noticeId, stranger, "手渡し", "佐藤様", now)).Error.ShouldBe(OtherDeliveryError.NotARecipient);
        (await RecordOtherAsync(noticeId, customer, " ", "佐藤様", now)).Error.ShouldBe(OtherDeliveryError.MethodMissing);
        (await RecordOtherAsync(noticeId, customer, "手渡し", "佐藤様", now.AddDays(-1))).Error.ShouldBe(OtherDeliveryError.BeforePublished);
        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await scope.ServiceProvider.GetRequiredService<RecordOtherDelivery>().ExecuteAsync(noticeId, customer, "手渡し", "佐藤様", now, Token))
                .NotAllowed.ShouldBeTrue();
        }

        (await LogRowsAsync(noticeId)).ShouldNotContain(r => r.Channel == NoticeChannel.Other);
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public async Task DeliveryLogExports_AnotherMethod_CarryItsMethodAddresseeAndTheTimeTheNoticeNamed()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        // Two hours after publishing, to the minute: a time the notice names is never before the notice itself.
        var later = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).AddHours(2);
        var named = new DateTimeOffset(later.Year, later.Month, later.Day, later.Hour, later.Minute, 0, later.Offset);
        (await RecordOtherAsync(noticeId, customer, "電話で読み上げ", "情報システム部 佐藤様", named)).Error.ShouldBeNull();
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");

        var xlsx = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPath(noticeId), UriKind.Relative), Token);
        var pdf = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPdfPath(noticeId), UriKind.Relative), Token);

        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Token));
        var sheet = ExcelReader.ReadAll(stream).ShouldHaveSingleItem();
        var header = sheet.Rows[0].Cells.Select(c => c.Value as string).ToList();
        var row = sheet.Rows.Single(r => r.Cells.Any(c => Equals(c.Value, "情報システム部 佐藤様")));
        row[header.IndexOf("通知方法")].ShouldBe("その他の方法");
        row[header.IndexOf("具体的な方法")].ShouldBe("電話で読み上げ");
        row[header.IndexOf("状態")].ShouldBe("その他の方法で通知");
        row[header.IndexOf("到達とみなす日時")].ShouldBe(JapaneseFormat.ToTokyo(named));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await PdfTools.CompactTextAsync(await pdf.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("方法:電話で読み上げ");
        text.ShouldContain(JapaneseFormat.ShortDateTime(named).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordPosted_ByPartnerStaff_IsNotAllowed()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordLetterPosting>().PostedAsync(noticeId, Today, null, Token);

        outcome.NotAllowed.ShouldBeTrue();
        (await LetterRowsAsync(noticeId)).ShouldAllBe(r => r.LetterPostedOn == null);
    }

    [Fact]
    [Trait("Article", "001 §21")]
    public async Task Preview_ApplianceModelWithinOnePartner_ReachesOnlyThatPartnersCustomersWithTheModel()
    {
        await DeviceTestData.DeployAsync(app, DemoOrganisations.SakuraPartner, Token);
        await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var targeting = new NoticeTargeting(TargetKind.ApplianceModels, [ApplianceModel.CyberThreatSensor.Code]) { WithinPartners = [DemoOrganisations.SakuraPartner] };
        var everywhere = await PreviewAsync(targeting with { WithinPartners = [] });

        var preview = await PreviewAsync(targeting);

        preview.Partners.ShouldHaveSingleItem().PartnerId.ShouldBe(DemoOrganisations.SakuraPartner);
        preview.Customers.ShouldBe(everywhere.Partners.Single(p => p.PartnerId == DemoOrganisations.SakuraPartner).Customers);
        everywhere.Partners.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    [Trait("Article", "001 §21")]
    public async Task DeliveryLogPdf_Vendor_PrintsEveryDeliveryWithItsDeemedDeliveryAndTheTotalsOverSeveralA4Pages()
    {
        var addresses = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"user{i:00}@many-c.example"));
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", addresses);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        await RecordAsync(record => record.PostedAsync(noticeId, Today, null, Token));
        int deliveries;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            deliveries = await db.ServiceNoticeDeliveries.CountAsync(d => d.NoticeId == noticeId, Token);
        }

        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var response = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPdfPath(noticeId), UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Token);
        PdfTools.Keep(pdf, "service-notice-delivery-log.pdf");
        var info = await PdfTools.InfoAsync(pdf);
        PdfTools.PageCount(info).ShouldBeGreaterThan(1);
        var size = PdfTools.PageSize(info);
        size.ShouldContain("A4");
        var sides = size.Split(' ');
        double.Parse(sides[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(double.Parse(sides[2], System.Globalization.CultureInfo.InvariantCulture));
        (await PdfTools.FontsAsync(pdf)).ShouldNotContain("Type 3");
        var text = await PdfTools.TextAsync(pdf);
        text.ShouldContain("メンテナンスのお知らせ");
        foreach (var i in Enumerable.Range(1, 60))
        {
            text.ShouldContain($"user{i:00}@many-c.example");
        }

        text.ShouldContain("合計");
        text.ShouldContain("投函日 " + Today.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        text.ShouldContain(BusinessCalendars.SensorServiceDesk.AddBusinessDays(Today, 2).ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        // The sum row: every delivery; the board and the letter count as delivered, the e-mails not yet (not sent).
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"合計\s+{deliveries}\s+2\s+{deliveries - 2}\s+0").ShouldBeTrue(text);
    }

    [Fact]
    public async Task DeliveryLogPdf_PartnerStaff_GetOnlyTheirOwnRowsAndAnotherPartnersNoticeIsNotFound()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", "own@minato-pdf.example");
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", "other@hokuriku-pdf.example");
        var shared = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(minato, hokuriku))).NoticeId!.Value;
        var hokurikuOnly = (await PublishAsync(Maintenance(Today.AddDays(11)), Customers(hokuriku))).NoticeId!.Value;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var own = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPdfPath(shared), UriKind.Relative), Token);
        var other = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPdfPath(hokurikuOnly), UriKind.Relative), Token);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await PdfTools.TextAsync(await own.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("own@minato-pdf.example");
        text.ShouldNotContain("other@hokuriku-pdf.example");
        text.ShouldNotContain("北陸ビジネスソリューションズ");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<LetterRecordOutcome> RecordAsync(Func<RecordLetterPosting, Task<LetterRecordOutcome>> record)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await record(scope.ServiceProvider.GetRequiredService<RecordLetterPosting>());
    }

    private async Task<IReadOnlyList<DeliveryLogRow>> LetterRowsAsync(Guid noticeId) => [.. (await LogRowsAsync(noticeId)).Where(r => r.Channel == NoticeChannel.Letter)];

    private async Task<IReadOnlyList<DeliveryLogRow>> LogRowsAsync(Guid noticeId)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var log = await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().DeliveryLogAsync(noticeId, new ListRequest(PageSize: 200), Token);
        return log.Items;
    }

    private async Task<IReadOnlyList<NoticeRecipientRow>> NeedingAnotherWayAsync(Guid noticeId)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().NeedingAnotherWayAsync(noticeId, Token);
    }

    private async Task<OtherDeliveryOutcome> RecordOtherAsync(Guid noticeId, Guid customerId, string method, string addressee, DateTimeOffset named)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<RecordOtherDelivery>().ExecuteAsync(noticeId, customerId, method, addressee, named, Token);
    }
}
