using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.RenewalGuidance;
using PartnerHub.Tests.Features.Documents;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

// Each test takes its own fiscal year, so runs of parallel tests never meet each other's contracts.
public class RenewalGuidanceTests(HubAppFactory app)
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "002 §12-1, §12-2, §13-3-②")]
    public async Task Execute_ForAFiscalYear_WritesOneLetterPerEligible002ContractWithItsTermFeeAndDueDate()
    {
        // Ordered 2026-12-01 (on or before the 5th): service from the 5th business day of January 2027, first term to 2027-03-31.
        var eligible = await ChamberContractAsync(DemoOrganisations.HokurikuPartner, new DateOnly(2026, 12, 1));
        var noticed = await ChamberContractAsync(DemoOrganisations.HokurikuPartner, new DateOnly(2026, 12, 1),
            new NonRenewalNotice(new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 7), null));
        // 004: delivered 2026-03-31, so its first term also ends 2027-03-31 (民法 §140) — but 004 has no January guidance.
        var sensor = await ContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.SensorService, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        var result = await RunAsync(2027);

        result.ShouldNotBeNull();
        var letters = await LettersAsync(2027, eligible, noticed, sensor);
        var letter = letters.ShouldHaveSingleItem();
        letter.ContractId.ShouldBe(eligible);
        letter.Status.ShouldBe(GuidanceLetterStatus.Sent);
        letter.TermEnd.ShouldBe(new DateOnly(2027, 3, 31));
        letter.NextTermStart.ShouldBe(new DateOnly(2027, 4, 1));
        letter.NextTermEnd.ShouldBe(new DateOnly(2028, 3, 31));
        letter.Fee.ShouldBe(new Yen(79_200));
        // 002 §13-3-②: the 25th two months before April.
        letter.DueOn.ShouldBe(new DateOnly(2027, 2, 25));
        // 002 §12-1: two months before 2027-03-31 is Sunday 2027-01-31, so the previous business day.
        letter.CancelBy.ShouldBe(new DateOnly(2027, 1, 29));
        letter.Pdf.ShouldNotBeNull();
        letter.PdfSha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(letter.Pdf)));
        letter.EmailQueuedAt.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var emails = await db.OutboundEmails.Where(e => e.Topic == $"{RunRenewalGuidance.Topic}:{eligible:N}:2027").ToListAsync(Token);
        emails.ShouldNotBeEmpty();
        emails.ShouldAllBe(e => e.PartnerId == DemoOrganisations.HokurikuPartner && e.Body.Contains("2027年2月25日") && e.Body.Contains("2027年1月29日"));
    }

    [Fact]
    [Trait("Article", "002 §12-2")]
    public async Task Execute_WhenRunAgain_WritesNoSecondLetterAndQueuesNoSecondEmail()
    {
        var contract = await ChamberContractAsync(DemoOrganisations.MinatoPartner, new DateOnly(2030, 12, 1));
        var first = await RunAsync(2031);
        var emailsAfterFirst = await EmailCountAsync(contract, 2031);

        var second = await RunAsync(2031);

        first.ShouldNotBeNull().Written.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldNotBeNull().Written.ShouldBe(0);
        second.Skipped.ShouldBeGreaterThanOrEqualTo(1);
        (await LettersAsync(2031, contract)).ShouldHaveSingleItem().Status.ShouldBe(GuidanceLetterStatus.Sent);
        (await EmailCountAsync(contract, 2031)).ShouldBe(emailsAfterFirst);
        emailsAfterFirst.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Execute_WhenPartnerStaff_IsRefused()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var result = await scope.ServiceProvider.GetRequiredService<RunRenewalGuidance>().ExecuteAsync(2032, japaneseEra: true, cancellationToken: Token);

        result.ShouldBeNull();
    }

    [Fact]
    public async Task Download_WhenAnotherPartnersLetter_IsNotFoundButItsOwnPartnerGetsThePdf()
    {
        var contract = await ChamberContractAsync(DemoOrganisations.HokurikuPartner, new DateOnly(2031, 12, 1));
        await RunAsync(2032);
        var letter = (await LettersAsync(2032, contract)).ShouldHaveSingleItem();
        var own = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var other = await HubSession.SignInAsync(app, "staff@minato.example");

        var denied = await other.GetAsync(new Uri(GuidanceEndpoints.PdfPath(letter.Id), UriKind.Relative), Token);
        var allowed = await own.GetAsync(new Uri(GuidanceEndpoints.PdfPath(letter.Id), UriKind.Relative), Token);

        denied.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        allowed.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        (await allowed.Content.ReadAsByteArrayAsync(Token)).ShouldBe(letter.Pdf);
    }

    [Fact]
    [Trait("Article", "002 §12-2, §13-3-②")]
    public async Task Execute_LetterPdf_NamesTheCustomerTheNextTermAndTheDueDate()
    {
        var contract = await ChamberContractAsync(DemoOrganisations.SakuraPartner, new DateOnly(2032, 12, 1));

        await RunAsync(2033, japaneseEra: false);

        var letter = (await LettersAsync(2033, contract)).ShouldHaveSingleItem();
        var pdf = letter.Pdf.ShouldNotBeNull();
        PdfTools.Keep(pdf, "renewal-guidance.pdf");
        var text = await PdfText.ExtractAsync(pdf);
        PdfTools.PageCount(await PdfTools.InfoAsync(pdf)).ShouldBe(1);
        (await PdfTools.FontsAsync(pdf)).ShouldNotContain("Type 3");
        text.ShouldContain(letter.CustomerName);
        text.ShouldContain("サービス契約更新のご案内");
        text.ShouldContain("2033年2月25日");
        text.ShouldContain("2033年4月1日");
        text.ShouldContain("79,200円");
        text.ShouldContain(letter.PartnerName);
    }

    [Fact]
    public async Task Execute_WhenTheCustomerHasNoNotificationAddress_SendsItToThePartnersStaff()
    {
        Guid customerId;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var customer = new Customer(Guid.NewGuid(), DemoOrganisations.SakuraPartner, "株式会社案内テスト", "アンナイテスト",
                new ServiceContact("佐々木 進", "ササキ ススム", "sasaki@test.example", "03-1234-5678", null), At) { NotificationEmails = null };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(Token);
            customerId = customer.Id;
        }

        var contract = await ContractAsync(DemoOrganisations.SakuraPartner, ServicePlan.ChamberUtm, new DateOnly(2033, 12, 1), new DateOnly(2033, 12, 21),
            customerId: customerId);

        await RunAsync(2034);

        var letter = (await LettersAsync(2034, contract)).ShouldHaveSingleItem();
        letter.Status.ShouldBe(GuidanceLetterStatus.Sent);
        letter.RecipientKind.ShouldBe(GuidanceRecipientKind.PartnerStaff);
        letter.Recipients.ShouldNotBeNull().ShouldContain("@sakura.example");
        letter.Recipients.ShouldNotContain("sasaki@test.example");
    }

    [Fact]
    public async Task Download_DemoLetterSentWithoutAStoredPdf_IsPrintedFromItsFactsForItsOwnPartnerOnly()
    {
        GuidanceLetter demo;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            demo = await db.GuidanceLetters.AsNoTracking().FirstAsync(l => l.Pdf == null && l.Status == GuidanceLetterStatus.Sent, Token);
        }

        var own = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var other = await HubSession.SignInAsync(app, "staff@sakura.example");

        var printed = await own.GetByteArrayAsync(new Uri(GuidanceEndpoints.PdfPath(demo.Id), UriKind.Relative), Token);
        var denied = await other.GetAsync(new Uri(GuidanceEndpoints.PdfPath(demo.Id), UriKind.Relative), Token);

        demo.PartnerId.ShouldBe(DemoOrganisations.HokurikuPartner);
        var text = await PdfText.ExtractAsync(printed);
        text.ShouldContain(demo.CustomerName);
        text.ShouldContain("サービス契約更新のご案内");
        denied.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_Page_OffersTheRunToVendorOperationsOnlyAndRefusesTheHardwareVendor()
    {
        var operations = await HubSession.SignInAsync(app, "ops@vendor.example");
        var partner = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var kitting = await HubSession.SignInAsync(app, "kitting@toho.example");
        var page = new Uri("/renewals/guidance", UriKind.Relative);

        var vendorPage = await operations.GetStringAsync(page, Token);
        var partnerPage = await partner.GetStringAsync(page, Token);
        var refused = await kitting.GetAsync(page, Token);

        vendorPage.ShouldContain("data-testid=\"guidance-start\"");
        vendorPage.ShouldContain("更新案内");
        partnerPage.ShouldContain("data-testid=\"guidance-table\"");
        partnerPage.ShouldNotContain("data-testid=\"guidance-start\"");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private async Task<GuidanceRunResult?> RunAsync(int fiscalYear, bool japaneseEra = true)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<RunRenewalGuidance>().ExecuteAsync(fiscalYear, japaneseEra, cancellationToken: Token);
    }

    private async Task<List<GuidanceLetter>> LettersAsync(int fiscalYear, params Guid[] contracts)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.GuidanceLetters.AsNoTracking().Where(l => l.FiscalYear == fiscalYear && contracts.Contains(l.ContractId)).ToListAsync(Token);
    }

    private async Task<int> EmailCountAsync(Guid contract, int fiscalYear)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.OutboundEmails.CountAsync(e => e.Topic == $"{RunRenewalGuidance.Topic}:{contract:N}:{fiscalYear}", Token);
    }

    // A delivered 002 contract of a chamber member (¥79,200 a year, 002 §13-1), with the non-renewal notice if given.
    private Task<Guid> ChamberContractAsync(Guid partnerId, DateOnly orderedOn, NonRenewalNotice? notice = null) =>
        ContractAsync(partnerId, ServicePlan.ChamberUtm, orderedOn, orderedOn.AddDays(20), notice);

    private async Task<Guid> ContractAsync(Guid partnerId, ServicePlan plan, DateOnly orderedOn, DateOnly deliveredOn, NonRenewalNotice? notice = null,
        Guid? customerId = null)
    {
        await using var db = app.CreateContext(TenantScope.System);
        // A customer with notification addresses that reads Japanese: the letter and its e-mail are in its language.
        customerId ??= await db.Customers.Where(c => c.PartnerId == partnerId && c.NotificationLanguage == "ja" && c.NotificationEmails != null)
            .OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(Token);
        var contract = new ServiceContract(Guid.NewGuid(), $"C-G-{Guid.NewGuid():N}"[..20], partnerId, customerId.Value, plan.Code, 1,
            new Yen(plan == ServicePlan.ChamberUtm ? 79_200 : 600_000), null, orderedOn, At, "test");
        contract.StartKitting(At, "test").ShouldBeNull();
        contract.Ship(At, "test", "test").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, At, "test").ShouldBeNull();
        if (notice is not null)
        {
            contract.RecordNonRenewal(notice, notice.VendorReceivedOn, At, "test").ShouldBeNull();
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Token);
        return contract.Id;
    }
}
