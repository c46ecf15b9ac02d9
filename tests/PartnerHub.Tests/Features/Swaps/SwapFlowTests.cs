using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Returns;
using PartnerHub.Features.Swaps;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Swaps;

/// <summary>A swap from the partner's report to the replacement in service (004 §7-1, §7-2; 別紙4 §3).</summary>
public class SwapFlowTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => PartnerHub.Infrastructure.Localization.JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §7-1; 別紙4 §3")]
    public async Task Swap_FromFailureReportToReplacementDelivered_MovesTheContractToTheNewSerial()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = await OpenAsync(deployment.ApplianceId);

        await using (var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var work = partner.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.ProposeAttributionAsync(swapId, FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, "落下痕あり", Token)).Succeeded.ShouldBeTrue();
            (await work.DecideAttributionAsync(swapId, FaultAttribution.NotCustomer, null, null, Token)).Failure.ShouldBe(SwapFailure.NotAllowed);
        }

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var work = ops.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.DecideAttributionAsync(swapId, FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, "筐体破損", Token)).Succeeded.ShouldBeTrue();
            (await work.ArrangeReplacementAsync(swapId, DemoOrganisations.TohoHardwareVendor, Token)).Succeeded.ShouldBeTrue();
        }

        Guid taskId;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            taskId = await db.KittingTasks.Where(t => t.SwapCaseId == swapId).Select(t => t.Id).SingleAsync(Token);
        }

        await using (var kitter = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor))
        {
            var work = kitter.ServiceProvider.GetRequiredService<KittingWork>();
            (await kitter.ServiceProvider.GetRequiredService<KittingQueries>().GetAsync(taskId, Token))!.Appliances.ShouldHaveSingleItem().Status.ShouldBe(ApplianceStatus.Kitting);
            // The replacement is kitted to the contract's registered sheet, which the hardware vendor can open from the task.
            (await kitter.ServiceProvider.GetRequiredService<KittingSheetQueries>().FindForKittingTaskAsync(taskId, Token)).ShouldBe(deployment.SheetId);
            foreach (var item in KittingTask.ChecklistItems)
            {
                (await work.SetChecklistItemAsync(taskId, item, true, Token)).ShouldBeNull();
            }

            (await work.ShipAsync(taskId, Carrier.Sagawa, "123456789013", Today, Today.AddDays(1), Token)).ShouldBeNull();
        }

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var work = ops.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.RecordReplacementDeliveryAsync(swapId, Today.AddDays(1), Token)).Failure.ShouldBe(SwapFailure.InvalidDate);
            (await work.RecordReplacementDeliveryAsync(swapId, Today, Token)).Succeeded.ShouldBeTrue();
        }

        await using var check = app.CreateContext(TenantScope.System);
        var swap = await check.SwapCases.SingleAsync(s => s.Id == swapId, Token);
        swap.Status.ShouldBe(SwapCaseStatus.ReplacementDelivered);
        swap.PartnerAttribution!.Attribution.ShouldBe(FaultAttribution.Customer);
        swap.OldUnitReturnDueOn.ShouldBe(Today.AddDays(14));
        var units = await check.Appliances.Include(a => a.History).Where(a => a.ContractId == deployment.ContractId).ToListAsync(Token);
        // The replaced unit waits for its return, opened with the delivery (別紙4 §3-1), due by the case's date.
        units.Single(a => a.Id == deployment.ApplianceId).Status.ShouldBe(ApplianceStatus.AwaitingReturn);
        var oldUnitReturn = await check.ReturnTasks.SingleAsync(t => t.ApplianceId == deployment.ApplianceId, Token);
        (oldUnitReturn.Reason, oldUnitReturn.SourceId, oldUnitReturn.Deadline).ShouldBe((ReturnReason.SwapReplaced, (Guid?)swapId, swap.OldUnitReturnDueOn!.Value));
        units.Single(a => a.Id == swap.ReplacementApplianceId).Status.ShouldBe(ApplianceStatus.AtCustomer);
        units.Single(a => a.Id == deployment.ApplianceId).History.Count(e => e.Note != null && e.Note.Contains(swapId.ToString(), StringComparison.Ordinal)).ShouldBe(2);
        var charge = await check.PendingCharges.SingleAsync(c => c.SourceId == swapId, Token);
        charge.Kind.ShouldBe(PendingChargeKind.SwapCost);
        charge.Amount.Amount.ShouldBe(33_000);
        charge.PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
        (await check.Contracts.SingleAsync(c => c.Id == deployment.ContractId, Token)).Status.ShouldBe(Domain.Contracts.ContractStatus.Delivered);

        // The bridge: the new serial's records belong to the contract; the old serial's no longer do.
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(swap.ReplacementSerialNumber!, now, 60), DeviceTestData.Heartbeat(deployment.Serial, now, 99_000)), Token)).EnsureSuccessStatusCode();
        await using var after = app.CreateContext(TenantScope.System);
        var records = await after.SensorEvents.Where(e => e.ApplianceSerial == swap.ReplacementSerialNumber || e.ApplianceSerial == deployment.Serial).ToListAsync(Token);
        records.Single(e => e.ApplianceSerial == swap.ReplacementSerialNumber).ContractId.ShouldBe(deployment.ContractId);
        records.Single(e => e.ApplianceSerial == swap.ReplacementSerialNumber).CustomerId.ShouldBe(deployment.CustomerId);
        records.Single(e => e.ApplianceSerial == deployment.Serial).ContractId.ShouldBeNull();
        records.Single(e => e.ApplianceSerial == deployment.Serial).PartnerId.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public async Task RecordOutage_AfterAFailureSwapThatDidNotFixIt_CreditsFullDaysToThePartnerCitingThePlansArticle()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, deliveredDaysAgo: 30);
        var swapId = await OpenAsync(deployment.ApplianceId);
        await DeliverReplacementAsync(swapId);
        var aware = new DateTimeOffset(Today.AddDays(-3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var work = ops.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.RecordOutageAsync(swapId, aware, aware.AddHours(-1), Token)).Rule.ShouldBe(SwapProblem.RestoredBeforeAware);
            (await work.RecordOutageAsync(swapId, aware, TimeProvider.System.GetUtcNow().AddHours(1), Token)).Rule.ShouldBe(SwapProblem.RestoredInFuture);
            (await work.RecordOutageAsync(swapId, aware, aware.AddHours(47).AddMinutes(59), Token)).Succeeded.ShouldBeTrue();
            (await work.RecordOutageAsync(swapId, aware, aware.AddHours(72), Token)).Rule.ShouldBe(SwapProblem.OutageAlreadyRecorded);
        }

        await using var db = app.CreateContext(TenantScope.System);
        var swap = await db.SwapCases.SingleAsync(s => s.Id == swapId, Token);
        swap.Outage!.FullDays.ShouldBe(1);
        // ¥480,000 a year over the 365-day term year, rounded down: ¥1,315 a day.
        swap.Outage.DayPrice.Amount.ShouldBe(1_315);
        var credit = await db.PendingCharges.SingleAsync(c => c.SourceId == swapId, Token);
        credit.Kind.ShouldBe(PendingChargeKind.OutageCompensation);
        credit.SignedAmount.Amount.ShouldBe(-1_315);
        credit.Article.ShouldBe("004 §7-2");
    }

    [Fact]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    public async Task RecordOutage_AfterAMaintenanceSwap_IsRefusedWithItsReasonAndCreditsNothing()
    {
        // §7-2 compensates only after the §7-1 swap (a unit that does not work, reported in writing); a maintenance swap the
        // vendor decided because a remote update was impossible is not one.
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, deliveredDaysAgo: 30);
        var swapId = await OpenAsync(deployment.ApplianceId, SwapReason.Maintenance);
        await DeliverReplacementAsync(swapId);
        var aware = new DateTimeOffset(Today.AddDays(-3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var result = await ops.ServiceProvider.GetRequiredService<SwapWork>().RecordOutageAsync(swapId, aware, aware.AddHours(72), Token);
            result.Rule.ShouldBe(SwapProblem.OutageExcludedForMaintenance);
            result.MessageKey.ShouldBe("Problem_OutageExcludedForMaintenance");
        }

        await using var db = app.CreateContext(TenantScope.System);
        (await db.SwapCases.SingleAsync(s => s.Id == swapId, Token)).Outage.ShouldBeNull();
        (await db.PendingCharges.AnyAsync(c => c.SourceId == swapId, Token)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §7-1; 別紙4 §3")]
    public async Task Open_FromTheContractOfAUnitThatReported_KeepsItsHealthAndLatestAlertAsTheCaseSaw()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-5), 86_400), DeviceTestData.Alert(deployment.Serial, now.AddMinutes(-4))), Token)).EnsureSuccessStatusCode();

        // The contract page offers the units at the customer; another partner is offered none of them.
        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await minato.ServiceProvider.GetRequiredService<SwapQueries>().TargetsOfContractAsync(deployment.ContractId, Token))
                .ShouldHaveSingleItem().ApplianceId.ShouldBe(deployment.ApplianceId);
        }

        await using (var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff))
        {
            (await hokuriku.ServiceProvider.GetRequiredService<SwapQueries>().TargetsOfContractAsync(deployment.ContractId, Token)).ShouldBeEmpty();
        }

        var swapId = await OpenAsync(deployment.ApplianceId);

        await using var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var snapshot = (await ops.ServiceProvider.GetRequiredService<SwapQueries>().GetAsync(swapId, Token))!.Snapshot.ShouldNotBeNull();
        snapshot.Health.ShouldNotBeNull().Serial.ShouldBe(deployment.Serial);
        snapshot.Health.UptimeSeconds.ShouldBe(86_400);
        snapshot.Alerts.ShouldHaveSingleItem().Signature.ShouldBe("ET MALWARE Cobalt Strike Beacon Observed");
    }

    [Fact]
    [Trait("Article", "004 §7-1")]
    public async Task Open_BadInput_IsRefusedAndStoresNothing()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var open = scope.ServiceProvider.GetRequiredService<OpenSwap>();
        var now = TimeProvider.System.GetUtcNow();

        (await open.ExecuteAsync(new OpenSwapRequest(deployment.ApplianceId, SwapReason.Failure, "電源が入らない", now, null), Token)).Rule.ShouldBe(SwapProblem.WrittenReportRequired);
        (await open.ExecuteAsync(new OpenSwapRequest(deployment.ApplianceId, SwapReason.Failure, "", now, Today), Token)).Rule.ShouldBe(SwapProblem.DescriptionRequired);
        (await open.ExecuteAsync(new OpenSwapRequest(deployment.ApplianceId, SwapReason.Failure, "x", now, Today.AddDays(-30)), Token)).Rule.ShouldBe(SwapProblem.ReportOutsideTerm);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.SwapCases.AnyAsync(s => s.OldApplianceId == deployment.ApplianceId, Token)).ShouldBeFalse();
        (await db.Appliances.SingleAsync(a => a.Id == deployment.ApplianceId, Token)).Status.ShouldBe(ApplianceStatus.AtCustomer);
    }

    [Fact]
    public async Task Swaps_OfAnotherPartner_CannotBeOpenedReadOrChanged()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = await OpenAsync(deployment.ApplianceId);

        await using (var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff))
        {
            var provider = hokuriku.ServiceProvider;
            (await provider.GetRequiredService<OpenSwap>().ExecuteAsync(
                new OpenSwapRequest(deployment.ApplianceId, SwapReason.LossOrTheft, "紛失", TimeProvider.System.GetUtcNow(), null), Token)).Failure.ShouldBe(SwapFailure.NotFound);
            (await provider.GetRequiredService<SwapQueries>().GetAsync(swapId, Token)).ShouldBeNull();
            (await provider.GetRequiredService<SwapQueries>().TargetAsync(deployment.ApplianceId, Token)).ShouldBeNull();
            (await provider.GetRequiredService<SwapQueries>().ListAsync(null, new ListRequest(0, 200), Token)).Items.ShouldNotContain(i => i.Id == swapId);
            (await provider.GetRequiredService<SwapWork>().ProposeAttributionAsync(swapId, FaultAttribution.NotCustomer, null, null, Token)).Failure.ShouldBe(SwapFailure.NotFound);
        }

        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var page = await minato.ServiceProvider.GetRequiredService<SwapQueries>().ListAsync(null, new ListRequest(0, 200), Token);
            page.Items.ShouldContain(i => i.Id == swapId);
            page.TotalCount.ShouldBe(page.Items.Count);
        }

        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var own = await HubSession.SignInAsync(app, "staff@minato.example");
        var denied = WebUtility.HtmlDecode(await other.GetStringAsync(new Uri($"/swaps/{swapId}", UriKind.Relative), Token));
        var shown = WebUtility.HtmlDecode(await own.GetStringAsync(new Uri($"/swaps/{swapId}", UriKind.Relative), Token));
        var openPage = WebUtility.HtmlDecode(await other.GetStringAsync(new Uri($"/swaps/new?appliance={deployment.ApplianceId}", UriKind.Relative), Token));
        denied.ShouldContain("data-testid=\"not-found\"");
        denied.ShouldNotContain(deployment.Serial);
        shown.ShouldContain(deployment.Serial);
        openPage.ShouldContain("data-testid=\"swap-no-target\"");
    }

    [Fact]
    public async Task SerialHistory_AfterASwap_ShowsTheReplacementsKittingOnlyOnTheReplacement()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = await OpenAsync(deployment.ApplianceId);
        await DeliverReplacementAsync(swapId);
        Guid taskId, replacementId;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            taskId = await db.KittingTasks.Where(t => t.SwapCaseId == swapId).Select(t => t.Id).SingleAsync(Token);
            replacementId = (await db.SwapCases.SingleAsync(s => s.Id == swapId, Token)).ReplacementApplianceId!.Value;
        }

        await using var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var history = ops.ServiceProvider.GetRequiredService<SerialHistoryQueries>();
        var old = (await history.GetAsync(deployment.ApplianceId, Token))!.Entries;
        var replacement = (await history.GetAsync(replacementId, Token))!.Entries;

        old.ShouldNotContain(e => e.Kind == SerialHistoryKind.KittingAssigned || e.Kind == SerialHistoryKind.KittingShipped);
        old.ShouldContain(e => e.Kind == SerialHistoryKind.ReturnOpened);
        replacement.Where(e => e.Link == $"kitting/{taskId}").Select(e => e.Kind)
            .ShouldBe([SerialHistoryKind.KittingAssigned, SerialHistoryKind.KittingShipped], ignoreOrder: true);
    }

    [Fact]
    [Trait("Article", "004 §7-1 proviso; 別紙4 §3")]
    public async Task Withdraw_ByThePartnerBeforeTheReplacementShips_CancelsTheKittingAndLeavesNoCharge()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = await OpenAsync(deployment.ApplianceId);
        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var work = ops.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.DecideAttributionAsync(swapId, FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, "筐体破損", Token)).Succeeded.ShouldBeTrue();
            (await work.ArrangeReplacementAsync(swapId, DemoOrganisations.TohoHardwareVendor, Token)).Succeeded.ShouldBeTrue();
        }

        await using (var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff))
        {
            (await hokuriku.ServiceProvider.GetRequiredService<SwapWork>().WithdrawAsync(swapId, "誤登録", Token)).Failure.ShouldBe(SwapFailure.NotFound);
        }

        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var work = minato.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.WithdrawAsync(swapId, " ", Token)).Rule.ShouldBe(SwapProblem.WithdrawalReasonRequired);
            (await work.WithdrawAsync(swapId, "再起動で復旧し、故障ではなかった", Token)).Succeeded.ShouldBeTrue();
            (await work.WithdrawAsync(swapId, "再起動で復旧し、故障ではなかった", Token)).Rule.ShouldBe(SwapProblem.WrongStatus);
        }

        await using var check = app.CreateContext(TenantScope.System);
        var swap = await check.SwapCases.SingleAsync(s => s.Id == swapId, Token);
        swap.Status.ShouldBe(SwapCaseStatus.Withdrawn);
        swap.WithdrawalReason.ShouldBe("再起動で復旧し、故障ではなかった");
        swap.SwapCost.ShouldBeNull();
        (await check.KittingTasks.SingleAsync(t => t.SwapCaseId == swapId, Token)).Status.ShouldBe(KittingStatus.Cancelled);
        var replacement = await check.Appliances.SingleAsync(a => a.Id == swap.ReplacementApplianceId, Token);
        (replacement.Status, replacement.ContractId).ShouldBe((ApplianceStatus.InStock, (Guid?)null));
        (await check.Appliances.SingleAsync(a => a.Id == deployment.ApplianceId, Token)).Status.ShouldBe(ApplianceStatus.AtCustomer);
        (await check.PendingCharges.Where(c => c.SourceId == swapId).Select(c => c.Status).ToListAsync(Token)).ShouldAllBe(status => status == PendingChargeStatus.Waived);
        (await check.PendingCharges.CountAsync(c => c.SourceId == swapId, Token)).ShouldBe(1);

        // The unit can be swapped again later.
        (await OpenAsync(deployment.ApplianceId, SwapReason.Maintenance)).ShouldNotBe(swapId);
    }

    [Fact]
    public async Task Withdraw_OnceTheReplacementShipped_IsRefusedAndChangesNothing()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var swapId = await OpenAsync(deployment.ApplianceId);
        await DeliverReplacementAsync(swapId);

        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            (await ops.ServiceProvider.GetRequiredService<SwapWork>().WithdrawAsync(swapId, "誤登録", Token)).Rule.ShouldBe(SwapProblem.WrongStatus);
        }

        await using var check = app.CreateContext(TenantScope.System);
        (await check.SwapCases.SingleAsync(s => s.Id == swapId, Token)).Status.ShouldBe(SwapCaseStatus.ReplacementDelivered);
        (await check.KittingTasks.SingleAsync(t => t.SwapCaseId == swapId, Token)).Status.ShouldBe(KittingStatus.Shipped);
    }

    private async Task<Guid> OpenAsync(Guid applianceId, SwapReason reason = SwapReason.Failure)
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var result = await scope.ServiceProvider.GetRequiredService<OpenSwap>().ExecuteAsync(
            new OpenSwapRequest(applianceId, reason, "電源ランプが点滅し応答しない", TimeProvider.System.GetUtcNow().AddHours(-3), reason == SwapReason.Failure ? Today : null), Token);
        result.Succeeded.ShouldBeTrue(result.MessageKey);
        return result.SwapCaseId!.Value;
    }

    private async Task DeliverReplacementAsync(Guid swapId)
    {
        await using (var ops = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            var work = ops.ServiceProvider.GetRequiredService<SwapWork>();
            (await work.DecideAttributionAsync(swapId, FaultAttribution.NotCustomer, null, null, Token)).Succeeded.ShouldBeTrue();
            (await work.ArrangeReplacementAsync(swapId, DemoOrganisations.TohoHardwareVendor, Token)).Succeeded.ShouldBeTrue();
        }

        await using (var kitter = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor))
        {
            var work = kitter.ServiceProvider.GetRequiredService<KittingWork>();
            await using var db = app.CreateContext(TenantScope.System);
            var taskId = await db.KittingTasks.Where(t => t.SwapCaseId == swapId).Select(t => t.Id).SingleAsync(Token);
            foreach (var item in KittingTask.ChecklistItems)
            {
                await work.SetChecklistItemAsync(taskId, item, true, Token);
            }

            (await work.ShipAsync(taskId, Carrier.Yamato, "123456789013", Today, Today, Token)).ShouldBeNull();
        }

        await using var vendor = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        (await vendor.ServiceProvider.GetRequiredService<SwapWork>().RecordReplacementDeliveryAsync(swapId, Today, Token)).Succeeded.ShouldBeTrue();
    }
}
