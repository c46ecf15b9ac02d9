using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Logistics.Reports;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Data.Seeding;

/// <summary>
/// Issue 10: every list has rows for the roles that use it and every status chip the UI can show appears at least once.
/// Starts its own host, so it reads what the seed alone wrote, not what other tests add to the shared one.
/// </summary>
public class DemoDataSeederTests
{
    private static readonly Guid[] s_partners = [DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_IntoAFreshDatabase_ShowsEveryStatusAndGivesEachPartnerRowsInEveryList()
    {
        await using var app = new HubAppFactory();
        await app.InitializeAsync();
        await using var db = app.CreateContext(TenantScope.System);
        var contracts = await db.Contracts.Include(c => c.Events).ToListAsync(Token);
        var sheets = await db.ParameterSheets.Include(s => s.Events).ToListAsync(Token);
        var tasks = await db.KittingTasks.ToListAsync(Token);
        var quotes = await db.Quotes.ToListAsync(Token);
        var cases = await db.SupportCases.ToListAsync(Token);
        var appliances = await db.Appliances.ToListAsync(Token);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var boardStates = await scope.ServiceProvider.GetRequiredService<DeviceQueries>().CountByStateAsync(Token);

        contracts.Select(c => c.Status).Distinct().ShouldBe(Enum.GetValues<ContractStatus>(), ignoreOrder: true);
        sheets.Select(s => s.Status).Distinct().ShouldBe(Enum.GetValues<ParameterSheetStatus>(), ignoreOrder: true);
        tasks.Select(t => t.Status).Distinct().ShouldBe(Enum.GetValues<KittingStatus>(), ignoreOrder: true);
        cases.Select(c => c.Status).Distinct().ShouldBe(Enum.GetValues<SupportCaseStatus>(), ignoreOrder: true);
        boardStates.Where(s => s.Value == 0).Select(s => s.Key).ShouldBeEmpty();
        // Allocated never lasts: ArrangeKitting allocates and starts kitting in one step.
        appliances.Select(a => a.Status).Distinct().ShouldBe(Enum.GetValues<ApplianceStatus>().Except([ApplianceStatus.Allocated]), ignoreOrder: true);
        (await db.ReturnTasks.Select(t => t.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<PartnerHub.Domain.Hardware.Returns.ReturnStatus>(), ignoreOrder: true);
        // Finance's 取消 work list (/billing/cancellations) has the demo bank file's unmatched 取消.
        (await db.BankCancellations.CountAsync(c => c.Status == Domain.Billing.Payments.BankCancellationStatus.Open, Token)).ShouldBe(1);
        // Billing's chips: invoice status (draft, issued, cancelled by a full credit note), payment match (manual receipts assigned,
        // the demo bank file's matched, ambiguous and unmatched transfers) and run status (completed, stopped, interrupted).
        (await db.Invoices.Select(i => i.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<InvoiceStatus>(), ignoreOrder: true);
        (await db.Payments.Select(p => p.MatchState).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<PaymentMatchState>(), ignoreOrder: true);
        (await db.InvoicingRuns.Select(r => r.Status).Distinct().ToListAsync(Token)).ShouldBe(Enum.GetValues<InvoicingRunStatus>(), ignoreOrder: true);
        // 002 §13-4: the UTM order's kitting waits for its first invoice to be paid (a contract formed in March owes nothing for its
        // first term, so nothing waits then).
        var utm = contracts.Single(c => c.PlanCode == ServicePlan.ChamberUtm.Code && c.Status == ContractStatus.Kitting);
        var waiting = await app.Services.GetRequiredService<IContractPaymentStatus>().AwaitingPaymentAsync([utm.Id], Token);
        waiting.Contains(utm.Id).ShouldBe(utm.OrderedOn.Month != 3);

        // Statuses were reached through the aggregates' own steps, so each has its history.
        contracts.ShouldAllBe(c => c.Events.Any(e => e.Status == ContractStatus.Ordered) && c.Events.Any(e => e.Status == c.Status));
        sheets.ShouldAllBe(s => s.Events.Any(e => e.Status == s.Status));
        sheets.Where(s => s.Status == ParameterSheetStatus.Returned).ShouldAllBe(s => s.Events.Any(e => e.Status == ParameterSheetStatus.Returned && e.Comment != null));
        tasks.ShouldAllBe(t => t.HardwareVendorId == DemoOrganisations.TohoHardwareVendor);
        tasks.Where(t => t.Status == KittingStatus.Shipped).ShouldAllBe(t => TrackingNumber.Validate(t.TrackingNumber).IsValid);
        // An order cancelled during kitting gave its unit back to stock.
        tasks.Where(t => t.Status == KittingStatus.Cancelled).ShouldAllBe(t => contracts.Single(c => c.Id == t.ContractId).Status == ContractStatus.Cancelled
            && !appliances.Any(a => a.ContractId == t.ContractId));
        // Swap replacements are checked by their cases: one per status, each replacement where its case says.
        var swaps = await db.SwapCases.ToListAsync(Token);
        swaps.Select(s => s.Status).Distinct().ShouldBe(Enum.GetValues<Domain.Hardware.Swaps.SwapCaseStatus>(), ignoreOrder: true);
        tasks.Where(t => t.SwapCaseId != null).ShouldAllBe(t => swaps.Single(s => s.Id == t.SwapCaseId).ReplacementKittingTaskId == t.Id);
        foreach (var task in tasks.Where(t => t.Status != KittingStatus.Cancelled && t.SwapCaseId == null))
        {
            var contract = contracts.Single(c => c.Id == task.ContractId);
            // A unit refurbished after its return is back in stock, free of the contract.
            var status = appliances.SingleOrDefault(a => a.ContractId == contract.Id)?.Status ?? ApplianceStatus.InStock;
            (task.Status, contract.Status, status).ShouldBeOneOf(
                (KittingStatus.Assigned, ContractStatus.Kitting, ApplianceStatus.Kitting),
                (KittingStatus.Kitted, ContractStatus.Kitting, ApplianceStatus.Kitting),
                (KittingStatus.Shipped, ContractStatus.Shipped, ApplianceStatus.Shipped),
                (KittingStatus.Shipped, ContractStatus.Delivered, ApplianceStatus.AtCustomer),
                (KittingStatus.Shipped, ContractStatus.Active, ApplianceStatus.AtCustomer),
                (KittingStatus.Shipped, ContractStatus.Ending, ApplianceStatus.AtCustomer),
                (KittingStatus.Shipped, ContractStatus.Ended, ApplianceStatus.Returned),
                (KittingStatus.Shipped, ContractStatus.Ended, ApplianceStatus.AwaitingReturn),
                (KittingStatus.Shipped, ContractStatus.Ended, ApplianceStatus.Lost),
                (KittingStatus.Shipped, ContractStatus.Ended, ApplianceStatus.InInspection),
                (KittingStatus.Shipped, ContractStatus.Ended, ApplianceStatus.InStock),
                (KittingStatus.Shipped, ContractStatus.Terminated, ApplianceStatus.ReturnInTransit));
        }

        // An order takes the quote's units and retail total (PlaceOrder); some quotes stay open.
        foreach (var contract in contracts.Where(c => c.QuoteId is not null))
        {
            var quote = quotes.Single(q => q.Id == contract.QuoteId);
            (contract.Units, contract.AnnualFee, contract.CustomerId).ShouldBe((quote.Units, quote.RetailTotal, quote.CustomerId));
        }

        quotes.ShouldContain(q => !contracts.Any(c => c.QuoteId == q.Id));
        foreach (var partner in s_partners)
        {
            contracts.ShouldContain(c => c.PartnerId == partner);
            sheets.ShouldContain(s => s.PartnerId == partner);
            quotes.ShouldContain(q => q.PartnerId == partner);
            cases.ShouldContain(c => c.PartnerId == partner);
            appliances.ShouldContain(a => a.PartnerId == partner);
        }

        // DailyNumbers numbers a day's next record as its count plus one: seeded days must have no gaps.
        var numbers = contracts.Select(c => c.Number).Concat(quotes.Select(q => q.Number)).Concat(cases.Select(c => c.Number));
        foreach (var day in numbers.GroupBy(n => n[..(n.LastIndexOf('-') + 1)], StringComparer.Ordinal))
        {
            day.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order()
                .ShouldBe(Enumerable.Range(1, day.Count()), day.Key);
        }
    }

    [Fact]
    public async Task Seed_SwapCases_FallInTheSwapRateChartsMonthsOnUnitsItCountsAtTheirCustomers()
    {
        await using var app = new HubAppFactory();
        await app.InitializeAsync();
        var period = ReportPeriod.LastTwelveMonths(JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow()));
        var model = ApplianceModel.CyberThreatSensor.Code;
        await using var db = app.CreateContext(TenantScope.System);
        var swaps = await db.SwapCases.ToListAsync(Token);
        var units = await db.Appliances.Where(a => a.ModelCode == model).Select(a => a.Id).ToListAsync(Token);
        var events = await db.ApplianceEvents.Where(e => units.Contains(e.ApplianceId)).ToListAsync(Token);
        var spells = events.GroupBy(e => e.ApplianceId).ToDictionary(g => g.Key, g => SwapRate.AtCustomerSpells(g.Select(e => (e.Status, e.At))));
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var rows = await scope.ServiceProvider.GetRequiredService<HardwareReportQueries>().SwapRatesAsync(new HardwareReportFilter(model), period, Token);

        static YearMonth MonthOf(DateTimeOffset at) => YearMonth.Of(JapaneseFormat.TokyoDate(at));
        static DateTimeOffset Midnight(YearMonth month) => new(month.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));

        // Every demo swap opened in a month the chart shows, on a unit that was at its customer when the case opened.
        swaps.Count.ShouldBeGreaterThan(0);
        foreach (var swap in swaps)
        {
            period.Months().ShouldContain(MonthOf(swap.OpenedAt));
            spells[swap.OldApplianceId].ShouldContain(spell => spell.From <= swap.OpenedAt && (spell.Until == null || spell.Until >= swap.OpenedAt), swap.OldSerialNumber);
        }

        // So the chart's figures are the seed's exactly: each month's swaps over the units at customers in it, every swap unit among them.
        foreach (var month in swaps.Select(s => MonthOf(s.OpenedAt)).Distinct())
        {
            var (start, end) = (Midnight(month), Midnight(month.Next()));
            var swapsInMonth = swaps.Where(s => MonthOf(s.OpenedAt) == month).ToList();
            var row = rows.Single(r => r.Month == month);
            row.SwapsOpened.ShouldBe(swapsInMonth.Count);
            row.UnitsAtCustomers.ShouldBe(spells.Values.Count(unit => unit.Any(spell => spell.Overlaps(start, end))));
            swapsInMonth.Select(s => spells[s.OldApplianceId]).ShouldAllBe(unit => unit.Any(spell => spell.Overlaps(start, end)));
            row.Rate.ShouldBe(SwapRate.Of(swapsInMonth.Count, row.UnitsAtCustomers));
            row.Rate!.Value.ShouldBeLessThanOrEqualTo(1m);
        }
    }
}
