using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Runs;

/// <summary>
/// The monthly run end to end: preview, issue in the background, the run's record. Each test bills a month of its own far in the
/// future (contracts delivered then), under an issuer of its own, so the shared database's other contracts owe nothing in it.
/// The tests are in one class: a hub runs one invoicing run at a time.
/// </summary>
public class InvoicingRunTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue_AfterPreview_IssuesTheInvoicesLineByLineAsPreviewedAndRecordsTheRun()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2033, 6);
        var (first, second) = (await BillingTestData.NewPartnerAsync(app), await BillingTestData.NewPartnerAsync(app));
        var firstA = await DeliveredAsync(first, new DateOnly(2033, 6, 10), 396_000);
        var firstB = await DeliveredAsync(first, new DateOnly(2033, 6, 20), 198_000);
        var secondA = await DeliveredAsync(second, new DateOnly(2033, 6, 3), 330_000);
        var noFee = await DeliveredAsync(second, new DateOnly(2033, 6, 4), null);

        var preview = await PreviewAsync(billing, month);

        var planned = preview.Invoices.Where(i => i.PartnerId == first || i.PartnerId == second).ToList();
        planned.Count.ShouldBe(2);
        planned.Sum(i => i.Draft.Items.Count).ShouldBe(3);
        var refused = preview.RefusedContracts.Where(r => r.PartnerId == second).ShouldHaveSingleItem();
        refused.ShouldBe(new RefusedContract(noFee, refused.ContractNumber, second, ChargeRefusal.NoWholesaleFee));
        // Tax included at 10%: 396,000 + 198,000 = 594,000 → tax 54,000; 330,000 → 30,000.
        Yen.Sum(planned.Select(i => i.Draft.GrandTotal)).ShouldBe(new Yen(924_000));
        var firstPlan = planned.Single(i => i.PartnerId == first).Draft;
        firstPlan.TaxTotal.ShouldBe(new Yen(54_000));
        firstPlan.TransactionDate.ShouldBe(new DateOnly(2033, 6, 21));
        firstPlan.DueDate.ShouldBe(new DateOnly(2033, 7, 11));

        var run = await IssueAsync(billing, month);

        run.Status.ShouldBe(InvoicingRunStatus.Completed);
        run.InvoicesIssued.ShouldBeGreaterThanOrEqualTo(2);
        run.Problems.Where(p => p.PartnerId == second).ShouldHaveSingleItem().Reason.ShouldBe(nameof(ChargeRefusal.NoWholesaleFee));
        var issued = await IssuedWithAsync([firstA, firstB, secondA, noFee]);
        issued.Count.ShouldBe(2);
        foreach (var plan in planned)
        {
            var invoice = issued.Single(i => i.PartnerId == plan.PartnerId);
            invoice.Status.ShouldBe(InvoiceStatus.Issued);
            invoice.Number.ShouldNotBeNull().ShouldStartWith("INV-");
            invoice.IssuerId.ShouldBe(billing.IssuerId);
            (invoice.RecipientName, invoice.TransactionDate, invoice.DueDate).ShouldBe((plan.Draft.RecipientName, plan.Draft.TransactionDate, plan.Draft.DueDate));
            (invoice.TaxExcludedTotal, invoice.TaxTotal, invoice.GrandTotal).ShouldBe((plan.Draft.TaxExcludedTotal, plan.Draft.TaxTotal, plan.Draft.GrandTotal));
            invoice.Items.OrderBy(i => i.Position).Select(LineOf).ShouldBe(plan.Draft.Items.OrderBy(i => i.Position).Select(LineOf));
        }
    }

    [Fact]
    public async Task Issue_SameMonthAgain_IssuesNothingTwiceAndReportsTheChargesSkipped()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2034, 6);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var contract = await DeliveredAsync(partner, new DateOnly(2034, 6, 10), 396_000);
        await IssueAsync(billing, month);
        (await IssuedWithAsync([contract])).Count.ShouldBe(1);

        var preview = await PreviewAsync(billing, month);
        var again = await IssueAsync(billing, month);

        preview.Invoices.ShouldNotContain(i => i.PartnerId == partner);
        preview.AlreadyBilled.ShouldBeGreaterThanOrEqualTo(1);
        again.Status.ShouldBe(InvoicingRunStatus.Completed);
        again.ChargesAlreadyBilled.ShouldBeGreaterThanOrEqualTo(1);
        (await IssuedWithAsync([contract])).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Issue_EarlierInvoiceWithPdfPending_PrintsItAndEachRunInvoicesOwnPdf()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2037, 6);
        var earlier = await billing.DraftAsync();
        await using (var scope = billing.AsFinance())
        await using (var db = app.CreateContext(billing.Finance))
        {
            var draft = await db.Invoices.SingleAsync(i => i.Id == earlier, Token);
            // The batch path prints nothing: as if Chromium had failed at that issue.
            (await scope.ServiceProvider.GetRequiredService<PartnerHub.Features.Billing.IssueInvoice>().IssueDraftsAsync(db, [draft], "finance-test", Token))
                .ShouldHaveSingleItem().Number.ShouldNotBeNull();
        }

        await DeliveredAsync(DemoOrganisations.MinatoPartner, new DateOnly(2037, 6, 10), 396_000);
        await DeliveredAsync(DemoOrganisations.HokurikuPartner, new DateOnly(2037, 6, 11), 330_000);
        await DeliveredAsync(DemoOrganisations.SakuraPartner, new DateOnly(2037, 6, 12), 198_000);

        var run = await IssueAsync(billing, month);

        run.InvoicesIssued.ShouldBe(3);
        await using var check = app.CreateContext(TenantScope.System);
        var invoices = await check.Invoices.AsNoTracking().Where(i => i.IssuerId == billing.IssuerId).ToListAsync(Token);
        var pdfs = await check.InvoicePdfs.AsNoTracking().Where(p => invoices.Select(i => i.Id).Contains(p.InvoiceId)).ToDictionaryAsync(p => p.InvoiceId, Token);
        invoices.Count.ShouldBe(4);
        invoices.ShouldAllBe(i => !i.IsPdfPending);
        foreach (var invoice in invoices)
        {
            InvoicePdf.HashOf(pdfs[invoice.Id].Content).ShouldBe(invoice.PdfSha256);
            var text = await PdfText.ExtractAsync(pdfs[invoice.Id].Content);
            text.ShouldContain(invoice.Number!);
            text.ShouldContain(invoice.RecipientName);
        }
    }

    [Fact]
    public async Task Issue_IssuerWithoutRegistrationNumber_RefusesTheInvoiceWithTheReasonAndStoresNothing()
    {
        var billing = await BillingTestData.NewIssuerAsync(app, registered: false);
        var month = new BillingMonth(2035, 6);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var contract = await DeliveredAsync(partner, new DateOnly(2035, 6, 10), 396_000);

        var preview = await PreviewAsync(billing, month);
        var run = await IssueAsync(billing, month);

        preview.Invoices.Single(i => i.PartnerId == partner).Defects.ShouldBe([Domain.Billing.InvoiceDefect.MissingRegistrationNumber]);
        run.InvoicesIssued.ShouldBe(0);
        run.Problems.Where(p => p.PartnerId == partner).ShouldHaveSingleItem().Reason.ShouldBe(nameof(Domain.Billing.InvoiceDefect.MissingRegistrationNumber));
        (await IssuedWithAsync([contract])).ShouldBeEmpty();
        await using var db = app.CreateContext(TenantScope.System);
        (await db.Invoices.CountAsync(i => i.IssuerId == billing.IssuerId, Token)).ShouldBe(0);
    }

    [Fact]
    public async Task Issue_PendingChargesOfTheMonth_BillsThemOnThePartnersInvoiceOnceAndMarksThemBilled()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2037, 6);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var contract = await DeliveredAsync(partner, new DateOnly(2037, 6, 10), 396_000);
        var lateReturn = await PendingAsync(partner, contract, PendingChargeKind.LateReturn, 22_000, new DateOnly(2037, 5, 28));
        var outage = await PendingAsync(partner, contract, PendingChargeKind.OutageCompensation, 3_300, new DateOnly(2037, 6, 12));
        var nextMonth = await PendingAsync(partner, contract, PendingChargeKind.Damage, 50_000, new DateOnly(2037, 7, 1));
        var waived = await PendingAsync(partner, contract, PendingChargeKind.Loss, 80_000, new DateOnly(2037, 6, 2));
        await using (var db = app.CreateContext(TenantScope.System))
        {
            (await db.PendingCharges.SingleAsync(c => c.Id == waived, Token)).Waive("見舞い", TimeProvider.System.GetUtcNow(), "test").ShouldBeTrue();
            await db.SaveChangesAsync(Token);
        }

        var preview = await PreviewAsync(billing, month);
        var run = await IssueAsync(billing, month);
        var rerun = await PreviewAsync(billing, month);

        var plan = preview.Invoices.Single(i => i.PartnerId == partner).Draft;
        plan.Items.Select(i => i.SourcePendingChargeId).OfType<Guid>().ShouldBe([lateReturn, outage], ignoreOrder: true);
        var late = plan.Items.Single(i => i.SourcePendingChargeId == lateReturn);
        (late.Kind, late.TaxCategory, late.Amount).ShouldBe((InvoiceLineKind.DamageCharge, Domain.Money.TaxCategory.Exempt, new Yen(22_000)));
        late.Description.ShouldContain("別紙4 §4");
        var credit = plan.Items.Single(i => i.SourcePendingChargeId == outage);
        (credit.Kind, credit.TaxCategory, credit.Amount).ShouldBe((InvoiceLineKind.Credit, Domain.Money.TaxCategory.Standard, new Yen(-3_300)));
        // 396,000 fee − 3,300 credit at 10% (tax included) + 22,000 outside the tax's scope.
        plan.GrandTotal.ShouldBe(new Yen(396_000 - 3_300 + 22_000));
        run.Status.ShouldBe(InvoicingRunStatus.Completed);
        var invoice = (await IssuedWithAsync([contract])).ShouldHaveSingleItem();
        invoice.Items.Select(LineOf).OrderBy(l => l.Position).ShouldBe(plan.Items.Select(LineOf).OrderBy(l => l.Position));
        rerun.Invoices.ShouldNotContain(i => i.PartnerId == partner);
        await using var check = app.CreateContext(TenantScope.System);
        var charges = await check.PendingCharges.AsNoTracking().Where(c => c.PartnerId == partner).ToDictionaryAsync(c => c.Id, Token);
        (charges[lateReturn].Status, charges[lateReturn].InvoiceId).ShouldBe((PendingChargeStatus.Billed, invoice.Id));
        (charges[outage].Status, charges[outage].InvoiceId).ShouldBe((PendingChargeStatus.Billed, invoice.Id));
        charges[nextMonth].Status.ShouldBe(PendingChargeStatus.Pending);
        charges[waived].Status.ShouldBe(PendingChargeStatus.Waived);
    }

    [Fact]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    public async Task Issue_OutageCreditOfAMaintenanceSwapRecordedBeforeTheRule_IsNeitherPlannedNorBilledWhileAFailureSwapsIs()
    {
        // A maintenance swap earns no outage compensation (SwapCase.OutageExclusion); one compensated before the rule keeps its
        // record and its pending credit, which the run leaves out. The failure swap's credit on the same contract is billed.
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2039, 6);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var contract = await DeliveredAsync(partner, new DateOnly(2039, 6, 10), 396_000);
        var maintenance = await CompensatedSwapAsync(contract, SwapReason.Maintenance);
        var failure = await CompensatedSwapAsync(contract, SwapReason.Failure);
        var withheld = await PendingAsync(partner, contract, PendingChargeKind.OutageCompensation, 2_630, new DateOnly(2039, 6, 20), maintenance);
        var credited = await PendingAsync(partner, contract, PendingChargeKind.OutageCompensation, 1_315, new DateOnly(2039, 6, 21), failure);

        var preview = await PreviewAsync(billing, month);
        var run = await IssueAsync(billing, month);

        preview.Invoices.Single(i => i.PartnerId == partner).Draft.Items.Select(i => i.SourcePendingChargeId).OfType<Guid>().ShouldBe([credited]);
        run.Status.ShouldBe(InvoicingRunStatus.Completed);
        var invoice = (await IssuedWithAsync([contract])).ShouldHaveSingleItem();
        invoice.GrandTotal.ShouldBe(new Yen(396_000 - 1_315));
        await using var check = app.CreateContext(TenantScope.System);
        var charges = await check.PendingCharges.AsNoTracking().Where(c => c.PartnerId == partner).ToDictionaryAsync(c => c.Id, Token);
        (charges[credited].Status, charges[credited].InvoiceId).ShouldBe((PendingChargeStatus.Billed, invoice.Id));
        (charges[withheld].Status, charges[withheld].InvoiceId).ShouldBe((PendingChargeStatus.Pending, (Guid?)null));
        (await check.SwapCases.AsNoTracking().SingleAsync(s => s.Id == maintenance, Token)).Outage.ShouldNotBeNull();
    }

    [Fact]
    public async Task Issue_PendingChargeWaivedAfterThePreview_BillsTheRestWithoutIt()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var month = new BillingMonth(2038, 6);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var contract = await DeliveredAsync(partner, new DateOnly(2038, 6, 10), 396_000);
        var charge = await PendingAsync(partner, contract, PendingChargeKind.Damage, 40_000, new DateOnly(2038, 6, 15));
        var preview = await PreviewAsync(billing, month);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            (await db.PendingCharges.SingleAsync(c => c.Id == charge, Token)).Waive("取り下げ", TimeProvider.System.GetUtcNow(), "test").ShouldBeTrue();
            await db.SaveChangesAsync(Token);
        }

        await IssueAsync(billing, month);

        preview.Invoices.Single(i => i.PartnerId == partner).Draft.Items.Count.ShouldBe(2);
        var invoice = (await IssuedWithAsync([contract])).ShouldHaveSingleItem();
        invoice.Items.ShouldHaveSingleItem().SourcePendingChargeId.ShouldBeNull();
        invoice.GrandTotal.ShouldBe(new Yen(396_000));
        await using var check = app.CreateContext(TenantScope.System);
        (await check.PendingCharges.AsNoTracking().SingleAsync(c => c.Id == charge, Token)).Status.ShouldBe(PendingChargeStatus.Waived);
    }

    [Theory]
    [InlineData(HubRoles.PartnerAdmin)]
    [InlineData(HubRoles.PartnerStaff)]
    [InlineData(HubRoles.VendorAdmin)]
    public async Task Start_NotFinance_IsRefusedAndRecordsNoRun(string role)
    {
        var partner = new TenantScope("u-run-" + role, "someone@example.test", DemoOrganisations.MinatoPartner, OrganisationKind.SalesPartner);
        await using var scope = app.ScopeFor(partner, role);

        var start = await scope.ServiceProvider.GetRequiredService<InvoicingRunner>().StartAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>(),
            new BillingMonth(2036, 6), Token);

        start.ShouldBe(new RunStart(null, RunStartProblem.NotAllowed));
        await using var db = app.CreateContext(TenantScope.System);
        (await db.InvoicingRuns.AnyAsync(r => r.Year == 2036, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task ListRuns_AsPartner_SeesNoRunThoughRunsExist()
    {
        var partner = new TenantScope("u-run-list", "admin@minato.example", DemoOrganisations.MinatoPartner, OrganisationKind.SalesPartner);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            (await db.InvoicingRuns.AnyAsync(Token)).ShouldBeTrue("the demo data has a run");
        }

        await using var scope = app.ScopeFor(partner, HubRoles.PartnerAdmin);
        var runs = await scope.ServiceProvider.GetRequiredService<InvoicingRunQueries>().ListAsync(new ListRequest(), Token);

        runs.TotalCount.ShouldBe(0);
        runs.Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(InvoicingRunsPage))]
    [InlineData(typeof(InvoicingRunReportPage))]
    public void Pages_ForPartners_AreNotOpen(Type page)
    {
        // Every [Authorize] of a page must pass (the folder's own and the page's): the page's names the roles.
        var roles = page.GetCustomAttributes<AuthorizeAttribute>().Single(a => a.Roles is not null).Roles!.Split(',');

        roles.ShouldBe([HubRoles.Finance, HubRoles.VendorAdmin], ignoreOrder: true);
    }

    private static (int Position, string Description, long Quantity, Yen UnitPrice, Domain.Money.TaxCategory Tax, Guid? Contract, int? Term, ContractCharge? Charge, Guid? Pending) LineOf(
        InvoiceItem item) =>
        (item.Position, item.Description, item.Quantity, item.UnitPrice, item.TaxCategory, item.SourceContractId, item.SourceTerm, item.SourceCharge, item.SourcePendingChargeId);

    private static async Task<InvoicingPlan> PreviewAsync(BillingTestData billing, BillingMonth month)
    {
        await using var scope = billing.AsFinance();
        return await scope.ServiceProvider.GetRequiredService<InvoicingPlanner>().PlanAsync(billing.Finance, month, Token);
    }

    private async Task<InvoicingRun> IssueAsync(BillingTestData billing, BillingMonth month)
    {
        await using var scope = billing.AsFinance();
        var (start, completion) = await scope.ServiceProvider.GetRequiredService<InvoicingRunner>()
            .StartWithCompletionAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>(), month, Token);
        var runId = start.RunId.ShouldNotBeNull();
        await completion;
        await using var db = app.CreateContext(TenantScope.System);
        return await db.InvoicingRuns.AsNoTracking().SingleAsync(r => r.Id == runId, Token);
    }

    private async Task<List<Invoice>> IssuedWithAsync(IReadOnlyList<Guid> contractIds)
    {
        var ids = contractIds.Select(id => (Guid?)id).ToList();
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Invoices.AsNoTracking().Where(i => i.Items.Any(item => ids.Contains(item.SourceContractId))).ToListAsync(Token);
    }

    private async Task<Guid> DeliveredAsync(Guid partnerId, DateOnly deliveredOn, long? wholesaleFee)
    {
        var orderedOn = deliveredOn.AddDays(-20);
        var at = new DateTimeOffset(orderedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(Token);
        var contract = new ServiceContract(Guid.NewGuid(), "T-RUN-" + Guid.NewGuid().ToString("N")[..12], partnerId, customer.Id, ServicePlan.SensorService.Code, 1,
            new Yen(480_000), null, orderedOn, at, "test", wholesaleFee is { } fee ? new Yen(fee) : null);
        contract.StartKitting(at, "test").ShouldBeNull();
        contract.Ship(at, "test", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, at, "test").ShouldBeNull();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Token);
        return contract.Id;
    }

    private async Task<Guid> PendingAsync(Guid partnerId, Guid contractId, PendingChargeKind kind, long amount, DateOnly incurredOn, Guid? sourceId = null)
    {
        var id = Guid.NewGuid();
        await using var db = app.CreateContext(TenantScope.System);
        db.PendingCharges.Add(new PendingCharge(id, partnerId, contractId, kind, new Yen(amount), "テスト " + kind, kind == PendingChargeKind.LateReturn ? "別紙4 §4" : "004 §6-1",
            sourceId ?? Guid.NewGuid(), incurredOn, TimeProvider.System.GetUtcNow(), "test"));
        await db.SaveChangesAsync(Token);
        return id;
    }

    // A swap of the contract's unit, its replacement delivered and an outage compensation on record: for a maintenance swap, as
    // recorded before SwapCase.RecordOutage refused it (set directly; the rule no longer lets anyone record it).
    private async Task<Guid> CompensatedSwapAsync(Guid contractId, SwapReason reason)
    {
        var at = new DateTimeOffset(2039, 6, 15, 10, 0, 0, TimeSpan.FromHours(9));
        var policy = ServicePlanPolicy.SensorService004;
        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, Token);
        var unit = new Appliance(Guid.NewGuid(), $"CTS-RUN{Guid.NewGuid():N}"[..14], ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, at, "test");
        var swap = SwapCase.Open(Guid.NewGuid(), new ContractRef(contract.Id, contract.PartnerId, contract.CustomerId), unit.Id, unit.SerialNumber, reason, "電源が入らない",
            at.AddDays(-2), reason == SwapReason.Failure ? new DateOnly(2039, 6, 13) : null, (new DateOnly(2039, 6, 10), null), null, at, "test").Case!;
        swap.DecideAttribution(FaultAttribution.NotCustomer, null, null, policy, at, "test").ShouldBeNull();
        swap.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-RUN-NEW").ShouldBeNull();
        swap.ReplacementShipped().ShouldBeNull();
        swap.ReplacementDelivered(new DateOnly(2039, 6, 16), policy).ShouldBeNull();
        var aware = at.AddDays(2);
        typeof(SwapCase).GetProperty(nameof(SwapCase.Outage))!.SetValue(swap,
            new OutageCompensation(aware, aware.AddHours(49), 2, new Yen(1_315), new Yen(2_630), aware.AddDays(3), "test"));
        db.Appliances.Add(unit);
        db.SwapCases.Add(swap);
        await db.SaveChangesAsync(Token);
        return swap.Id;
    }
}
