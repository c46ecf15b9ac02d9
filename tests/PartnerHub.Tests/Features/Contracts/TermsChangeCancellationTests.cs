using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Features.Contracts.Ending;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Billing;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

// Each test publishes its own terms-change notice to customers it creates (a customer list), so other tests' data never
// changes what it reads. The notice is published today and takes effect in ten days: under 004 the window runs from today
// to the ninth day (ADR-005).
public class TermsChangeCancellationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §21-2, §4-5")]
    public async Task Cancel_WithinTheWindowOfATargetingNotice_EndsWithoutPenaltyAndTheRunCreditsTheRefund()
    {
        var contract = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishTermsChangeAsync(contract.CustomerId);
        var lastDay = Today.AddDays(30);

        var problem = await CancelAsync(TestScopes.MinatoStaff, contract.Id, new EarlyEndRequest(TerminationCause.TermsChange, lastDay, Today,
            "約款変更に同意しないため", TermsChangeNoticeId: noticeId));

        problem.ShouldBeNull();
        var stored = await LoadAsync(contract.Id);
        stored.Status.ShouldBe(ContractStatus.Ending);
        stored.EarlyEndCause.ShouldBe(TerminationCause.TermsChange);
        stored.EarlyEndNoticeId.ShouldBe(noticeId);
        var settlement = stored.Timeline(BusinessCalendarSet.SeedsOnly)!.EarlyTermination(lastDay, TerminationCause.TermsChange, stored.WholesaleAnnualFee!.Value);
        settlement.Penalty.ShouldBeNull();
        var refund = settlement.Refund.ShouldNotBeNull().Amount;
        refund.Amount.ShouldBeGreaterThan(0);

        // Billing settles it as every early end: the run of the last day's month credits the partner the unexpired part.
        var billing = await BillingTestData.NewIssuerAsync(app);
        await using var scope = billing.AsFinance();
        var plan = await scope.ServiceProvider.GetRequiredService<InvoicingPlanner>().PlanAsync(billing.Finance, new BillingMonth(lastDay.Year, lastDay.Month), Token);
        var lines = plan.Invoices.Where(i => i.PartnerId == DemoOrganisations.MinatoPartner).SelectMany(i => i.Draft.Items)
            .Where(l => l.SourceContractId == contract.Id).ToList();
        var credit = lines.ShouldHaveSingleItem();
        credit.SourceCharge.ShouldBe(ContractCharge.UnexpiredRefund);
        credit.Kind.ShouldBe(InvoiceLineKind.Credit);
        credit.Amount.ShouldBe(-refund);
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task Cancel_RequestedBeforeTheNotice_IsRefusedAsOutsideTheWindowAndKeepsTheContract()
    {
        var contract = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishTermsChangeAsync(contract.CustomerId);

        var problem = await CancelAsync(TestScopes.MinatoStaff, contract.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30),
            Today.AddDays(-1), "約款変更に同意しない", TermsChangeNoticeId: noticeId));

        problem.ShouldBe(EndingProblem.TermsChangeWindowClosed);
        (await LoadAsync(contract.Id)).Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    [Trait("Article", "004 §21-2, §4-5")]
    public async Task Cancel_ForAContractTheNoticeDidNotTarget_IsRefusedSoTheOrdinaryRulesApply()
    {
        var targeted = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var other = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishTermsChangeAsync(targeted.CustomerId);

        var problem = await CancelAsync(TestScopes.MinatoStaff, other.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today,
            "約款変更に同意しない", TermsChangeNoticeId: noticeId));

        problem.ShouldBe(EndingProblem.TermsChangeNotTargeted);
        (await LoadAsync(other.Id)).Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task Cancel_ByAnotherPartnersStaff_CannotFindTheContractAndChangesNothing()
    {
        var minato = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var hokuriku = await ActiveContractAsync(DemoOrganisations.HokurikuPartner);
        // The notice reaches both partners, so Hokuriku's staff can see it on their board.
        var noticeId = await PublishTermsChangeAsync(minato.CustomerId, hokuriku.CustomerId);

        var problem = await CancelAsync(TestScopes.HokurikuStaff, minato.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today,
            "約款変更に同意しない", TermsChangeNoticeId: noticeId));

        problem.ShouldBe(EndingProblem.NotFound);
        var stored = await LoadAsync(minato.Id);
        stored.Status.ShouldBe(ContractStatus.Active);
        stored.EarlyEndNoticeId.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task Notice_AfterACancellation_ListsItForItsPartnerOnlyWithTheWindowPerPlan()
    {
        var minato = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var hokuriku = await ActiveContractAsync(DemoOrganisations.HokurikuPartner);
        var noticeId = await PublishTermsChangeAsync(minato.CustomerId, hokuriku.CustomerId);
        (await CancelAsync(TestScopes.MinatoStaff, minato.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today,
            "約款変更に同意しない", TermsChangeNoticeId: noticeId))).ShouldBeNull();

        var asMinato = await CancellationsAsync(TestScopes.MinatoStaff, noticeId);
        var asHokuriku = await CancellationsAsync(TestScopes.HokurikuStaff, noticeId);
        var asVendor = await CancellationsAsync(TestScopes.VendorOperations, noticeId);

        var row = asMinato.Items.ShouldHaveSingleItem();
        row.ContractId.ShouldBe(minato.Id);
        row.LastDay.ShouldBe(Today.AddDays(30));
        row.Refund.ShouldNotBeNull().Amount.ShouldBeGreaterThan(0);
        asHokuriku.TotalCount.ShouldBe(0);
        asVendor.TotalCount.ShouldBe(1);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var notice = (await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().GetAsync(noticeId, Token)).ShouldNotBeNull();
        var window = (await scope.ServiceProvider.GetRequiredService<NoticeContractQueries>().CancellationWindowsAsync(notice, Token))
            .ShouldHaveSingleItem().Window.ShouldNotBeNull();
        window.OpensOn.ShouldBe(Today);
        window.ClosesOn.ShouldBe(Today.AddDays(9));
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task ContractPage_OfATargetedContract_ShowsTheWindowAndAfterCancellingItsBasis()
    {
        var contract = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishTermsChangeAsync(contract.CustomerId);
        var staff = await HubSession.SignInAsync(app, "staff@minato.example");
        var ja = new System.Globalization.CultureInfo("ja");
        var window = $"{JapaneseFormat.Date(Today, ja)} ～ {JapaneseFormat.Date(Today.AddDays(9), ja)}";

        var before = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/contracts/{contract.Id}", UriKind.Relative), Token));
        (await CancelAsync(TestScopes.MinatoStaff, contract.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today,
            "約款変更に同意しない", TermsChangeNoticeId: noticeId))).ShouldBeNull();
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/contracts/{contract.Id}", UriKind.Relative), Token));

        before.ShouldContain("data-testid=\"terms-change-notices\"");
        before.ShouldContain(window);
        before.ShouldContain($"service-notices/{noticeId}");
        after.ShouldContain("data-testid=\"scheduled-end-basis\"");
        after.ShouldContain(window);
        after.ShouldContain("data-testid=\"settlement-refund\"");
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task Withdraw_TermsChangeAfterACancellation_KeepsThatCancellationAndClosesTheWindowForTheOthersAfterToday()
    {
        var cancelled = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var other = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishTermsChangeAsync(cancelled.CustomerId, other.CustomerId);
        (await CancelAsync(TestScopes.MinatoStaff, cancelled.Id, new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today,
            "約款変更に同意しないため", TermsChangeNoticeId: noticeId))).ShouldBeNull();

        await using (var vendor = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            (await vendor.ServiceProvider.GetRequiredService<WithdrawServiceNotice>().ExecuteAsync(noticeId, "改定を見送ります。", Token)).NoticeId.ShouldBe(noticeId);
        }

        // ADR-006: the customer who cancelled keeps the cancellation and its settlement.
        var kept = await LoadAsync(cancelled.Id);
        kept.Status.ShouldBe(ContractStatus.Ending);
        kept.EarlyEndCause.ShouldBe(TerminationCause.TermsChange);
        kept.EarlyEndNoticeId.ShouldBe(noticeId);
        (await CancellationsAsync(TestScopes.VendorOperations, noticeId)).Items.ShouldHaveSingleItem().ContractId.ShouldBe(cancelled.Id);
        // For the others the window, which ran to the day before the effective date, now ends today.
        await using var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var option = (await partner.ServiceProvider.GetRequiredService<TermsChangeNotices>().ForContractAsync(await LoadAsync(other.Id), Token))
            .Single(o => o.NoticeId == noticeId);
        option.Window.ClosesOn.ShouldBe(Today);
        option.Window.ClosedEarly.ShouldBeTrue();
        option.Basis.StoodUntil.ShouldBe(Today);
    }

    private async Task<EndingProblem?> CancelAsync(TenantScope user, Guid contractId, EarlyEndRequest request)
    {
        await using var scope = app.ScopeFor(user, user.SeesAllPartners ? HubRoles.VendorOperations : HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<ScheduleContractEnd>().ExecuteAsync(contractId, request, Token);
    }

    private async Task<PagedResult<NoticeCancellationRow>> CancellationsAsync(TenantScope user, Guid noticeId)
    {
        await using var scope = app.ScopeFor(user, user.SeesAllPartners ? HubRoles.VendorOperations : HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<NoticeContractQueries>().CancellationsAsync(noticeId, new ListRequest(0, 25, null, false), Token);
    }

    private Task<Guid> PublishTermsChangeAsync(params Guid[] customers) =>
        ServiceNoticeTestData.PublishAsync(app, new NoticeContent(ServiceNoticeType.TermsChange, "利用規約改定のお知らせ " + Guid.NewGuid().ToString("N")[..6], null,
            "利用規約を改定します。", null, Today.AddDays(10), null, null, null, "第7条（通知）を改定します。", null, null), customers);

    private async Task<ServiceContract> LoadAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Contracts.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.Id == contractId, Token);
    }

    // A customer of its own with a 004 contract in service: delivered 100 days ago, wholesale ¥480,000 a year.
    private Task<ServiceContract> ActiveContractAsync(Guid partnerId) =>
        ServiceNoticeTestData.ActiveContractAsync(app, partnerId, new Yen(600_000), new Yen(480_000));
}
