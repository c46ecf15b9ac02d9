using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Logistics.Reports;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Logistics;

/// <summary>
/// Vendor operations' hardware reports (issue 15): units in every state counted in the page's queries and in the Excel files, the
/// swap rate of a hand-computed case, and who may open them. Each test uses a model code of its own, so other tests' units never
/// count.
/// </summary>
public class HardwareReportsTests(HubAppFactory app)
{
    private static readonly TimeSpan s_tokyo = TimeSpan.FromHours(9);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task Reports_UnitsInEveryState_CountEachUnitInItsReportOnThePageAndInTheExcel()
    {
        string model = NewModel();
        var now = TimeProvider.System.GetUtcNow();
        var minato = await ContractAsync(DemoOrganisations.MinatoPartner);
        var hokuriku = await ContractAsync(DemoOrganisations.HokurikuPartner);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var serving = Delivered(model, minato, now);
            var faulty = Delivered(model, minato, now);
            faulty.ReportFaulty(Guid.NewGuid(), now, "test").ShouldBeTrue();
            var swappedOut = Delivered(model, minato, now);
            swappedOut.SwapOut(Guid.NewGuid(), now, "test").ShouldBeTrue();
            var awaiting = Delivered(model, hokuriku, now);
            awaiting.AwaitReturn(now, "test").ShouldBeTrue();
            var overdue = ReturnTask.Open(Guid.NewGuid(), awaiting, hokuriku.Id, hokuriku.PartnerId, ReturnReason.ContractEnded, null, null, Today.AddDays(-40),
                ServicePlanPolicy.SensorService004, now, "test");
            var shipped = Allocated(model, minato, now);
            shipped.MoveTo(ApplianceStatus.Kitting, now, "test").ShouldBeTrue();
            shipped.MoveTo(ApplianceStatus.Shipped, now, "test").ShouldBeTrue();
            var returning = Delivered(model, hokuriku, now);
            returning.AwaitReturn(now, "test").ShouldBeTrue();
            returning.ShipBack(now, "test", "Yamato").ShouldBeTrue();
            var received = Delivered(model, minato, now);
            received.AwaitReturn(now, "test").ShouldBeTrue();
            received.ReceiveBack(now, "test").ShouldBeTrue();
            var inspected = Delivered(model, minato, now);
            inspected.AwaitReturn(now, "test").ShouldBeTrue();
            inspected.ReceiveBack(now, "test").ShouldBeTrue();
            inspected.StartInspection(now, "test").ShouldBeTrue();
            var faultyInStock = new Appliance(Guid.NewGuid(), Serial(), model, ApplianceCondition.New, now.AddHours(-1), "test");
            faultyInStock.MoveTo(ApplianceStatus.Faulty, now, "test", "電源不良").ShouldBeTrue();
            var lost = Delivered(model, minato, now);
            lost.ReportLost(Guid.NewGuid(), now, "test").ShouldBeTrue();
            var inStock = new Appliance(Guid.NewGuid(), Serial(), model, ApplianceCondition.New, now, "test");
            db.Appliances.AddRange(serving, faulty, swappedOut, awaiting, shipped, returning, received, inspected, faultyInStock, lost, inStock);
            db.ReturnTasks.Add(overdue);
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<HardwareReportQueries>();
        var filter = new HardwareReportFilter(model);

        (await queries.SummaryAsync(filter, Ct)).ShouldBe(new HardwareReportSummary(UnitsAtCustomers: 4, InTransit: 2, InRepair: 3, OverdueReturns: 1));
        var atCustomers = await queries.AtCustomersPageAsync(filter, new ListRequest(), Ct);
        atCustomers.TotalUnits.ShouldBe(4);
        atCustomers.Rows.Items.Select(r => (r.PartnerId, r.InService, r.ReportedFaulty, r.SwappedOut, r.AwaitingReturn, r.Total)).ShouldBe(
            [(DemoOrganisations.MinatoPartner, 1, 1, 1, 0, 3), (DemoOrganisations.HokurikuPartner, 0, 0, 0, 1, 1)], ignoreOrder: true);
        (await queries.InTransitAsync(filter, new ListRequest(), Ct)).Items.Select(u => u.Status)
            .ShouldBe([ApplianceStatus.Shipped, ApplianceStatus.ReturnInTransit], ignoreOrder: true);
        var inRepair = await queries.InRepairAsync(filter, new ListRequest(), Ct);
        (inRepair.TotalCount, inRepair.Items.Count(u => u.Note == "電源不良")).ShouldBe((3, 1));
        var late = (await queries.OverdueReturnsAsync(filter, new ListRequest(), Ct)).Items.ShouldHaveSingleItem();
        var deadline = ServicePlanPolicy.SensorService004.ReturnExpectedWithin.EndWhenStartingOn(Today.AddDays(-40));
        (late.Deadline, late.DaysOverdue, late.PartnerName).ShouldBe((deadline, Today.DayNumber - deadline.DayNumber, "北陸ビジネスソリューションズ株式会社"));

        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var units = await SheetAsync(client, $"/hardware/reports/at-customers.xlsx?model={model}");
        var minatoRow = units.Rows.Single(r => r[0] as string == "株式会社みなと情報システム");
        (minatoRow[1], minatoRow[2], minatoRow[3], minatoRow[4], minatoRow[5], minatoRow[6]).ShouldBe(((object?)model, (object?)1m, (object?)1m, (object?)1m, (object?)0m, (object?)3m));
        units.Rows[^1][6].ShouldBe(4m);
        var transit = await SheetAsync(client, $"/hardware/reports/in-transit.xlsx?model={model}");
        (transit.Rows.Count - 1).ShouldBe(2);
        (await SheetAsync(client, $"/hardware/reports/in-repair.xlsx?model={model}")).Rows.Count.ShouldBe(1 + 3);
        var overdueSheet = await SheetAsync(client, $"/hardware/reports/overdue-returns.xlsx?model={model}");
        overdueSheet.Rows.Count.ShouldBe(2);
        (overdueSheet.Rows[1][4], overdueSheet.Rows[1][5]).ShouldBe(((object?)deadline, (object?)(decimal)late.DaysOverdue));
    }

