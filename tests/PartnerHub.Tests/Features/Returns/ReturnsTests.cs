using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Returns;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Returns;

/// <summary>Lent units coming back: opening, shipment, receipt with charges, inspection, and who sees what (004 §17-1, 別紙4 §4; 003 §15-3).</summary>
public class ReturnsTests(HubAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => PartnerHub.Infrastructure.Localization.JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §17-1; 別紙4 §4-3")]
    public async Task OpenReturn_AsVendorOperations_SetsThePolicyDeadlineAndTheUnitAwaitsReturn()
    {
        var (applianceId, contractId) = await UnitAtCustomerAsync(ContractStatus.Active);

        var result = await OpenAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, new OpenReturnRequest(applianceId, contractId, ReturnReason.Other, Note: "メーカーリコール対象"));

        result.Problem.ShouldBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var task = await db.ReturnTasks.SingleAsync(t => t.Id == result.ReturnTaskId, Ct);
        task.Deadline.ShouldBe(ServicePlanPolicy.SensorService004.ReturnExpectedWithin.EndWhenStartingOn(Today));
        task.ShippingPaidBy.ShouldBe(ReturnShippingPayer.Customer);
        (await db.Appliances.SingleAsync(a => a.Id == applianceId, Ct)).Status.ShouldBe(ApplianceStatus.AwaitingReturn);
        (await OpenAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, new OpenReturnRequest(applianceId, contractId, ReturnReason.Other, Note: "再度")))
            .Problem.ShouldBe(OpenReturnProblem.AlreadyOpen);
    }

    [Fact]
    public async Task OpenReturn_AsPartnerStaffOrWithoutNote_IsRefusedAndChangesNothing()
    {
        var (applianceId, contractId) = await UnitAtCustomerAsync(ContractStatus.Active);

        (await OpenAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, new OpenReturnRequest(applianceId, contractId, ReturnReason.Other, Note: "x")))
            .Problem.ShouldBe(OpenReturnProblem.NotAllowed);
        (await OpenAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, new OpenReturnRequest(applianceId, contractId, ReturnReason.Other, Note: " ")))
            .Problem.ShouldBe(OpenReturnProblem.NoteRequired);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.ReturnTasks.AnyAsync(t => t.ApplianceId == applianceId, Ct)).ShouldBeFalse();
        (await db.Appliances.SingleAsync(a => a.Id == applianceId, Ct)).Status.ShouldBe(ApplianceStatus.AtCustomer);
    }

    [Fact]
    [Trait("Article", "004 §4-4, §17-1")]
    public async Task ReturnsAtContractEnd_UnitStillAtTheCustomerOfAnEndedContract_OpensOneReturnFromTheDayAfterTheLastDay()
    {
        var (applianceId, contractId) = await UnitAtCustomerAsync(ContractStatus.Ended);
        var run = app.Services.GetRequiredService<ReturnsAtContractEnd>();

        await run.RunOnceAsync(Ct);
        await run.RunOnceAsync(Ct);

        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, Ct);
        var task = await db.ReturnTasks.SingleAsync(t => t.ApplianceId == applianceId, Ct);
        var obligation = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.HardwareReturn()!;
        (task.Reason, task.ReturnFrom, task.Deadline, task.OpenedBy).ShouldBe((ReturnReason.ContractEnded, obligation.ReturnFrom, obligation.ExpectedBy, ReturnsAtContractEnd.By));
        contract.Status.ShouldBe(ContractStatus.Ended);
    }

    [Fact]
    [Trait("Article", "004 別紙4 §4-3, §4-4; 003 §15-3")]
    public async Task Return_ShippedLateAndReceivedDamaged_BooksLateAndDamageChargesAndPrintsTheReceipt()
    {
        var taskId = await OpenedReturnAsync(returnFrom: Today.AddDays(-40));
        var work = (TenantScope user, string role) => app.ScopeFor(user, role);

        await using (var partner = work(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var returns = partner.ServiceProvider.GetRequiredService<ReturnWork>();
            (await returns.RecordShipmentAsync(taskId, Carrier.Sagawa, "1234-5678-9012", Today.AddDays(-3), Ct)).ShouldBe(ReturnWorkProblem.InvalidTrackingNumber);
            (await returns.RecordShipmentAsync(taskId, Carrier.Sagawa, "1234 5678 9013", Today.AddDays(-3), Ct)).ShouldBeNull();
            (await returns.ReceiveAsync(taskId, new ReturnReceipt(ReturnCondition.Complete, Today, null, null), Ct)).ShouldBe(ReturnWorkProblem.NotAllowed);
        }

        await using (var toho = work(TestScopes.HardwareVendor, HubRoles.HardwareVendor))
        {
            var returns = toho.ServiceProvider.GetRequiredService<ReturnWork>();
            (await returns.ReceiveAsync(taskId, new ReturnReceipt(ReturnCondition.Damaged, Today, "", null), Ct)).ShouldBe(ReturnWorkProblem.NoteRequired);
            (await returns.ReceiveAsync(taskId, new ReturnReceipt(ReturnCondition.Damaged, Today, "天板に割れ", null), Ct)).ShouldBeNull();
        }

        await using (var db = app.CreateContext(TenantScope.System))
        {
            var task = await db.ReturnTasks.SingleAsync(t => t.Id == taskId, Ct);
            (task.Status, task.TrackingNumber, task.ReceivedBy).ShouldBe((ReturnStatus.Received, "1234-5678-9013", "kitting@toho.example"));
            (await db.Appliances.SingleAsync(a => a.Id == task.ApplianceId, Ct)).Status.ShouldBe(ApplianceStatus.Returned);
            var charges = await db.PendingCharges.Where(c => c.SourceId == taskId).ToListAsync(Ct);
            charges.Select(c => (c.Kind, c.Amount, c.Status, c.PartnerId)).OrderBy(c => c.Kind).ShouldBe([
                (PendingChargeKind.LateReturn, new Yen(10_000), PendingChargeStatus.Pending, DemoOrganisations.MinatoPartner),
                (PendingChargeKind.Damage, new Yen(50_000), PendingChargeStatus.Pending, DemoOrganisations.MinatoPartner)]);
        }

        var own = await HubSession.SignInAsync(app, "staff@minato.example");
        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var receipt = await PdfText.ExtractAsync(await own.GetByteArrayAsync(new Uri($"/returns/{taskId}/receipt.pdf", UriKind.Relative), Ct));
        receipt.ShouldContain("貸出機器類受領書");
        receipt.ShouldContain("天板に割れ");
        (await other.GetAsync(new Uri($"/returns/{taskId}/receipt.pdf", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inspection_AfterReceipt_RefurbishesIntoStockOrRefusesAScrapWithoutReason()
    {
        var taskId = await OpenedReturnAsync(returnFrom: Today);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var returns = scope.ServiceProvider.GetRequiredService<ReturnWork>();

        (await returns.RefurbishAsync(taskId, null, Ct)).ShouldBe(ReturnWorkProblem.WrongStatus);
        (await returns.ReceiveAsync(taskId, new ReturnReceipt(ReturnCondition.Complete, Today, null, null), Ct)).ShouldBeNull();
        (await returns.StartInspectionAsync(taskId, Ct)).ShouldBeNull();
        (await returns.ScrapAsync(taskId, "  ", Ct)).ShouldBe(ReturnWorkProblem.NoteRequired);
        (await returns.RefurbishAsync(taskId, "初期化・外装清掃", Ct)).ShouldBeNull();

        await using var db = app.CreateContext(TenantScope.System);
        var task = await db.ReturnTasks.SingleAsync(t => t.Id == taskId, Ct);
        var appliance = await db.Appliances.SingleAsync(a => a.Id == task.ApplianceId, Ct);
        (task.Status, task.Outcome).ShouldBe((ReturnStatus.Inspected, InspectionOutcome.Refurbished));
        (appliance.Status, appliance.Condition, appliance.ContractId).ShouldBe((ApplianceStatus.InStock, ApplianceCondition.Refurbished, (Guid?)null));
        (await db.PendingCharges.AnyAsync(c => c.SourceId == taskId, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Returns_OfAnotherPartnersCustomerOrAnotherHardwareVendor_AreNeitherListedNorChangeable()
    {
        var taskId = await OpenedReturnAsync(returnFrom: Today);

        await using (var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff))
        {
            var queries = hokuriku.ServiceProvider.GetRequiredService<ReturnQueries>();
            (await queries.GetAsync(taskId, Ct)).ShouldBeNull();
            (await queries.ListAsync(new ReturnFilter(), new ListRequest(0, ListRequest.MaxPageSize), Ct)).Items.ShouldNotContain(i => i.Id == taskId);
            (await hokuriku.ServiceProvider.GetRequiredService<ReturnWork>().RecordShipmentAsync(taskId, Carrier.Yamato, "123456789013", Today, Ct))
                .ShouldBe(ReturnWorkProblem.NotFound);
        }

        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await minato.ServiceProvider.GetRequiredService<ReturnQueries>().GetAsync(taskId, Ct)).ShouldNotBeNull();
        }

        var otherVendor = new TenantScope("u-other-hw", "hw@other.example", Guid.NewGuid(), OrganisationKind.HardwareVendor);
        await using (var other = app.ScopeFor(otherVendor, HubRoles.HardwareVendor))
        {
            (await other.ServiceProvider.GetRequiredService<ReturnWork>().ReceiveAsync(taskId, new ReturnReceipt(ReturnCondition.Complete, Today, null, null), Ct))
                .ShouldBe(ReturnWorkProblem.NotFound);
        }

        await using var hokurikuDb = app.CreateContext(TestScopes.HokurikuStaff);
        (await hokurikuDb.ReturnTasks.AnyAsync(t => t.Id == taskId, Ct)).ShouldBeFalse();
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/returns/{taskId}", UriKind.Relative), Ct));
        page.ShouldContain("data-testid=\"not-found\"");
    }

    [Fact]
    public async Task SaveChanges_WhenAPartnerWritesAnotherPartnersReturn_IsRefused()
    {
        var taskId = await OpenedReturnAsync(returnFrom: Today);
        await using var minato = app.CreateContext(TestScopes.MinatoStaff);
        var task = await minato.ReturnTasks.SingleAsync(t => t.Id == taskId, Ct);
        task.RecordShipment(Carrier.Yamato, "123456789013", Today, Today).ShouldBeNull();
        minato.Entry(task).Property(nameof(ReturnTask.PartnerId)).CurrentValue = DemoOrganisations.HokurikuPartner;

        await Should.ThrowAsync<TenantAccessDeniedException>(() => minato.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task List_OverdueFilter_ShowsOnlyUnsentReturnsPastTheirDeadlineWithTheTotal()
    {
        var overdue = await OpenedReturnAsync(returnFrom: Today.AddDays(-30));
        var current = await OpenedReturnAsync(returnFrom: Today);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);

        var page = await scope.ServiceProvider.GetRequiredService<ReturnQueries>().ListAsync(new ReturnFilter(OverdueOnly: true), new ListRequest(0, ListRequest.MaxPageSize), Ct);

        page.Items.ShouldContain(i => i.Id == overdue && i.IsOverdue);
        page.Items.ShouldNotContain(i => i.Id == current);
        page.Items.ShouldAllBe(i => i.IsOverdue);
        page.TotalCount.ShouldBe(page.Items.Count);
    }

    [Theory]
    [InlineData("ops@vendor.example")]
    [InlineData("kitting@toho.example")]
    [InlineData("staff@minato.example")]
    public async Task Pages_DemoReturnInEveryStatus_OpenForTheRolesThatFollowReturns(string email)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var demo = await db.ReturnTasks.AsNoTracking().Where(t => t.PartnerId == DemoOrganisations.MinatoPartner).ToListAsync(Ct);
        var client = await HubSession.SignInAsync(app, email);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/returns?overdue=true", UriKind.Relative), Ct));
        list.ShouldContain("data-testid=\"returns-table\"");
        foreach (var task in demo.DistinctBy(t => t.Status))
        {
            var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/returns/{task.Id}", UriKind.Relative), Ct));
            page.ShouldContain(task.SerialNumber);
            page.ShouldNotContain("data-testid=\"not-found\"");
        }

        // The received unit is still assigned to Toho, which received it.
        var received = demo.First(t => t.Status == ReturnStatus.Received);
        var history = await client.GetAsync(new Uri($"/hardware/serials/{received.ApplianceId}", UriKind.Relative), Ct);
        if (email.StartsWith("staff@", StringComparison.Ordinal))
        {
            history.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        }
        else
        {
            var text = WebUtility.HtmlDecode(await history.Content.ReadAsStringAsync(Ct));
            text.ShouldContain("data-testid=\"serial-history\"");
            text.ShouldContain(received.SerialNumber);
        }
    }

    private async Task<OpenReturnResult> OpenAsync(TenantScope user, string role, OpenReturnRequest request)
    {
        await using var scope = app.ScopeFor(user, role);
        return await scope.ServiceProvider.GetRequiredService<OpenReturn>().ExecuteAsync(request, Ct);
    }

    // A return as the swap or returns run leaves it, with its first day chosen so the deadline lies where the test needs it.
    private async Task<Guid> OpenedReturnAsync(DateOnly returnFrom)
    {
        var (applianceId, contractId) = await UnitAtCustomerAsync(ContractStatus.Active);
        await using var db = app.CreateContext(TenantScope.System);
        var appliance = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == applianceId, Ct);
        appliance.AwaitReturn(TimeProvider.System.GetUtcNow(), "test").ShouldBeTrue();
        var task = ReturnTask.Open(Guid.NewGuid(), appliance, contractId, DemoOrganisations.MinatoPartner, ReturnReason.SwapReplaced, Guid.NewGuid(), null, returnFrom,
            ServicePlanPolicy.SensorService004, TimeProvider.System.GetUtcNow(), "test");
        db.ReturnTasks.Add(task);
        await db.SaveChangesAsync(Ct);
        return task.Id;
    }

    // A new unit lent by Toho to a Minato contract in the given status, at the customer.
    private async Task<(Guid ApplianceId, Guid ContractId)> UnitAtCustomerAsync(ContractStatus status)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.Where(c => c.PartnerId == DemoOrganisations.MinatoPartner && c.Status == status && c.DeliveryCompletedOn != null)
            .OrderBy(c => c.Number).FirstAsync(Ct);
        var at = TimeProvider.System.GetUtcNow();
        var appliance = new Appliance(Guid.NewGuid(), "RT-" + Guid.NewGuid().ToString("N")[..10], "CTS", ApplianceCondition.New, at, "test");
        appliance.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, at, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Kitting, at, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Shipped, at, "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.AtCustomer, at, "test").ShouldBeTrue();
        db.Appliances.Add(appliance);
        await db.SaveChangesAsync(Ct);
        return (appliance.Id, contract.Id);
    }
}
