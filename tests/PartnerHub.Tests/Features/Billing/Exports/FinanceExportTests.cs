using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Exports;

/// <summary>
/// The finance exports opened as finance would open them: the register and aging workbooks read back with OpenXml, the CSVs
/// decoded as CP932, every total checked against the issued invoices. Each test has an issuer of its own, so documents other
/// tests issue in parallel never enter its files.
/// </summary>
public class FinanceExportTests(HubAppFactory app)
{
    private static readonly DateOnly s_november = new(2026, 11, 1);

    [Fact]
    public async Task RegisterXlsx_MoreDocumentsThanAListPage_HoldsEveryOneWithTotalsAndReferences()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        int count = ListRequest.MaxPageSize + 7;
        var invoices = await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, count, i => IssuedDocumentsBuilder.Charge(11_000 + i), s_november, s_november.AddDays(30));
        var note = await issuer.CreditAsync(invoices[0], 1_100, s_november.AddDays(5));
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var sheets = await ExportFiles.WorkbookAsync(client, $"/billing/exports/register.xlsx?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}");

        var sheet = sheets[0];
        var rows = ExportFiles.DataRows(sheet);
        rows.Count.ShouldBe(count + 1);
        int total = ExportFiles.Column(sheet, "税込合計");
        int tax = ExportFiles.Column(sheet, "消費税合計");
        int number = ExportFiles.Column(sheet, "番号");
        int references = ExportFiles.Column(sheet, "返還請求書・元請求書");
        rows.Sum(r => ExportFiles.Amount(r, total)).ShouldBe(invoices.Sum(i => i.GrandTotal.Amount) + note.GrandTotal.Amount);
        rows.Sum(r => ExportFiles.Amount(r, tax)).ShouldBe(invoices.Sum(i => i.TaxTotal.Amount) + note.TaxTotal.Amount);
        ExportFiles.Amount(sheet.Rows[^1], total).ShouldBe(invoices.Sum(i => i.GrandTotal.Amount) + note.GrandTotal.Amount);
        rows.Single(r => Equals(r[number], invoices[0].Number))[references].ShouldBe(note.Number);
        rows.Single(r => Equals(r[number], note.Number))[references].ShouldBe(invoices[0].Number);
        rows.Single(r => Equals(r[number], invoices[0].Number))[ExportFiles.Column(sheet, "10%対象（税抜）")].ShouldBe(10_000m);
    }

    [Fact]
    public async Task RegisterCsv_DecodedAsCp932_HasEveryDocumentAndTheSameTotals()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var invoices = await issuer.InvoicesAsync(DemoOrganisations.HokurikuPartner, 3, i => IssuedDocumentsBuilder.Charge(33_000 * (i + 1)), s_november, s_november.AddDays(30));
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var (_, lines) = await ExportFiles.CsvAsync(client, $"/billing/exports/register.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}");

        lines[0][1].ShouldBe("取引先");
        lines.Length.ShouldBe(4);
        lines.Skip(1).Select(l => l[1]).Distinct().ShouldBe(["北陸ビジネスソリューションズ株式会社"]);
        lines.Skip(1).Sum(l => long.Parse(l[13], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(invoices.Sum(i => i.GrandTotal.Amount));
    }

    [Fact]
    public async Task AgingXlsx_InvoicesDueAtDifferentAges_LandInTheirBracketsNetOfCredits()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var asOf = new DateOnly(2026, 11, 30);
        var dueDates = new[] { new DateOnly(2026, 12, 10), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 20), new DateOnly(2026, 10, 15), new DateOnly(2026, 9, 15), new DateOnly(2026, 7, 1) };
        var issued = new List<Invoice>();
        foreach (var due in dueDates)
        {
            issued.AddRange(await issuer.InvoicesAsync(DemoOrganisations.SakuraPartner, 1, _ => IssuedDocumentsBuilder.Charge(110_000), new DateOnly(2026, 6, 1), due));
        }

        await issuer.CreditAsync(issued[3], 11_000, new DateOnly(2026, 11, 1));
        // Credited after the as-of day: still open on it.
        await issuer.CreditAsync(issued[4], 110_000, new DateOnly(2026, 12, 5));
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var sheets = await ExportFiles.WorkbookAsync(client, $"/billing/exports/aging.xlsx?asOf=2026-11-30&issuer={issuer.IssuerId}");

        var summary = sheets[0];
        var row = ExportFiles.DataRows(summary).ShouldHaveSingleItem();
        ExportFiles.Amount(row, ExportFiles.Column(summary, "期日未到来")).ShouldBe(220_000);
        ExportFiles.Amount(row, ExportFiles.Column(summary, "1～30日超過")).ShouldBe(110_000);
        ExportFiles.Amount(row, ExportFiles.Column(summary, "31～60日超過")).ShouldBe(99_000);
        ExportFiles.Amount(row, ExportFiles.Column(summary, "61～90日超過")).ShouldBe(110_000);
        ExportFiles.Amount(row, ExportFiles.Column(summary, "90日超")).ShouldBe(110_000);
        ExportFiles.Amount(row, ExportFiles.Column(summary, "残高合計")).ShouldBe(649_000);
        ExportFiles.DataRows(sheets[1]).Count.ShouldBe(6);
    }

    [Fact]
    public async Task DeferredRevenueXlsx_ContractTermLine_SpreadsTheNetOverTheTermMonths()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var (contract, term) = await DeliveredContractAsync();
        var line = InvoiceLine.Charge("センサーサービス年間利用料", 1, new Yen(132_000), TaxCategory.Standard);
        var invoice = (await issuer.InvoicesAsync(contract.PartnerId, 1, _ => [(line, InvoiceLineSource.ContractTerm(contract.Id, term.Number))], term.Start, term.Start.AddDays(30)))[0];
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var sheets = await ExportFiles.WorkbookAsync(client,
            $"/billing/exports/deferred-revenue.xlsx?from={term.Start:yyyy-MM-dd}&to={term.End:yyyy-MM-dd}&issuer={issuer.IssuerId}");

        var byContract = sheets[0];
        var row = ExportFiles.DataRows(byContract).ShouldHaveSingleItem();
        row[ExportFiles.Column(byContract, "契約番号")].ShouldBe(contract.Number);
        ExportFiles.Amount(row, ExportFiles.Column(byContract, "前受額（税抜）")).ShouldBe(invoice.TaxExcludedTotal.Amount);
        ExportFiles.Amount(row, ExportFiles.Column(byContract, "期間中の計上")).ShouldBe(120_000);
        ExportFiles.Amount(row, ExportFiles.Column(byContract, "期末前受収益残高")).ShouldBe(0);
        var monthColumns = byContract.Rows[0].Cells.Where(c => c.Value is string h && h.Length == 7 && h[4] == '/').Select(c => c.ColumnIndex).ToList();
        monthColumns.Count.ShouldBe(YearMonthsOf(term.Start, term.End));
        monthColumns.Sum(c => ExportFiles.Amount(row, c)).ShouldBe(120_000);
        var byMonth = sheets[1];
        ExportFiles.DataRows(byMonth).Sum(r => ExportFiles.Amount(r, ExportFiles.Column(byMonth, "収益計上額"))).ShouldBe(120_000);
    }

    [Fact]
    public async Task YayoiJournal_Cp932_HasTwentyFiveColumnsFlagsAndTheInvoiceTotals()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var twoRates = await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, 1, _ =>
        [
            (InvoiceLine.Charge("監視サービス", 1, new Yen(110_000), TaxCategory.Standard), InvoiceLineSource.Manual("テスト")),
            (InvoiceLine.Charge("飲料（軽減税率）", 1, new Yen(1_080), TaxCategory.Reduced), InvoiceLineSource.Manual("テスト")),
        ], s_november, s_november.AddDays(30));
        var single = await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, 1, _ => IssuedDocumentsBuilder.Charge(55_000), s_november.AddDays(1), s_november.AddDays(30));
        var note = await issuer.CreditAsync(single[0], 5_500, s_november.AddDays(2));
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var (bytes, lines) = await ExportFiles.CsvAsync(client, $"/billing/exports/journal-yayoi.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}");

        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        lines.ShouldAllBe(l => l.Length == 25);
        lines.Select(l => l[0]).ShouldBe(["2110", "2101", "2000", "2000"]);
        lines[0][3].ShouldBe("2026/11/01");
        lines.Where(l => l[4] == "売掛金").Sum(l => long.Parse(l[8], System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(twoRates[0].GrandTotal.Amount + single[0].GrandTotal.Amount);
        var credit = lines.Single(l => l[4] == "売上値引高");
        credit[10].ShouldBe("売掛金");
        long.Parse(credit[14], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(-note.GrandTotal.Amount);
        lines[1][13].ShouldBe("課税売上込軽減8%");
        lines[0][5].ShouldBe("株式会社みなと情報システム");
    }

    [Fact]
    public async Task YayoiJournal_RecipientNameCp932CannotHold_IsRefusedWithItsRowAndNothingWritten()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, 2, i => IssuedDocumentsBuilder.Charge(11_000), s_november, s_november.AddDays(30));
        var bad = await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, 1, _ => IssuedDocumentsBuilder.Charge(22_000), s_november.AddDays(3), s_november.AddDays(30),
            recipientName: "𠮷田商店〜本店");
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var response = await client.GetAsync(new Uri($"/billing/exports/journal-yayoi.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}", UriKind.Relative),
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        body.ShouldContain("3行目 6列（借方補助科目）: 「𠮷〜」");
        body.ShouldContain("3行目 17列（摘要）");
        body.ShouldContain(bad[0].Number!);

        var utf8 = await ExportFiles.CsvAsync(client, $"/billing/exports/journal-yayoi.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}&encoding=utf8",
            CsvEncoding.Utf8WithBom);
        utf8.Bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        utf8.Lines[2][5].ShouldBe("𠮷田商店〜本店");
    }

    [Fact]
    public async Task FreeeJournal_Cp932_HasTheHeaderAndOneLinePerRateWithTheVoucherNumber()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var invoices = await issuer.InvoicesAsync(DemoOrganisations.SakuraPartner, 2, i => IssuedDocumentsBuilder.Charge(22_000), s_november, s_november.AddDays(30));
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var (_, lines) = await ExportFiles.CsvAsync(client, $"/billing/exports/journal-freee.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}");

        lines[0][0].ShouldBe("日付");
        lines.Skip(1).Select(l => l[1]).ShouldBe(invoices.Select(i => i.Number));
        lines.Skip(1).ShouldAllBe(l => l[10] == "課税売上10%" && l[11] == "22000" && l[12] == "2000");
    }

    [Fact]
    public async Task JournalMapping_FinanceSavesDepartment_ExportUsesItAndTheAuditTrailKeepsIt()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        await issuer.InvoicesAsync(DemoOrganisations.MinatoPartner, 1, _ => IssuedDocumentsBuilder.Charge(11_000), s_november, s_november.AddDays(30));
        var finance = new TenantScope("u-finance-mapping", "finance@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
        var preset = JournalMappings.Preset(JournalTarget.Yayoi);
        try
        {
            await using (var scope = app.ScopeFor(finance, HubRoles.Finance))
            {
                var mappings = scope.ServiceProvider.GetRequiredService<JournalMappings>();
                var current = await mappings.GetAsync(JournalTarget.Yayoi, TestContext.Current.CancellationToken);
                var saved = await mappings.SaveAsync(JournalTarget.Yayoi, preset with { Department = " 営業第一部 ", SalesAccount = "売上高（保守）" }, current.Version,
                    TestContext.Current.CancellationToken);
                saved.Saved.ShouldBeTrue();
            }

            var client = await HubSession.SignInAsync(app, "finance@vendor.example");
            var (_, lines) = await ExportFiles.CsvAsync(client, $"/billing/exports/journal-yayoi.csv?from=2026-11-01&to=2026-11-30&issuer={issuer.IssuerId}");

            var line = lines.ShouldHaveSingleItem();
            line[10].ShouldBe("売上高（保守）");
            line[12].ShouldBe("営業第一部");
            line[6].ShouldBe(string.Empty);
            await using var db = app.CreateContext(TenantScope.System);
            var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(JournalMappingSetting)).OrderByDescending(a => a.At).FirstAsync(TestContext.Current.CancellationToken);
            using var changes = System.Text.Json.JsonDocument.Parse(audit.Changes);
            changes.RootElement.GetProperty(nameof(JournalMappingSetting.Department)).GetProperty("after").GetString().ShouldBe("営業第一部");
            audit.UserName.ShouldBe("finance@vendor.example");
        }
        finally
        {
            await using var scope = app.ScopeFor(finance, HubRoles.Finance);
            var mappings = scope.ServiceProvider.GetRequiredService<JournalMappings>();
            var current = await mappings.GetAsync(JournalTarget.Yayoi, TestContext.Current.CancellationToken);
            (await mappings.SaveAsync(JournalTarget.Yayoi, preset, current.Version, TestContext.Current.CancellationToken)).Saved.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task JournalMapping_TooLongBlankOrNotCp932_IsRefusedFieldByFieldAndNothingStored()
    {
        var finance = new TenantScope("u-finance-mapping", "finance@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
        await using var scope = app.ScopeFor(finance, HubRoles.Finance);
        var mappings = scope.ServiceProvider.GetRequiredService<JournalMappings>();
        var before = await mappings.GetAsync(JournalTarget.Freee, TestContext.Current.CancellationToken);

        var result = await mappings.SaveAsync(JournalTarget.Freee,
            JournalMappings.Preset(JournalTarget.Freee) with { ReceivableAccount = " ", SalesAccount = new string('売', 13), StandardSales = "課税売上10%𠮷" },
            before.Version, TestContext.Current.CancellationToken);

        result.Saved.ShouldBeFalse();
        result.Problems.Select(p => (p.Field, p.Code)).ShouldBe(
        [
            ("ReceivableAccount", MappingProblemCode.Required), ("SalesAccount", MappingProblemCode.TooLong), ("StandardSales", MappingProblemCode.NotCp932),
        ]);
        (await mappings.GetAsync(JournalTarget.Freee, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task Statement_MonthWithInvoiceAndCredit_BalancesCarryFromOpeningToClosing()
    {
        var issuer = await IssuedDocumentsBuilder.NewIssuerAsync(app);
        var month = new YearMonth(2031, 5);
        var invoice = (await issuer.InvoicesAsync(DemoOrganisations.HokurikuPartner, 1, _ => IssuedDocumentsBuilder.Charge(77_000), month.FirstDay.AddDays(9), month.LastDay))[0];
        var note = await issuer.CreditAsync(invoice, 7_700, month.FirstDay.AddDays(19));
        await using var scope = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);

        var statement = (await scope.ServiceProvider.GetRequiredService<StatementQueries>().GetAsync(DemoOrganisations.HokurikuPartner, month, TestContext.Current.CancellationToken))
            .ShouldNotBeNull();

        statement.Lines.Select(l => l.Number).ShouldBe([invoice.Number!, note.Number!]);
        statement.Invoiced.ShouldBe(new Yen(77_000));
        statement.Credited.ShouldBe(new Yen(-7_700));
        (statement.ClosingBalance - statement.OpeningBalance).ShouldBe(new Yen(69_300));
    }

    private async Task<(Domain.Contracts.ServiceContract Contract, Domain.Contracts.Terms.ContractTerm Term)> DeliveredContractAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.DeliveryCompletedOn != null).OrderBy(c => c.Number).ToListAsync(TestContext.Current.CancellationToken);
        var contract = contracts.First(c => c.Timeline(BusinessCalendarSet.SeedsOnly) is not null);
        return (contract, contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1));
    }

    private static int YearMonthsOf(DateOnly start, DateOnly end) => ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
}
