using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Partners;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// Issue 12, the monthly invoicing run in the browser: finance previews a month the demo contracts owe something in, issues it, reads
/// the run report, finds the issued invoices with their numbers and downloads their PDFs; running the month again issues nothing twice.
/// A partner administrator then sees its own invoice and not another partner's. In the finance collection: the run issues invoices
/// the export workflow's sums would otherwise see appear half-way.
/// </summary>
[Collection(FinanceBooks.Name)]
public partial class InvoicingRunWorkflowTests(HubServer hub)
{
    private static readonly Dictionary<Guid, string> s_partnerAdmins = new()
    {
        [DemoOrganisations.MinatoPartner] = "admin@minato.example",
        [DemoOrganisations.HokurikuPartner] = "admin@hokuriku.example",
        [DemoOrganisations.SakuraPartner] = "admin@sakura.example",
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Finance_PreviewsAndIssuesAMonth_InvoicesListedWithNumbersAndPdfsOnceOnlyAndEachPartnerSeesItsOwn()
    {
        var plan = await MonthWithChargesAsync();
        var month = plan.Month.ToString();
        var page = await hub.NewPageAsync();
        await new LoginPage(page).SignInAsync("finance@vendor.example");
        await page.GotoInteractiveAsync($"/billing/runs?month={month}");

        // The preview: every invoice the month owes, per partner, with its total.
        await page.GetByTestId("run-preview").ClickAsync();
        await Expect(page.GetByTestId("run-preview-invoices")).ToHaveTextAsync($"請求書 {plan.Invoices.Count}通");
        await Expect(page.GetByTestId("run-preview-total")).ToContainTextAsync(JapaneseFormat.YenWithSuffix(plan.GrandTotal.Amount));
        var previewRows = page.GetByTestId("run-preview-invoice-table").Locator("tbody tr");
        foreach (var planned in plan.Invoices.Take(10))
        {
            await Expect(previewRows.Filter(new() { HasText = planned.PartnerName })).ToContainTextAsync(JapaneseFormat.Yen(planned.Draft.GrandTotal.Amount));
        }

        // Issue: confirmed, then the run's report once it has finished.
        await page.GetByTestId("run-issue").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "この内容で発行" }).ClickAsync();
        await page.WaitForURLAsync(RunReportAddress(), new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("run-report").GetByTestId("run-status")).ToHaveTextAsync("完了");
        await Expect(page.GetByTestId("run-report-issued")).ToHaveTextAsync($"発行 {plan.Invoices.Count}通");
        var runId = Guid.Parse(RunReportAddress().Match(page.Url).Groups[1].Value);

