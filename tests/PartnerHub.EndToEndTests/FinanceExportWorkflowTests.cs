using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// Finance downloads this month's register, the AR aging, the deferred revenue schedule and the 弥生 journal from
/// /billing/exports, and each file is opened (OpenXml; the CSV decoded as CP932) and checked against the demo invoices.
/// </summary>
[Collection(FinanceBooks.Name)]
public class FinanceExportWorkflowTests(HubServer hub)
{
    [Fact]
    public async Task Finance_DownloadsRegisterAgingDeferredRevenueAndYayoiJournal_TotalsMatchTheInvoices()
    {
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("finance@vendor.example");
        await page.GotoInteractiveAsync("/billing/exports");
        var documents = await DocumentsThisMonthAsync();
        documents.ShouldNotBeEmpty();

        var register = (await WorkbookAsync(page, "export-register-xlsx"))[0];
        int total = Column(register, "税込合計");
        register.Rows.Skip(1).Take(register.Rows.Count - 2).Sum(r => Convert.ToInt64(r[total], CultureInfo.InvariantCulture))
            .ShouldBe(documents.Sum(d => d.GrandTotal.Amount));
        (register.Rows.Count - 2).ShouldBe(documents.Count);

        var aging = (await WorkbookAsync(page, "export-aging-xlsx"))[0];
        Convert.ToInt64(aging.Rows[^1][Column(aging, "残高合計")], CultureInfo.InvariantCulture).ShouldBe(await OpenTodayAsync());

        var deferred = await WorkbookAsync(page, "export-deferred-xlsx");
        var byContract = deferred[0];
        Convert.ToInt64(byContract.Rows[^1][Column(byContract, "期間中の計上")], CultureInfo.InvariantCulture).ShouldBe(await RecognisedThisMonthAsync());

        await page.GetByTestId("export-check-journal-yayoi").ClickAsync();
        await page.GetByTestId("export-csv-ready").WaitForAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv-download").ClickAsync());
        var text = JapaneseEncodings.Cp932.GetString(await download.BytesAsync());
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        lines.ShouldAllBe(l => l.Length == 25);
        lines.Where(l => l[4] == "売掛金").Sum(l => long.Parse(l[8], CultureInfo.InvariantCulture))
            .ShouldBe(documents.Where(d => d.Kind == InvoiceKind.Invoice).Sum(d => d.GrandTotal.Amount));
        lines.Where(l => l[10] == "売掛金").Sum(l => long.Parse(l[14], CultureInfo.InvariantCulture))
            .ShouldBe(-documents.Where(d => d.Kind == InvoiceKind.CreditNote).Sum(d => d.GrandTotal.Amount));
    }

    private static async Task<IReadOnlyList<ExcelSheetContent>> WorkbookAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        using var file = new MemoryStream(await download.BytesAsync());
        return ExcelReader.ReadAll(file);
    }

    private static int Column(ExcelSheetContent sheet, string header) => sheet.Rows[0].Cells.First(c => Equals(c.Value, header)).ColumnIndex;

    private static YearMonth ThisMonth => YearMonth.Of(JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow()));

    private async Task<List<Invoice>> DocumentsThisMonthAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var month = ThisMonth;
        return await db.Invoices.AsNoTracking()
            .Where(i => i.Status != InvoiceStatus.Draft && i.TransactionDate >= month.FirstDay && i.TransactionDate <= month.LastDay).ToListAsync();
    }

    // Every issued invoice's total less its credit notes and the payments received by today and allocated to it.
    private async Task<long> OpenTodayAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var today = JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());
        var issued = await db.Invoices.AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft && i.TransactionDate <= today).ToListAsync();
        var allocated = (await db.Payments.AsNoTracking().Where(p => p.ReceivedOn <= today).SelectMany(p => p.Allocations)
            .Select(a => a.Amount).ToListAsync()).Sum(a => a.Amount);
        return issued.Sum(i => i.GrandTotal.Amount) - allocated;
    }

    // Each issued contract-term line, at its share of its rate's tax-excluded total, spread over its term by the domain rule.
    private async Task<long> RecognisedThisMonthAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var documents = await db.Invoices.AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft).ToListAsync();
        var contracts = await db.Contracts.AsNoTracking().ToDictionaryAsync(c => c.Id);
        long recognised = 0;
        foreach (var document in documents)
        {
            var nets = LineNetAmounts.Of(document);
            foreach (var item in document.Items.Where(i => i.SourceContractId is not null && i.SourceTerm is >= 1))
            {
                if (contracts[item.SourceContractId!.Value].Timeline(BusinessCalendarSet.SeedsOnly) is not { } timeline)
                {
                    continue;
                }

                var term = timeline.Term(item.SourceTerm!.Value);
                var schedule = DeferredRevenue.Schedule(new PrepaidServiceRight("x", term.Start, term.End, nets[item.Id]));
                recognised += schedule.Months.Where(m => m.Month == ThisMonth).Sum(m => m.Amount.Amount);
            }
        }

        return recognised;
    }
}