    [Fact]
    public async Task InTransitAndInRepair_ByDefault_ListTheLongestInTheirStateFirst_AndSortBySinceEitherWay()
    {
        string model = NewModel();
        var now = TimeProvider.System.GetUtcNow();
        var contract = await ContractAsync(DemoOrganisations.MinatoPartner);
        var (recent, oldest, middle) = (Delivered(model, contract, now.AddDays(-30)), Delivered(model, contract, now.AddDays(-30)), Delivered(model, contract, now.AddDays(-30)));
        foreach (var (unit, daysAgo) in new[] { (recent, 1), (oldest, 20), (middle, 8) })
        {
            unit.AwaitReturn(now.AddDays(-daysAgo - 1), "test").ShouldBeTrue();
            unit.ShipBack(now.AddDays(-daysAgo), "test").ShouldBeTrue();
        }

        var (benchNew, benchOld) = (Delivered(model, contract, now.AddDays(-30)), Delivered(model, contract, now.AddDays(-30)));
        foreach (var (unit, daysAgo) in new[] { (benchNew, 2), (benchOld, 12) })
        {
            unit.AwaitReturn(now.AddDays(-daysAgo - 2), "test").ShouldBeTrue();
            unit.ReceiveBack(now.AddDays(-daysAgo), "test").ShouldBeTrue();
        }

        await using (var db = app.CreateContext(TenantScope.System))
        {
            db.Appliances.AddRange(recent, oldest, middle, benchNew, benchOld);
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<HardwareReportQueries>();
        var filter = new HardwareReportFilter(model);

        (await queries.InTransitAsync(filter, new ListRequest(), Ct)).Items.Select(u => u.SerialNumber)
            .ShouldBe([oldest.SerialNumber, middle.SerialNumber, recent.SerialNumber]);
        (await queries.InTransitAsync(filter, new ListRequest(SortBy: nameof(UnitRow.Since), Descending: true), Ct)).Items.Select(u => u.SerialNumber)
            .ShouldBe([recent.SerialNumber, middle.SerialNumber, oldest.SerialNumber]);
        (await queries.InTransitAsync(filter, new ListRequest(PageSize: 1, Page: 1), Ct)).Items.Single().SerialNumber.ShouldBe(middle.SerialNumber);
        (await queries.InRepairAsync(filter, new ListRequest(), Ct)).Items.Select(u => u.SerialNumber).ShouldBe([benchOld.SerialNumber, benchNew.SerialNumber]);
        queries.StreamInRepair(filter).Select(u => u.SerialNumber).ShouldBe([benchOld.SerialNumber, benchNew.SerialNumber]);
    }

    [Fact]
    public async Task Exports_MoreUnitsThanOnePage_HoldEveryMatchingRowNotOnePage()
    {
        string model = NewModel();
        var now = TimeProvider.System.GetUtcNow();
        var contract = await ContractAsync(DemoOrganisations.MinatoPartner);
        const int units = 30;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            for (int i = 0; i < units; i++)
            {
                var unit = Delivered(model, contract, now.AddDays(-10));
                unit.AwaitReturn(now.AddDays(-2), "test").ShouldBeTrue();
                unit.ShipBack(now.AddDays(-1), "test").ShouldBeTrue();
                db.Appliances.Add(unit);
                db.ReturnTasks.Add(ReturnTask.Open(Guid.NewGuid(), unit, contract.Id, contract.PartnerId, ReturnReason.ContractEnded, null, null, Today.AddDays(-40),
                    ServicePlanPolicy.SensorService004, now, "test"));
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<HardwareReportQueries>();
        var filter = new HardwareReportFilter(model);
        var page = await queries.InTransitAsync(filter, new ListRequest(0, 10), Ct);
        (page.Items.Count, page.TotalCount).ShouldBe((10, units));
        queries.StreamInTransit(filter).Count().ShouldBe(units);
        queries.StreamOverdueReturns(filter).Count().ShouldBe(units);

        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        (await SheetAsync(client, $"/hardware/reports/in-transit.xlsx?model={model}")).Rows.Count.ShouldBe(1 + units);
        (await SheetAsync(client, $"/hardware/reports/overdue-returns.xlsx?model={model}")).Rows.Count.ShouldBe(1 + units);
    }

    [Fact]
    [Trait("Article", "issue 15: swap rate = swaps opened / units at customers in the month")]
    public async Task SwapRate_HandComputedMonths_DividesSwapsOpenedByUnitsAtCustomersInEachTokyoMonth()
    {
        // Aug: U1 (from 8/15) and U4 (back on 8/31 23:30 JST) were out, no swap          → 0 / 2 = 0
        // Sep: U1 and U2 were out (U4 had left in August), U2's swap opened on 9/25      → 1 / 2 = 50%
        // Oct: U1 (lost 10/15), U2 (sent back 10/8), U3 (replacement, 10/6) and U5 (10/1 08:00 JST = 9/30 UTC) were out,
        //      U1's loss opened on 10/15; U3's swap on 11/3 lies outside the period       → 1 / 4 = 25%
        string model = NewModel();
        var contract = await ContractAsync(DemoOrganisations.MinatoPartner);
        var u1 = Delivered(model, contract, Jst(2026, 8, 15, 10));
        var u2 = Delivered(model, contract, Jst(2026, 9, 10, 10));
        var u3 = Delivered(model, contract, Jst(2026, 10, 6, 10));
        var u4 = Delivered(model, contract, Jst(2026, 7, 1, 10));
        var u5 = Delivered(model, contract, Jst(2026, 10, 1, 8));
        var swapU2 = Swap(contract, u2, SwapReason.Maintenance, Jst(2026, 9, 25, 11));
        u2.SwapOut(swapU2.Id, Jst(2026, 10, 5, 10), "test").ShouldBeTrue();
        u2.AwaitReturn(Jst(2026, 10, 6, 10), "test").ShouldBeTrue();
        u2.ShipBack(Jst(2026, 10, 8, 10), "test").ShouldBeTrue();
        var lossU1 = Swap(contract, u1, SwapReason.LossOrTheft, Jst(2026, 10, 15, 9));
        u1.ReportLost(lossU1.Id, Jst(2026, 10, 15, 9), "test").ShouldBeTrue();
        var laterU3 = Swap(contract, u3, SwapReason.Maintenance, Jst(2026, 11, 3, 9));
        u4.AwaitReturn(Jst(2026, 8, 20, 10), "test").ShouldBeTrue();
        u4.ShipBack(Jst(2026, 8, 31, 23, 30), "test").ShouldBeTrue();
        await using (var db = app.CreateContext(TenantScope.System))
        {
            db.Appliances.AddRange(u1, u2, u3, u4, u5);
            db.SwapCases.AddRange(swapU2, lossU1, laterU3);
            await db.SaveChangesAsync(Ct);
        }

        var period = new ReportPeriod(new YearMonth(2026, 8), new YearMonth(2026, 10));
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var rows = await scope.ServiceProvider.GetRequiredService<HardwareReportQueries>().SwapRatesAsync(new HardwareReportFilter(model), period, Ct);

        rows.Select(r => (r.Month, r.SwapsOpened, r.UnitsAtCustomers, r.Rate)).ShouldBe([
            (new YearMonth(2026, 8), 0, 2, (decimal?)0m),
            (new YearMonth(2026, 9), 1, 2, (decimal?)0.5m),
            (new YearMonth(2026, 10), 1, 4, (decimal?)0.25m)]);

        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var sheet = await SheetAsync(client, $"/hardware/reports/swap-rate.xlsx?model={model}&from=2026-08&to=2026-10");
        sheet.Rows.Skip(1).Take(3).Select(r => (r[1], r[2], r[3], r[4])).ShouldBe([
            ((object?)"2026/08", (object?)0m, (object?)2m, (object?)0m),
            ("2026/09", 1m, 2m, 0.5m),
            ("2026/10", 1m, 4m, 0.25m)]);
        sheet.Rows[^1][2].ShouldBe(2m);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/hardware/reports?model={model}&from=2026-08&to=2026-10", UriKind.Relative), Ct));
        page.ShouldContain("data-testid=\"swap-rate-table\"");
        page.ShouldContain("50.00%");
        page.ShouldContain("25.00%");
        (await client.GetAsync(new Uri("/hardware/reports/swap-rate.xlsx?from=2026-13&to=2026-10", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("staff@minato.example")]
    [InlineData("admin@hokuriku.example")]
    [InlineData("kitting@toho.example")]
    public async Task Reports_WhenAPartnerOrTheHardwareVendorAsks_DeniesThePageAndEveryExcelFile(string email)
    {
        var client = await HubSession.SignInAsync(app, email);

        var page = await client.GetAsync(new Uri("/hardware/reports", UriKind.Relative), Ct);
        page.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        page.Headers.Location?.ToString().ShouldContain("AccessDenied");
        foreach (var file in new[] { "at-customers", "in-transit", "in-repair", "overdue-returns", "swap-rate" })
        {
            var response = await client.GetAsync(new Uri($"/hardware/reports/{file}.xlsx", UriKind.Relative), Ct);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
            response.Content.Headers.ContentType?.MediaType.ShouldNotBe(DocumentDownload.XlsxContentType);
        }
    }

    [Fact]
    public async Task Reports_DemoData_ShowEveryReportWithRowsForVendorOperations()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<HardwareReportQueries>();

        var summary = await queries.SummaryAsync(new HardwareReportFilter(), Ct);
        var swaps = await queries.SwapRatesAsync(new HardwareReportFilter(), ReportPeriod.LastTwelveMonths(Today), Ct);

        summary.UnitsAtCustomers.ShouldBeGreaterThan(0);
        summary.InTransit.ShouldBeGreaterThan(0);
        summary.InRepair.ShouldBeGreaterThan(0);
        summary.OverdueReturns.ShouldBeGreaterThan(0);
        swaps.ShouldContain(r => r.SwapsOpened > 0 && r.Rate > 0);
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/hardware/reports", UriKind.Relative), Ct));
        page.ShouldContain("data-testid=\"hardware-reports\"");
    }

    [Fact]
    public async Task DeviceBoard_UnitFilter_ShowsLostAndSwappedOutUnitsWithTheirStateToTheirPartnerOnly()
    {
        string model = NewModel();
        var now = TimeProvider.System.GetUtcNow();
        var contract = await ContractAsync(DemoOrganisations.MinatoPartner);
        var lost = Delivered(model, contract, now);
        lost.ReportLost(Guid.NewGuid(), now, "test").ShouldBeTrue();
        var swapped = Delivered(model, contract, now);
        swapped.SwapOut(Guid.NewGuid(), now, "test").ShouldBeTrue();
        await using (var db = app.CreateContext(TenantScope.System))
        {
            db.Appliances.AddRange(lost, swapped);
            await db.SaveChangesAsync(Ct);
        }

        await using (var minato = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var devices = minato.ServiceProvider.GetRequiredService<DeviceQueries>();
            var lostOnly = await devices.ListAsync(new DeviceBoardQuery(lost.SerialNumber, null, null, DeviceSort.Serial, false, 0, 50, ApplianceStatus.Lost), Ct);
            lostOnly.Items.ShouldHaveSingleItem().UnitStatus.ShouldBe(ApplianceStatus.Lost);
            var swappedOnly = await devices.ListAsync(new DeviceBoardQuery(swapped.SerialNumber, null, null, DeviceSort.Serial, false, 0, 50, ApplianceStatus.SwappedOut), Ct);
            swappedOnly.Items.ShouldHaveSingleItem().UnitStateCalledOut.ShouldBeTrue();
            (await devices.ListAsync(new DeviceBoardQuery(lost.SerialNumber, null, null, DeviceSort.Serial, false, 0, 50, ApplianceStatus.SwappedOut), Ct)).TotalCount.ShouldBe(0);
            (await devices.CountByUnitStatusAsync(Ct))[ApplianceStatus.Lost].ShouldBeGreaterThanOrEqualTo(1);
        }

        await using var hokuriku = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);
        (await hokuriku.ServiceProvider.GetRequiredService<DeviceQueries>()
            .ListAsync(new DeviceBoardQuery(lost.SerialNumber, null, null, DeviceSort.Serial, false, 0, 50, ApplianceStatus.Lost), Ct)).TotalCount.ShouldBe(0);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var board = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/devices?unit=Lost", UriKind.Relative), Ct));
        board.ShouldContain("data-testid=\"unit-filter-Lost\"");
    }

    private static string NewModel() => "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();

    private static string Serial() => "HR-" + Guid.NewGuid().ToString("N")[..12];

    private static DateTimeOffset Jst(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, s_tokyo);

    private async Task<ServiceContract> ContractAsync(Guid partnerId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Contracts.AsNoTracking().Where(c => c.PartnerId == partnerId && c.Status == ContractStatus.Active).OrderBy(c => c.Number).FirstAsync(Ct);
    }

    private static Appliance Allocated(string model, ServiceContract contract, DateTimeOffset at)
    {
        var appliance = new Appliance(Guid.NewGuid(), Serial(), model, ApplianceCondition.New, at.AddDays(-3), "test");
        appliance.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, at.AddDays(-3), "test").ShouldBeTrue();
        return appliance;
    }

    // A unit lent under the contract, at the customer from the custody receipt at <at> (kitted and shipped the days before).
    private static Appliance Delivered(string model, ServiceContract contract, DateTimeOffset at)
    {
        var appliance = Allocated(model, contract, at);
        appliance.MoveTo(ApplianceStatus.Kitting, at.AddDays(-2), "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.Shipped, at.AddDays(-1), "test").ShouldBeTrue();
        appliance.MoveTo(ApplianceStatus.AtCustomer, at, "test").ShouldBeTrue();
        return appliance;
    }

    private static SwapCase Swap(ServiceContract contract, Appliance old, SwapReason reason, DateTimeOffset openedAt) =>
        SwapCase.Open(Guid.NewGuid(), new ContractRef(contract.Id, contract.PartnerId, contract.CustomerId), old.Id, old.SerialNumber, reason, "テスト交換",
            openedAt.AddHours(-1), null, (new DateOnly(2026, 1, 1), null), null, openedAt, "test").Case.ShouldNotBeNull();

    private static async Task<ExcelSheetContent> SheetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        return ExcelReader.ReadSheet(stream);
    }
}