        // The issued invoices equal the preview's, each listed under its number with its total, each PDF holding both.
        var issued = await IssuedByAsync(runId, plan.Month);
        issued.Select(i => (i.PartnerId, i.GrandTotal)).ShouldBe(plan.Invoices.Select(p => (p.PartnerId, p.Draft.GrandTotal)), ignoreOrder: true);
        foreach (var invoice in issued)
        {
            invoice.Number.ShouldNotBeNull().ShouldStartWith("INV-");
            await page.GotoInteractiveAsync($"/billing/invoices?search={Uri.EscapeDataString(invoice.Number)}");
            var row = page.GetByTestId("invoice-table").Locator("tbody tr", new() { HasText = invoice.Number });
            await Expect(row).ToContainTextAsync(JapaneseFormat.Yen(invoice.GrandTotal.Amount));
            await Expect(row).ToContainTextAsync(invoice.RecipientName);

            await page.GotoInteractiveAsync($"/billing/invoices/{invoice.Id}");
            await Expect(page.GetByTestId("invoice-number")).ToHaveTextAsync(invoice.Number);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("invoice-pdf").ClickAsync());
            var pdf = await download.BytesAsync();
            System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
            var text = await PdfText.CompactAsync(pdf);
            text.ShouldContain(invoice.Number);
            text.ShouldContain(invoice.GrandTotal.Amount.ToString("#,##0", CultureInfo.InvariantCulture));
        }

        // The same month again: everything is already billed, nothing to issue.
        await page.GotoInteractiveAsync($"/billing/runs?month={month}");
        await page.GetByTestId("run-preview").ClickAsync();
        await Expect(page.GetByTestId("run-preview-invoices")).ToHaveTextAsync("請求書 0通");
        await Expect(page.GetByTestId("run-preview-skipped")).ToHaveTextAsync(SomeAlreadyBilled());
        await page.GetByTestId("run-issue").ClickAsync();
        await page.Locator("#mud-snackbar-container").GetByText("この月に発行する請求書はありません。").WaitForAsync();
        (await IssuedInMonthAsync(plan.Month)).ShouldBe(issued.Count + await IssuedBeforeRunAsync(runId, plan.Month));

        // A partner administrator: its own invoice, and nothing at the address of another partner's.
        var own = issued[0];
        var other = await AnotherPartnersInvoiceAsync(own.PartnerId);
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync(s_partnerAdmins[own.PartnerId]);
        await partner.GotoInteractiveAsync($"/billing/invoices?search={Uri.EscapeDataString(own.Number!)}");
        await Expect(partner.GetByTestId("invoice-table").Locator("tbody tr", new() { HasText = own.Number! }))
            .ToContainTextAsync(JapaneseFormat.Yen(own.GrandTotal.Amount));
        await partner.GotoInteractiveAsync("/billing/invoices");
        var rows = partner.GetByTestId("invoice-table").Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync(own.RecipientName);
        foreach (var text in await rows.AllInnerTextsAsync())
        {
            text.ShouldContain(own.RecipientName);
            text.ShouldNotContain(other.RecipientName);
        }

        await partner.GotoInteractiveAsync($"/billing/invoices/{other.Id}");
        await partner.GetByTestId("not-found").WaitForAsync();
        (await partner.ContentAsync()).ShouldNotContain(other.Number!);
        (await partner.Context.APIRequest.GetAsync($"/billing/invoices/{other.Id}/invoice.pdf")).Status.ShouldBe(404);
    }

    // The latest month before last (last month is the demo's own run) whose plan has invoices to issue and none it would refuse,
    // as the hub's clock and demo data have it.
    private async Task<InvoicingPlan> MonthWithChargesAsync()
    {
        var clock = hub.Services.GetRequiredService<TimeProvider>();
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var finance = new TenantScope("e2e-finance", "finance@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
        await using var scope = hub.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<InvoicingPlanner>();
        for (int back = 2; back <= 24; back++)
        {
            var plan = await planner.PlanAsync(finance, BillingMonth.Of(today.AddMonths(-back)), Token);
            if (plan.Invoices.Count > 0 && plan.Invoices.All(i => i.CanIssue))
            {
                return plan;
            }
        }

        throw new InvalidOperationException("The demo data owes nothing in the two years before last month.");
    }

    private async Task<List<Invoice>> IssuedByAsync(Guid runId, BillingMonth month)
    {
        await using var db = SystemContext();
        var run = await db.InvoicingRuns.AsNoTracking().SingleAsync(r => r.Id == runId, Token);
        return [.. (await InMonth(db, month).ToListAsync(Token)).Where(i => i.IssuedAt >= run.StartedAt)];
    }

    private async Task<int> IssuedBeforeRunAsync(Guid runId, BillingMonth month)
    {
        await using var db = SystemContext();
        var run = await db.InvoicingRuns.AsNoTracking().SingleAsync(r => r.Id == runId, Token);
        return (await InMonth(db, month).ToListAsync(Token)).Count(i => i.IssuedAt < run.StartedAt);
    }

    private async Task<int> IssuedInMonthAsync(BillingMonth month)
    {
        await using var db = SystemContext();
        return await InMonth(db, month).CountAsync(Token);
    }

    private async Task<Invoice> AnotherPartnersInvoiceAsync(Guid partnerId)
    {
        await using var db = SystemContext();
        return await db.Invoices.AsNoTracking()
            .FirstAsync(i => i.IssuerId == DemoOrganisations.Vendor && i.Status == InvoiceStatus.Issued && i.PartnerId != partnerId, Token);
    }

    private static IQueryable<Invoice> InMonth(HubDbContext db, BillingMonth month) =>
        db.Invoices.AsNoTracking().Where(i => i.IssuerId == DemoOrganisations.Vendor && i.Kind == InvoiceKind.Invoice && i.Status != InvoiceStatus.Draft
            && i.TransactionDate >= month.First && i.TransactionDate <= month.Last);

    private HubDbContext SystemContext() =>
        hub.Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, hub.Services.GetRequiredService<TimeProvider>());

    [GeneratedRegex(@"^請求済みのため除外 [1-9][0-9]*件$")]
    private static partial Regex SomeAlreadyBilled();

    [GeneratedRegex(@"/billing/runs/([0-9a-f-]{36})$")]
    private static partial Regex RunReportAddress();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
