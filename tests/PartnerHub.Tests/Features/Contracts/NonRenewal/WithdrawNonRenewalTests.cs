using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Features.Contracts.NonRenewal.NonRenewalTestData;

namespace PartnerHub.Tests.Features.Contracts.NonRenewal;

public class WithdrawNonRenewalTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Withdraw_BeforeTheDeadline_LetsTheContractRenewAgainAndKeepsTheLetter()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token, Letter("letter.pdf", "application/pdf", pdf))).Succeeded.ShouldBeTrue();

        var result = await WithdrawAsync(app, TestScopes.MinatoStaff, contractId, "顧客が継続を希望", Token);

        result.Succeeded.ShouldBeTrue();
        var contract = await LoadAsync(app, contractId, Token);
        contract.Status.ShouldBe(ContractStatus.Delivered);
        contract.NonRenewalNoticeOn.ShouldBeNull();
        contract.NonRenewalLetterId.ShouldBeNull();
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.LastTerm.ShouldBeNull();
        contract.Events.ShouldContain(e => e.Kind == ContractEventKind.NonRenewalWithdrawn && e.Note == "顧客が継続を希望");
        // The scan stays as evidence of what was received.
        await using var db = app.CreateContext(TenantScope.System);
        (await db.ContractLetters.CountAsync(l => l.ContractId == contractId, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_IsRefused()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token)).Succeeded.ShouldBeTrue();

        var result = await WithdrawAsync(app, TestScopes.MinatoStaff, contractId, "  ", Token);

        result.Refusal.ShouldBe(ContractRefusal.ReasonRequired);
        (await LoadAsync(app, contractId, Token)).Status.ShouldBe(ContractStatus.Ending);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Withdraw_AfterTheDeadline_IsRefusedAndTheEndStands()
    {
        // A notice that reached the vendor on the first term's deadline (in time); that deadline has since passed.
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-11), Token);
        var cancelBy = (await LoadAsync(app, contractId, Token)).Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1).CancelBy;
        cancelBy.ShouldBeLessThan(Today);
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, new NonRenewalInput(cancelBy.AddDays(-3), cancelBy.AddDays(-1), cancelBy), Token)).Succeeded.ShouldBeTrue();
        NonRenewalStanding.Of(await LoadAsync(app, contractId, Token), Today)!.Notice!.CanWithdraw.ShouldBeFalse();

        var result = await WithdrawAsync(app, TestScopes.MinatoStaff, contractId, "顧客が継続を希望", Token);

        result.Refusal.ShouldBe(ContractRefusal.DeadlinePassed);
        var contract = await LoadAsync(app, contractId, Token);
        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.LastTerm!.Number.ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_WhenNoNoticeIsRecorded_IsRefused()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);

        var result = await WithdrawAsync(app, TestScopes.MinatoStaff, contractId, "誤り", Token);

        result.Refusal.ShouldBe(ContractRefusal.NoNoticeRecorded);
    }

    [Fact]
    public async Task Withdraw_OnAnotherPartnersContract_IsNotFound()
    {
        var contractId = await DeliveredAsync(app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        (await RecordAsync(app, TestScopes.MinatoStaff, contractId, SameDay(Today), Token)).Succeeded.ShouldBeTrue();

        var result = await WithdrawAsync(app, TestScopes.HokurikuStaff, contractId, "なりすまし", Token);

        result.Problem.ShouldBe(NonRenewalProblem.NotFound);
        (await LoadAsync(app, contractId, Token)).Status.ShouldBe(ContractStatus.Ending);
    }
}
