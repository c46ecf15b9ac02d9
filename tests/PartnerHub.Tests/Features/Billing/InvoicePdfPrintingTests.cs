using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Documents;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>
/// PDFs printed after the numbers are committed: in parallel across the page pool, each invoice gets its own PDF; a PDF that fails to
/// print leaves the issued invoice visibly "PDF pending" until a later pass prints it.
/// </summary>
public class InvoicePdfPrintingTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Print_ManyInvoicesInParallel_StoresEachInvoicesOwnPdfWithItsHash()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var ids = await IssuedWithoutPdfAsync(billing, 8);
        await using var scope = billing.AsFinance();

        var outcome = await scope.ServiceProvider.GetRequiredService<InvoicePdfPrinting>().PrintAsync(billing.Finance, ids, null, Token);

        outcome.ShouldBe(new PdfPrintOutcome(8, 0));
        await using var db = app.CreateContext(TenantScope.System);
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(Token);
        var pdfs = await db.InvoicePdfs.AsNoTracking().Where(p => ids.Contains(p.InvoiceId)).ToDictionaryAsync(p => p.InvoiceId, Token);
        invoices.Select(i => i.Number).Distinct().Count().ShouldBe(8);
        foreach (var invoice in invoices)
        {
            var pdf = pdfs[invoice.Id];
            invoice.IsPdfPending.ShouldBeFalse();
            InvoicePdf.HashOf(pdf.Content).ShouldBe(invoice.PdfSha256);
            pdf.Sha256.ShouldBe(invoice.PdfSha256);
            var text = await PdfText.ExtractAsync(pdf.Content);
            text.ShouldContain(invoice.Number!);
            foreach (var other in invoices.Where(o => o.Id != invoice.Id))
            {
                text.ShouldNotContain(other.Number!);
            }
        }
    }

    [Fact]
    public async Task Print_RendererFails_LeavesTheIssuedInvoicePdfPendingAndListedAsSuchUntilARetryPrintsIt()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        long amount = Random.Shared.Next(200_000, 900_000);
        var ids = await IssuedWithoutPdfAsync(billing, 1, amount);
        await using var scope = billing.AsFinance();
        var services = scope.ServiceProvider;
        var broken = new InvoicePdfPrinting(services.GetRequiredService<HubDbContextOptions>(),
            new InvoicePrinter(new ChromiumGone(), services.GetRequiredService<IStringLocalizer<BillingStrings>>(), services.GetRequiredService<IOptions<BillingOptions>>()),
            services.GetRequiredService<IOptions<DocumentsOptions>>(), TimeProvider.System, NullLogger<InvoicePdfPrinting>.Instance);

        var failed = await broken.PrintAsync(billing.Finance, ids, null, Token);

        failed.ShouldBe(new PdfPrintOutcome(0, 1));
        string number;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == ids[0], Token);
            (invoice.Status, invoice.IsPdfPending).ShouldBe((InvoiceStatus.Issued, true));
            number = invoice.Number.ShouldNotBeNull();
            (await db.InvoicePdfs.AnyAsync(p => p.InvoiceId == ids[0], Token)).ShouldBeFalse();
        }

        var listed = await services.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceListFilter(MinAmount: amount, MaxAmount: amount, Search: number), new ListRequest(), Token);
        listed.Items.ShouldContain(i => i.Id == ids[0] && i.PdfPending);

        var retried = await services.GetRequiredService<InvoicePdfPrinting>().PrintPendingAsync(billing.Finance, billing.IssuerId, Token);

        retried.ShouldBe(new PdfPrintOutcome(1, 0));
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == ids[0], Token);
            var pdf = await db.InvoicePdfs.AsNoTracking().SingleAsync(p => p.InvoiceId == ids[0], Token);
            invoice.IsPdfPending.ShouldBeFalse();
            InvoicePdf.HashOf(pdf.Content).ShouldBe(invoice.PdfSha256);
            (await PdfText.ExtractAsync(pdf.Content)).ShouldContain(invoice.Number!);
        }
    }

    [Fact]
    public async Task PrintOnDemand_PdfAlreadyStored_KeepsThePdfAsIssued()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var id = await billing.IssuedAsync();
        await using var db = app.CreateContext(TenantScope.System);
        var before = await db.InvoicePdfs.AsNoTracking().SingleAsync(p => p.InvoiceId == id, Token);
        await using var scope = billing.AsFinance();

        (await scope.ServiceProvider.GetRequiredService<PrintInvoicePdf>().ExecuteAsync(id, Token)).ShouldBeFalse();

        var after = await db.InvoicePdfs.AsNoTracking().SingleAsync(p => p.InvoiceId == id, Token);
        after.Sha256.ShouldBe(before.Sha256);
    }

    [Fact]
    public async Task IssueDrafts_Batch_TakesConsecutiveNumbersInOneTransactionWithoutPrinting()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);

        var ids = await IssuedWithoutPdfAsync(billing, 5);

        await using var db = app.CreateContext(TenantScope.System);
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(Token);
        invoices.Select(i => i.Number).Order().ShouldBe(Enumerable.Range(1, 5).Select(n => InvoiceNumberFormat.Format("INV", invoices[0].FiscalYear!.Value, n)));
        invoices.ShouldAllBe(i => i.IsPdfPending && i.IssuerAddress == "〒100-0005 東京都千代田区丸の内1-1-1");
        (await db.InvoiceNumberCounters.SingleAsync(c => c.IssuerId == billing.IssuerId, Token)).LastNumber.ShouldBe(5);
    }

    // Issued through the batch path the run uses, which prints nothing: every one is "PDF pending".
    private async Task<Guid[]> IssuedWithoutPdfAsync(BillingTestData billing, int count, long unitPrice = 110_000)
    {
        var ids = new Guid[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = await billing.DraftAsync(unitPrice: unitPrice + i * 1_100);
        }

        await using var scope = billing.AsFinance();
        await using var db = app.CreateContext(billing.Finance);
        var drafts = await db.Invoices.Where(i => ids.Contains(i.Id)).ToListAsync(Token);
        var results = await scope.ServiceProvider.GetRequiredService<IssueInvoice>().IssueDraftsAsync(db, drafts, "finance-test", Token);
        results.ShouldAllBe(r => r.Number != null);
        return ids;
    }

    private sealed class ChromiumGone : IPdfRenderer
    {
        public Task<byte[]> RenderAsync<TComponent>(IDictionary<string, object?> parameters, PdfRenderOptions options, CancellationToken cancellationToken = default)
            where TComponent : IComponent =>
            throw new ChromiumNotFoundException("/nonexistent/chromium");
    }
}
