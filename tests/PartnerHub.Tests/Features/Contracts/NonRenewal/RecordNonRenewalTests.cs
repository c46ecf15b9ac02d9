using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Features.Contracts.NonRenewal.NonRenewalTestData;

namespace PartnerHub.Tests.Features.Contracts.NonRenewal;

public class RecordNonRenewalTests(HubAppFactory app)
{
    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Record_WhenTheVendorReceivesItBeforeTheDeadline_EndsTheContractAtTheCurrentTermsEnd()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.MinatoStaff, contractId, new NonRenewalInput(Today.AddDays(-2), Today.AddDays(-1), Today), Token);

        result.Succeeded.ShouldBeTrue();
        var contract = await LoadAsync(app, contractId, Token);
        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.NonRenewalNoticeOn.ShouldBe(Today);
        contract.NonRenewalReceivedByPartnerOn.ShouldBe(Today.AddDays(-2));
        contract.NonRenewalForwardedOn.ShouldBe(Today.AddDays(-1));
        var standing = NonRenewalStanding.Of(contract, Today)!;
        standing.Notice!.InTime.ShouldBeTrue();
        standing.Notice.LastTerm.ShouldBe(contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1));
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceEnd.ShouldBe(contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1).End);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Record_WhenTheVendorReceivesItAfterTheDeadline_RenewsOnceMoreAndEndsAfterTheNextTerm()
    {
        // Delivered 11 months ago: the first term ends in about a month, its cancel-by date was about a month ago.
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-11), Token);
        var first = (await LoadAsync(app, contractId, Token)).Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        first.CancelBy.ShouldBeLessThan(Today);

        var result = await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token);

        result.Succeeded.ShouldBeTrue();
        var contract = await LoadAsync(app, contractId, Token);
        var notice = NonRenewalStanding.Of(contract, Today)!.Notice!;
        notice.InTime.ShouldBeFalse();
        notice.JudgedTerm.ShouldBe(first);
        notice.LastTerm.Number.ShouldBe(2);
        notice.LastTerm.Start.ShouldBe(first.End.AddDays(1));
        notice.LastTerm.End.ShouldBe(first.End.AddYears(1));
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceEnd.ShouldBe(first.End.AddYears(1));
        // The notice now ends the second term, so it can be withdrawn until that term's deadline.
        notice.CanWithdraw.ShouldBeTrue();
    }

    [Fact]
    public async Task ContractPage_AfterALateNotice_ShowsTheConsequenceWithBothDates()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-11), Token);
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token)).Succeeded.ShouldBeTrue();
        var last = (await LoadAsync(app, contractId, Token)).Timeline(BusinessCalendarSet.SeedsOnly)!.Term(2);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), Token));

        page.ShouldContain("data-testid=\"non-renewal-recorded\"");
        page.ShouldContain("期限後");
        page.ShouldContain($"契約は {Ja(last.Start)} にもう一度更新され、{Ja(last.End)} に終了します。");
        page.ShouldContain("data-testid=\"non-renewal-withdraw\"");
        page.ShouldContain("data-testid=\"terms-timeline\"");
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public async Task ContractPage_ForA002Plan_ShowsTheDeadlineAndTheEmailToTheHeadOffice()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token, ServicePlan.ChamberUtm);
        var contract = await LoadAsync(app, contractId, Token);
        var term = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.TermOn(Today) ?? contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), Token));

        page.ShouldContain("本所への電子メールによる通知（002 §12-1）");
        page.ShouldContain(Ja(term.CancelBy));
        page.ShouldContain("data-testid=\"non-renewal-record\"");
    }

    [Theory]
    [InlineData(-1, -2, 0, ContractRefusal.DateOutOfOrder)]
    [InlineData(0, 0, 1, ContractRefusal.DateInFuture)]
    public async Task Record_WithImpossibleDates_IsRefusedAndChangesNothing(int received, int forwarded, int vendor, ContractRefusal expected)
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.MinatoStaff, contractId, new NonRenewalInput(Today.AddDays(received), Today.AddDays(forwarded), Today.AddDays(vendor)), Token);

        result.Problem.ShouldBe(NonRenewalProblem.Refused);
        result.Refusal.ShouldBe(expected);
        var contract = await LoadAsync(app, contractId, Token);
        contract.NonRenewalNoticeOn.ShouldBeNull();
        contract.Status.ShouldBe(ContractStatus.Delivered);
    }

    [Fact]
    public async Task Record_WhenANoticeIsAlreadyRecorded_IsRefused()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token)).Succeeded.ShouldBeTrue();

        var second = await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token);

        second.Refusal.ShouldBe(ContractRefusal.NoticeAlreadyRecorded);
    }

    [Fact]
    public async Task Record_ByARoleThatDoesNotHandleNotices_IsNotAllowed()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.VendorAdmin, contractId, SameDay(Today), Token, role: HubRoles.Finance);

        result.Problem.ShouldBe(NonRenewalProblem.NotAllowed);
    }

    [Fact]
    public async Task Record_ByVendorOperations_IsAllowedOnAnyPartnersContract()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.HokurikuPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.VendorOperations, contractId, SameDay(Today), Token, role: HubRoles.VendorOperations);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Record_WithAStaleVersion_IsAConflictAndChangesNothing()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var result = await scope.ServiceProvider.GetRequiredService<RecordNonRenewal>().ExecuteAsync(contractId, SameDay(Today), null, Guid.NewGuid(), Token);

        result.Problem.ShouldBe(NonRenewalProblem.Conflict);
        (await LoadAsync(app, contractId, Token)).NonRenewalNoticeOn.ShouldBeNull();
    }

    [Fact]
    public async Task Record_OnAnotherPartnersContract_IsNotFoundAndChangesNothing()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.HokurikuStaff, contractId, SameDay(Today), Token, Letter("letter.pdf", "application/pdf", s_pdf));

        result.Problem.ShouldBe(NonRenewalProblem.NotFound);
        (await LoadAsync(app, contractId, Token)).NonRenewalNoticeOn.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ContractLetters.AnyAsync(l => l.ContractId == contractId, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Record_WithALetter_StoresItAndOnlyTheOwningPartnerCanDownloadIt()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token, Letter("更新拒絶通知.pdf", "application/pdf", s_pdf));

        result.Succeeded.ShouldBeTrue();
        var contract = await LoadAsync(app, contractId, Token);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var letter = await db.ContractLetters.SingleAsync(l => l.ContractId == contractId, Token);
            contract.NonRenewalLetterId.ShouldBe(letter.Id);
            letter.PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
            letter.SizeBytes.ShouldBe(s_pdf.Length);
            letter.UploadedBy.ShouldBe(TestScopes.MinatoStaff.UserName);
            letter.ScanStatus.ShouldBe(ScanStatus.Clean);
        }

        var url = new Uri($"/{NonRenewalEndpoints.LetterPath(contractId)}", UriKind.Relative);
        var own = await (await HubSession.SignInAsync(app, "staff@minato.example")).GetAsync(url, Token);
        var other = await (await HubSession.SignInAsync(app, "staff@hokuriku.example")).GetAsync(url, Token);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsByteArrayAsync(Token)).ShouldBe(s_pdf);
        own.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var hokuriku = app.CreateContext(TestScopes.HokurikuStaff);
        (await hokuriku.ContractLetters.AnyAsync(l => l.ContractId == contractId, Token)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", NonRenewalProblem.Letter)]
    [InlineData("letter.pdf", "application/pdf", NonRenewalProblem.LetterNotClean)]
    public async Task Record_WithALetterThatIsNotAScan_IsRefusedAndStoresNothing(string fileName, string contentType, NonRenewalProblem expected)
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        // Not a PDF whatever its name says: the scanner checks the signature of the stored bytes.
        var result = await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token, Letter(fileName, contentType, Encoding.ASCII.GetBytes("MZ not a letter")));

        result.Problem.ShouldBe(expected);
        (await LoadAsync(app, contractId, Token)).NonRenewalNoticeOn.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ContractLetters.AnyAsync(l => l.ContractId == contractId, Token)).ShouldBeFalse();
    }

    [Fact]
    public void Messages_ForEveryRefusalAndProblem_AreLocalizedInBothLanguages()
    {
        var strings = app.Services.GetRequiredService<IStringLocalizer<NonRenewalStrings>>();
        var results = Enum.GetValues<ContractRefusal>().Select(NonRenewalResult.Refuse)
            .Concat(Enum.GetValues<AttachmentProblem>().Select(NonRenewalResult.BadLetter))
            .Concat(new[] { NonRenewalProblem.NotAllowed, NonRenewalProblem.NotFound, NonRenewalProblem.Conflict, NonRenewalProblem.LetterNotClean }.Select(NonRenewalResult.Fail))
            .ToList();
        foreach (var culture in new[] { "ja", "en" })
        {
            using (CultureScope.Use(CultureInfo.GetCultureInfo(culture)))
            {
                foreach (var result in results)
                {
                    var message = NonRenewalMessages.Describe(strings, result);
                    message.ShouldNotBeNullOrWhiteSpace();
                    message.ShouldNotStartWith("Refusal_");
                    message.ShouldNotStartWith("Letter_");
                    message.ShouldNotStartWith("Problem_");
                }
            }
        }

        using (CultureScope.Use(CultureInfo.GetCultureInfo("ja")))
        {
            NonRenewalMessages.Describe(strings, NonRenewalResult.Refuse(ContractRefusal.DeadlinePassed)).ShouldBe("通知期限を過ぎたため撤回できません（004 §4-3）。");
            NonRenewalMessages.Describe(strings, NonRenewalResult.BadLetter(AttachmentProblem.TooLarge)).ShouldBe("ファイルが大きすぎます（10 MB まで）。");
        }

        using (CultureScope.Use(CultureInfo.GetCultureInfo("en")))
        {
            NonRenewalMessages.Describe(strings, NonRenewalResult.Refuse(ContractRefusal.DateOutOfOrder))
                .ShouldBe("The dates are out of order (ordered ≤ received by the partner ≤ forwarded ≤ received by the vendor).");
        }
    }
}
