using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.Ending;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

public class ContractEndingTests(HubAppFactory app)
{
    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §4-5")]
    public async Task ScheduleEnd_WhenPartnerRelaysACustomersCancellation_MovesTheContractToEndingWithThePenaltyDue()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);
        var lastDay = Today.AddDays(30);

        var problem = await ScheduleAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.CustomerConvenience, lastDay, Today, "移転のため"));

        problem.ShouldBeNull();
        var contract = await LoadAsync(contractId);
        contract.Status.ShouldBe(ContractStatus.Ending);
        contract.EarlyEndOn.ShouldBe(lastDay);
        contract.EarlyEndCause.ShouldBe(TerminationCause.CustomerConvenience);
        var settlement = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.EarlyTermination(lastDay, TerminationCause.CustomerConvenience, contract.AnnualFee);
        settlement.Penalty.ShouldNotBeNull().Amount.Amount.ShouldBeGreaterThan(0);
        settlement.Refund.ShouldBeNull();
        contract.Events.ShouldContain(e => e.Kind == ContractEventKind.EndScheduled && e.By == TestScopes.MinatoStaff.UserName && e.Note!.Contains("移転のため"));
    }

    [Fact]
    [Trait("Article", "004 §16")]
    public async Task ScheduleEnd_WhenPartnerStaffTerminatesForBreach_IsNotAllowed()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);

        var problem = await ScheduleAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.CustomerFault, Today.AddDays(30), Today, "未払い"));

        problem.ShouldBe(EndingProblem.NotAllowed);
        (await LoadAsync(contractId)).Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    [Trait("Article", "004 §16-3")]
    public async Task ScheduleEnd_WhenBreachCurePeriodHasNotPassed_RefusesAndKeepsTheContract()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);

        var early = await ScheduleAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, contractId,
            new EarlyEndRequest(TerminationCause.CustomerFault, Today.AddDays(3), Today, "催告後も未払い", DemandReceivedOn: Today.AddDays(-5)));
        var afterCure = await ScheduleAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, contractId,
            new EarlyEndRequest(TerminationCause.CustomerFault, Today.AddDays(10), Today, "催告後も未払い", DemandReceivedOn: Today.AddDays(-5)));

        early.ShouldBe(EndingProblem.BreachNotYetTerminable);
        afterCure.ShouldBeNull();
        (await LoadAsync(contractId)).EarlyEndOn.ShouldBe(Today.AddDays(10));
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public async Task ScheduleEnd_WhenTermsChangeNoticeIsMissing_AsksForIt()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);

        var problem = await ScheduleAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.TermsChange, Today.AddDays(30), Today, "約款変更に同意しない"));

        problem.ShouldBe(EndingProblem.TermsChangeNoticeRequired);
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public async Task ScheduleEnd_When002CancellationComesLessThanTwoMonthsAhead_RefusesNoticeTooShort()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.HokurikuPartner, ServicePlan.ChamberUtm);

        var tooSoon = await ScheduleAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.CustomerConvenience, Today.AddDays(20), Today, "閉店"));

        tooSoon.ShouldBe(EndingProblem.NoticeTooShort);
        (await LoadAsync(contractId)).Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    public async Task ScheduleEnd_WhenAnotherPartnersStaffTries_CannotFindTheContract()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);

        var problem = await ScheduleAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.CustomerConvenience, Today.AddDays(30), Today, "x"));

        problem.ShouldBe(EndingProblem.NotFound);
        (await LoadAsync(contractId)).Status.ShouldBe(ContractStatus.Active);
    }

    [Fact]
    public async Task CancelOrder_WhenKitting_CancelsTheTaskAndReturnsTheAppliancesToStock()
    {
        var (contractId, applianceId) = await KittingContractAsync();

        var problem = await CancelAsync(TestScopes.MinatoStaff, contractId, "お客様都合で発注取消");

        problem.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken)).Status.ShouldBe(ContractStatus.Cancelled);
        (await db.KittingTasks.SingleAsync(t => t.ContractId == contractId, TestContext.Current.CancellationToken)).Status.ShouldBe(KittingStatus.Cancelled);
        var appliance = await db.Appliances.SingleAsync(a => a.Id == applianceId, TestContext.Current.CancellationToken);
        appliance.Status.ShouldBe(ApplianceStatus.InStock);
        appliance.ContractId.ShouldBeNull();
    }

    [Fact]
    public async Task CancelOrder_WithoutReason_RefusesAndKeepsTheOrder()
    {
        var (contractId, _) = await KittingContractAsync();

        var problem = await CancelAsync(TestScopes.MinatoStaff, contractId, "  ");

        problem.ShouldBe(EndingProblem.ReasonRequired);
        (await LoadAsync(contractId)).Status.ShouldBe(ContractStatus.Kitting);
    }

    [Fact]
    public async Task CancelOrder_WhenServiceHasStarted_IsRefused()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);

        (await CancelAsync(TestScopes.MinatoStaff, contractId, "取消")).ShouldBe(EndingProblem.WrongStatus);
    }

    [Fact]
    public async Task ContractPage_WhenEndIsScheduled_ShowsTheLastDayAndSettlement()
    {
        var contractId = await ActiveContractAsync(DemoOrganisations.MinatoPartner, ServicePlan.SensorService);
        (await ScheduleAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, contractId,
            new EarlyEndRequest(TerminationCause.CustomerConvenience, Today.AddDays(40), Today, "統合のため"))).ShouldBeNull();
        var staff = await HubSession.SignInAsync(app, "staff@minato.example");

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), TestContext.Current.CancellationToken));

        page.ShouldContain("data-testid=\"scheduled-end\"");
        page.ShouldContain(JapaneseFormat.Date(Today.AddDays(40), new System.Globalization.CultureInfo("ja")));
        page.ShouldContain("data-testid=\"settlement-penalty\"");
        page.ShouldContain("統合のため");
    }

    private async Task<EndingProblem?> ScheduleAsync(TenantScope user, string role, Guid contractId, EarlyEndRequest request)
    {
        await using var scope = app.ScopeFor(user, role);
        return await scope.ServiceProvider.GetRequiredService<ScheduleContractEnd>().ExecuteAsync(contractId, request, TestContext.Current.CancellationToken);
    }

    private async Task<EndingProblem?> CancelAsync(TenantScope user, Guid contractId, string reason)
    {
        await using var scope = app.ScopeFor(user, HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<CancelOrder>().ExecuteAsync(contractId, reason, TestContext.Current.CancellationToken);
    }

    private async Task<ServiceContract> LoadAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Contracts.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken);
    }

    // A contract in service: ordered 120 days ago, delivered 100 days ago, data collection confirmed.
    private async Task<Guid> ActiveContractAsync(Guid partnerId, ServicePlan plan)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var customerId = await db.Customers.Where(c => c.PartnerId == partnerId).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var contract = new ServiceContract(Guid.NewGuid(), $"C-T-{Guid.NewGuid():N}"[..20], partnerId, customerId, plan.Code, 1, new Yen(1_200_000), null, Today.AddDays(-120), at, "test");
        contract.StartKitting(at, "test").ShouldBeNull();
        contract.Ship(at, "test", "test").ShouldBeNull();
        contract.CompleteDelivery(Today.AddDays(-100), at, "test").ShouldBeNull();
        contract.StartService(at, "test", "test").ShouldBeNull();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contract.Id;
    }

    private async Task<(Guid ContractId, Guid ApplianceId)> KittingContractAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var partnerId = DemoOrganisations.MinatoPartner;
        var customerId = await db.Customers.Where(c => c.PartnerId == partnerId).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var contract = new ServiceContract(Guid.NewGuid(), $"C-T-{Guid.NewGuid():N}"[..20], partnerId, customerId, ServicePlan.SensorService.Code, 1, new Yen(600_000), null, Today, at, "test");
        contract.StartKitting(at, "test").ShouldBeNull();
        var appliance = new Appliance(Guid.NewGuid(), $"T-{Guid.NewGuid():N}"[..12], ServicePlan.SensorService.Model.Code, ApplianceCondition.New, at, "test");
        appliance.AllocateTo(contract.Id, partnerId, DemoOrganisations.TohoHardwareVendor, at, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Kitting, at, "test").ShouldBeTrue();
        db.Contracts.Add(contract);
        db.Appliances.Add(appliance);
        db.KittingTasks.Add(new KittingTask(Guid.NewGuid(), contract.Id, partnerId, DemoOrganisations.TohoHardwareVendor, at));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (contract.Id, appliance.Id);
    }
}
