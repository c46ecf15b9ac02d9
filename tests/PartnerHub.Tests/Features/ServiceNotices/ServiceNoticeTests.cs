using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

// The host is shared: each test targets customers it creates itself (a customer list), so other tests' data never changes
// its counts.
public partial class ServiceNoticeTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "001 §21; 003 §10-2")]
    public async Task Publish_ToACustomerList_PostsOnEachBoardQueuesEachEmailInItsLanguageAndRecordsEachLetter()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", "a@minato-c.example; b@minato-c.example");
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "en", "it@hokuriku-c.example");

        var outcome = await PublishAsync(Maintenance(Today.AddDays(10)), Customers(minato, hokuriku));

        var noticeId = outcome.NoticeId.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var partners = await db.ServiceNoticePartners.Where(p => p.NoticeId == noticeId).ToListAsync(Token);
        partners.Select(p => p.PartnerId).ShouldBe([DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner], ignoreOrder: true);
        partners.ShouldAllBe(p => p.CustomerCount == 1 && p.AcknowledgedAt == null);
        var deliveries = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId).ToListAsync(Token);
        deliveries.Count(d => d.Channel == NoticeChannel.Board).ShouldBe(2);
        deliveries.Where(d => d.Channel == NoticeChannel.Board).ShouldAllBe(d => d.DeemedDeliveredAt != null);
        deliveries.Where(d => d.Audience == DeliveryAudience.Customer && d.Channel == NoticeChannel.Email).Select(d => d.Address)
            .ShouldBe(["a@minato-c.example", "b@minato-c.example", "it@hokuriku-c.example"], ignoreOrder: true);
        var staff = await db.Users.CountAsync(u => (u.OrganisationId == DemoOrganisations.MinatoPartner || u.OrganisationId == DemoOrganisations.HokurikuPartner)
            && u.Email != null && u.LockoutEnd == null, Token);
        deliveries.Count(d => d.Audience == DeliveryAudience.Partner && d.Channel == NoticeChannel.Email).ShouldBe(staff);
        var letters = deliveries.Where(d => d.Channel == NoticeChannel.Letter).ToList();
        letters.Count.ShouldBe(2);
        // 001 §21-3: a letter is delivered when it reaches the address; no day is assumed before its posting is recorded.
        letters.ShouldAllBe(l => l.LetterPostedOn == null && l.LetterArrivesOn == null);
        var emailIds = deliveries.Where(d => d.OutboundEmailId != null).Select(d => d.OutboundEmailId!.Value).ToList();
        var emails = await db.OutboundEmails.Where(e => emailIds.Contains(e.Id)).ToListAsync(Token);
        emails.Count.ShouldBe(emailIds.Count);
        emails.Single(e => e.Recipient == "it@hokuriku-c.example").Subject.ShouldBe("[Planned maintenance] Maintenance (EN)");
        emails.Single(e => e.Recipient == "a@minato-c.example").Subject.ShouldBe("【計画メンテナンス】メンテナンスのお知らせ");
        emails.Single(e => e.Recipient == "a@minato-c.example").Body.ShouldContain("センサー基盤のOS更新");
    }

    [Fact]
    [Trait("Article", "002 §3-3; 004 §21-1")]
    public async Task Publish_TermsChangeTooLateForATargeted002Plan_IsRefusedNamingThePlanAndStoresNothing()
    {
        var sensor = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", "x@sakura-c.example");
        var chamber = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.ChamberUtm, "ja", "y@sakura-c.example");
        var title = "規約変更 " + Guid.NewGuid().ToString("N")[..8];
        var content = Maintenance(Today.AddDays(10)) with { Type = ServiceNoticeType.TermsChange, TitleJa = title, NewTerms = "第7条を改定します。", EmergencyReason = "至急" };

        var outcome = await PublishAsync(content, Customers(sensor, chamber));

        outcome.NoticeId.ShouldBeNull();
        var refusal = outcome.Refusal.ShouldNotBeNull();
        refusal.Reason.ShouldBe(NoticeRefusalReason.TooLate);
        var shortfall = refusal.Shortfalls.ShouldHaveSingleItem();
        shortfall.PlanCode.ShouldBe(ServicePlan.ChamberUtm.Code);
        shortfall.EarliestEffectiveDate.ShouldBe(Today.AddDays(31));
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ServiceNotices.CountAsync(n => n.TitleJa == title, Token)).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "004 §14-2")]
    public async Task Publish_PlannedMaintenanceTooLateWithAnEmergencyReason_GoesOutMarkedAsEmergencyAndTheEmailGivesTheReason()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", "urgent@sakura-c.example");

        var outcome = await PublishAsync(Maintenance(Today) with { EmergencyReason = "脆弱性への緊急対応のため" }, Customers(customer));

        var noticeId = outcome.NoticeId.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var notice = await db.ServiceNotices.SingleAsync(n => n.Id == noticeId, Token);
        (notice.PublishedAsEmergency, notice.EmergencyReason).ShouldBe((true, "脆弱性への緊急対応のため"));
        var emailId = (await db.ServiceNoticeDeliveries.SingleAsync(d => d.NoticeId == noticeId && d.Address == "urgent@sakura-c.example", Token)).OutboundEmailId!.Value;
        (await db.OutboundEmails.SingleAsync(e => e.Id == emailId, Token)).Body.ShouldContain("脆弱性への緊急対応のため");
    }

    [Fact]
    public async Task PreviewPage_CustomerList_ListsEachCustomerWithItsPartnerAndCountsThemAll()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>();

        var first = await queries.PreviewPageAsync(Customers(minato, hokuriku), new ListRequest(PageSize: 1), Token);
        var all = await queries.PreviewPageAsync(Customers(minato, hokuriku), new ListRequest(PageSize: 50), Token);

        first.TotalCount.ShouldBe(2);
        first.Items.ShouldHaveSingleItem();
        all.Items.Select(c => (c.CustomerId, c.PartnerId))
            .ShouldBe([(minato, DemoOrganisations.MinatoPartner), (hokuriku, DemoOrganisations.HokurikuPartner)], ignoreOrder: true);
    }

    [Fact]
    public async Task Publish_WhenPartnerStaff_IsNotAllowed()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var outcome = await scope.ServiceProvider.GetRequiredService<PublishServiceNotice>()
            .ExecuteAsync(Maintenance(Today.AddDays(10)), NoticeTargeting.Everyone, Token);

        outcome.NotAllowed.ShouldBeTrue();
    }

    [Fact]
    public async Task Preview_ByPlan_CountsEachCustomerWithAContractInForceOfThatPlanOnce()
    {
        await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.ChamberUtm, "ja", null);
        await using var db = app.CreateContext(TenantScope.System);
        var ended = new[] { ContractStatus.Ended, ContractStatus.Terminated, ContractStatus.Cancelled };
        var expected = await db.Contracts.Where(c => c.PlanCode == ServicePlan.ChamberUtm.Code && !ended.Contains(c.Status))
            .Select(c => new { c.PartnerId, c.CustomerId }).Distinct().ToListAsync(Token);

        var preview = await PreviewAsync(new NoticeTargeting(TargetKind.Plans, [ServicePlan.ChamberUtm.Code]));

        preview.Customers.ShouldBe(expected.Count);
        preview.Plans.ShouldBe([ServicePlan.ChamberUtm.Code]);
        foreach (var partner in preview.Partners)
        {
            partner.Customers.ShouldBe(expected.Count(e => e.PartnerId == partner.PartnerId));
        }
    }

    [Fact]
    public async Task Targeting_ByPartnerOrEveryone_ReachesThatPartnersCustomersOnlyOrAllOfThem()
    {
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var byPartner = new NoticeTargeting(TargetKind.Partners, [DemoOrganisations.HokurikuPartner.ToString()]);

        var preview = await PreviewAsync(byPartner);

        preview.Partners.ShouldHaveSingleItem().PartnerId.ShouldBe(DemoOrganisations.HokurikuPartner);
        await using var db = app.CreateContext(TenantScope.System);
        var reached = await NoticeTargets.Customers(db, byPartner).Select(c => c.CustomerId).ToListAsync(Token);
        reached.ShouldContain(hokuriku);
        reached.ShouldNotContain(minato);
        var everyone = await NoticeTargets.Customers(db, NoticeTargeting.Everyone).Select(c => c.CustomerId).ToListAsync(Token);
        everyone.ShouldContain(hokuriku);
        everyone.ShouldContain(minato);
    }

    [Fact]
    public async Task Preview_ByApplianceModel_ReachesTheCustomersWhoseContractsHaveThatModel()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var ended = new[] { ContractStatus.Ended, ContractStatus.Terminated, ContractStatus.Cancelled };
        var expected = await db.Contracts.Where(c => !ended.Contains(c.Status)
                && db.Appliances.Any(a => a.ContractId == c.Id && a.ModelCode == ApplianceModel.CyberThreatSensor.Code))
            .Select(c => c.CustomerId).Distinct().CountAsync(Token);

        var preview = await PreviewAsync(new NoticeTargeting(TargetKind.ApplianceModels, [ApplianceModel.CyberThreatSensor.Code]));

        expected.ShouldBeGreaterThan(0);
        preview.Customers.ShouldBe(expected);
    }

    [Fact]
    public async Task Preview_CustomerListPastedFromASpreadsheet_MatchesCorporateNumbersAndExactNames()
    {
        var byNumber = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        var byName = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", null);
        await using var db = app.CreateContext(TenantScope.System);
        var number = await db.Customers.Where(c => c.Id == byNumber).Select(c => c.CorporateNumber).SingleAsync(Token);
        var name = await db.Customers.Where(c => c.Id == byName).Select(c => c.Name).SingleAsync(Token);

        var preview = await PreviewAsync(new NoticeTargeting(TargetKind.Customers, [$" {number} ", name, "存在しない会社", ""]));

        preview.Customers.ShouldBe(2);
        preview.Partners.Select(p => p.PartnerId).ShouldBe([DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner], ignoreOrder: true);
    }

    [Fact]
    public async Task Queries_PartnerStaff_SeeOnlyTheirOwnRecipientsAcknowledgementsAndDeliveries()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", "m@minato-c.example");
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", "h@hokuriku-c.example");
        var shared = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(minato, hokuriku))).NoticeId!.Value;
        var hokurikuOnly = (await PublishAsync(Maintenance(Today.AddDays(11)), Customers(hokuriku))).NoticeId!.Value;
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>();

        var recipients = await queries.RecipientsAsync(shared, new ListRequest(PageSize: 200), Token);
        var partners = await queries.PartnersAsync(shared, new ListRequest(PageSize: 200), Token);
        var log = await queries.DeliveryLogAsync(shared, new ListRequest(PageSize: 200), Token);

        recipients.Items.ShouldHaveSingleItem().CustomerId.ShouldBe(minato);
        partners.Items.ShouldHaveSingleItem().PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
        log.Items.ShouldNotBeEmpty();
        log.Items.ShouldAllBe(r => r.PartnerName == partners.Items[0].PartnerName);
        log.Items.ShouldNotContain(r => r.Address == "h@hokuriku-c.example");
        (await queries.GetAsync(hokurikuOnly, Token)).ShouldBeNull();
        (await queries.RecipientsAsync(hokurikuOnly, new ListRequest(), Token)).TotalCount.ShouldBe(0);
        (await queries.DeliveryLogAsync(hokurikuOnly, new ListRequest(), Token)).TotalCount.ShouldBe(0);
        var list = await queries.ListAsync(new ListRequest(PageSize: 200), unacknowledgedOnly: false, Token);
        list.Items.ShouldContain(n => n.Id == shared && n.Partners == 1 && n.Customers == 1);
        list.Items.ShouldNotContain(n => n.Id == hokurikuOnly);
    }

    [Fact]
    public async Task Downloads_AnotherPartnersLetterOrDeliveryLog_AreNotFound()
    {
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", "h2@hokuriku-c.example");
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(12)), Customers(hokuriku))).NoticeId!.Value;
        var other = await HubSession.SignInAsync(app, "staff@minato.example");
        var own = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var letterId = (await LetterRowsAsync(noticeId)).Single(r => r.CustomerId == hokuriku).Id;

        var letter = await other.GetAsync(new Uri(ServiceNoticeEndpoints.LetterPath(noticeId, letterId), UriKind.Relative), Token);
        var ownLetter = await own.GetAsync(new Uri(ServiceNoticeEndpoints.LetterPath(noticeId, letterId), UriKind.Relative), Token);
        var log = await other.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPath(noticeId), UriKind.Relative), Token);
        var ownLog = await own.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPath(noticeId), UriKind.Relative), Token);

        letter.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ownLetter.StatusCode.ShouldBe(HttpStatusCode.OK);
        log.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ownLog.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Acknowledge_ByOnePartner_RecordsItsOwnEntryOnlyAndCannotReachAnotherPartnersNotice()
    {
        var minato = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        var shared = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(minato, hokuriku))).NoticeId!.Value;
        var hokurikuOnly = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(hokuriku))).NoticeId!.Value;
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var acknowledge = scope.ServiceProvider.GetRequiredService<AcknowledgeServiceNotice>();

        (await acknowledge.ExecuteAsync(shared, Token)).ShouldBeTrue();
        (await acknowledge.ExecuteAsync(hokurikuOnly, Token)).ShouldBeFalse();

        await using var db = app.CreateContext(TenantScope.System);
        var entries = await db.ServiceNoticePartners.Where(p => p.NoticeId == shared || p.NoticeId == hokurikuOnly).ToListAsync(Token);
        entries.Single(p => p.NoticeId == shared && p.PartnerId == DemoOrganisations.MinatoPartner).AcknowledgedAt.ShouldNotBeNull();
        entries.Where(p => p.PartnerId == DemoOrganisations.HokurikuPartner).ShouldAllBe(p => p.AcknowledgedAt == null);
        // The vendor sees who has not acknowledged: the partner with the pending entry comes first.
        await using var vendor = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var partners = await vendor.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().PartnersAsync(shared, new ListRequest(), Token);
        partners.Items.Select(p => (p.PartnerId, p.AcknowledgedAt is null))
            .ShouldBe([(DemoOrganisations.HokurikuPartner, true), (DemoOrganisations.MinatoPartner, false)]);
    }

    [Fact]
    public async Task Save_PartnerWritingANoticeOrAnotherPartnersEntry_IsDenied()
    {
        var hokuriku = await CustomerWithContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(hokuriku))).NoticeId!.Value;
        await using var partner = app.CreateContext(TestScopes.MinatoStaff);
        partner.ServiceNoticePartners.Add(new ServiceNoticePartner(Guid.NewGuid(), noticeId, DemoOrganisations.MinatoPartner, "x", 1));

        await Should.ThrowAsync<TenantAccessDeniedException>(() => partner.SaveChangesAsync(Token));
    }

    [Fact]
    [Trait("Article", "001 §21-2")]
    public async Task DeliveryLog_EmailFailedThenSent_ShowsTheSmtpAnswerTheRetryAndTheSendingTimeAsDeemedDelivery()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.SensorService, "ja", "bounce@sakura-c.example");
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        var sentAt = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var emailId = await db.ServiceNoticeDeliveries.Where(d => d.NoticeId == noticeId && d.Address == "bounce@sakura-c.example")
                .Select(d => d.OutboundEmailId!.Value).SingleAsync(Token);
            var email = await db.OutboundEmails.SingleAsync(e => e.Id == emailId, Token);
            email.MarkFailed("451 4.7.1 Greylisted, try again later", maxAttempts: 8);
            await db.SaveChangesAsync(Token);
        }

        var failed = await LogRowAsync(noticeId, "bounce@sakura-c.example");
        failed.State.ShouldBe(DeliveryState.Retrying);
        failed.LastError.ShouldBe("451 4.7.1 Greylisted, try again later");
        failed.DeemedDelivered(Instant, Day).ShouldBeNull();

        await using (var db = app.CreateContext(TenantScope.System))
        {
            var email = await db.OutboundEmails.SingleAsync(e => e.Recipient == "bounce@sakura-c.example" && e.Topic == $"{PublishServiceNotice.Topic}:{noticeId:N}", Token);
            email.MarkSent(sentAt);
            await db.SaveChangesAsync(Token);
        }

        var sent = await LogRowAsync(noticeId, "bounce@sakura-c.example");
        sent.State.ShouldBe(DeliveryState.Sent);
        sent.Attempts.ShouldBe(2);
        sent.DeemedDelivered(Instant, Day).ShouldBe(Instant(sentAt));
    }

    [Fact]
    [Trait("Article", "001 §21-3; 004 §14-2")]
    public async Task LetterDownload_ByTheCustomersPartner_IsAOnePagePdfInTheCustomersLanguageWithTheNoticesFacts()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "ja", null);
        var noticeId = (await PublishAsync(Maintenance(new DateOnly(2027, 2, 10)), Customers(customer))).NoticeId!.Value;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var letterId = (await LetterRowsAsync(noticeId)).Single().Id;

        var response = await client.GetAsync(new Uri(ServiceNoticeEndpoints.LetterPath(noticeId, letterId), UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Token);
        PartnerHub.Tests.Features.Documents.PdfTools.Keep(pdf, "service-notice-letter.pdf");
        PartnerHub.Tests.Features.Documents.PdfTools.PageCount(await PartnerHub.Tests.Features.Documents.PdfTools.InfoAsync(pdf)).ShouldBe(1);
        (await PartnerHub.Tests.Features.Documents.PdfTools.FontsAsync(pdf)).ShouldNotContain("Type 3");
        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain("株式会社通知テスト");
        text.ShouldContain("メンテナンスのお知らせ");
        text.ShouldContain("センサー基盤のOS更新");
        text.ShouldContain("2027年2月10日");
    }

    [Fact]
    public async Task DeliveryLogExport_HasOneRowPerDelivery()
    {
        var customer = await CustomerWithContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService, "en", "one@minato-c.example, two@minato-c.example");
        var noticeId = (await PublishAsync(Maintenance(Today.AddDays(10)), Customers(customer))).NoticeId!.Value;
        int deliveries;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            deliveries = await db.ServiceNoticeDeliveries.CountAsync(d => d.NoticeId == noticeId, Token);
        }

        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var response = await client.GetAsync(new Uri(ServiceNoticeEndpoints.DeliveryLogPath(noticeId), UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Token));
        var sheet = ExcelReader.ReadAll(stream).ShouldHaveSingleItem();
        // A header row, then one row per delivery: board, the partner's staff, two customer addresses, the letter.
        (sheet.Rows.Count - 1).ShouldBe(deliveries);
        deliveries.ShouldBeGreaterThanOrEqualTo(4);
    }

    private static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<DeliveryLogRow> LogRowAsync(Guid noticeId, string address)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var log = await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().DeliveryLogAsync(noticeId, new ListRequest(PageSize: 200), Token);
        return log.Items.Single(r => r.Address == address);
    }

    private static NoticeContent Maintenance(DateOnly on) =>
        new(ServiceNoticeType.PlannedMaintenance, "メンテナンスのお知らせ", "Maintenance (EN)", "センサー基盤のメンテナンスを行います。", null, on, on,
            "センサー基盤のOS更新", "特にありません。", null, null, null);

    private static NoticeTargeting Customers(params Guid[] customers) => new(TargetKind.Customers, [.. customers.Select(c => c.ToString())]);

    private async Task<PublishOutcome> PublishAsync(NoticeContent content, NoticeTargeting targeting)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<PublishServiceNotice>().ExecuteAsync(content, targeting, Token);
    }

    private async Task<TargetPreview> PreviewAsync(NoticeTargeting targeting)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().PreviewAsync(targeting, Token);
    }

    // A customer of its own with an ordered contract (in force), a postal address, a corporate number and the given addresses.
    private async Task<Guid> CustomerWithContractAsync(Guid partnerId, ServicePlan plan, string language, string? notificationEmails,
        Domain.Contracts.Terms.PlanPolicyVersion? policyVersion = null)
    {
        var at = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = new Customer(Guid.NewGuid(), partnerId, "株式会社通知テスト" + suffix, "ツウチテスト", new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@test.example", "03-1111-2222", "情報システム部"), at)
        {
            NotificationEmails = notificationEmails,
            NotificationLanguage = language,
            PostalCode = "100-0001",
            Prefecture = "東京都",
            Address = "千代田区千代田1-1",
            CorporateNumber = string.Concat("9", Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var contract = new ServiceContract(Guid.NewGuid(), $"C-N-{suffix}", partnerId, customer.Id, plan.Code, 1, new Yen(600_000), null, Today, at, "test",
            policyVersion: policyVersion);
        await using var db = app.CreateContext(TenantScope.System);
        db.Customers.Add(customer);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Token);
        return customer.Id;
    }
}
