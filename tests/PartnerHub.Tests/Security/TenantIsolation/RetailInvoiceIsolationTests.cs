using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Billing;
using PartnerHub.Tests.Features.Billing.Retail;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>
/// A partner's invoices to its customers are its business alone: another partner never sees, changes or downloads them, and the
/// vendor's finance never has them in its register or receivables.
/// </summary>
public class RetailInvoiceIsolationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_AnotherPartnersRetailInvoice_IsNotFoundAndNotListed()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var id = await retail.IssuedAsync(unitPrice: 616_161);
        await using var scope = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();

        var detail = await queries.GetAsync(id, Token);
        var listed = await queries.ListAsync(new InvoiceListFilter(MinAmount: 616_161, MaxAmount: 616_161, Book: InvoiceBook.Retail), new ListRequest(PageSize: 100), Token);
        var pdf = await queries.GetPdfAsync(id, InvoiceBook.Retail, Token);

        detail.ShouldBeNull();
        listed.TotalCount.ShouldBe(0);
        pdf.ShouldBeNull();
    }

    [Fact]
    public async Task Change_AnotherPartnersRetailDraft_FindsNothingAndChangesNothing()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var draft = await retail.DraftAsync(unitPrice: 50_000);
        await using var scope = app.ScopeFor(TestScopes.HokurikuStaff, HubRoles.PartnerStaff);

        var added = await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(draft,
            new ManualLineInput("不正な追加", 1, 1, TaxCategory.Standard, "他社"), Token);
        var issued = await scope.ServiceProvider.GetRequiredService<IssueInvoice>().ExecuteAsync(draft, Token);
        var credited = await scope.ServiceProvider.GetRequiredService<CreateCreditNote>().ExecuteAsync(draft, Token);

        added.Problem.ShouldBe(InvoiceProblem.NotFound);
        issued.Problem.ShouldBe(InvoiceProblem.NotFound);
        credited.Problem.ShouldBe(InvoiceProblem.NotFound);
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == draft, Token);
        stored.Items.Count.ShouldBe(1);
        stored.Status.ShouldBe(InvoiceStatus.Draft);
    }

    [Fact]
    public async Task VendorFinance_NeverSeesRetailInvoicesInRegisterOrReceivables()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var id = await retail.IssuedAsync(unitPrice: 727_272);
        var finance = new TenantScope("u-finance-retail", "finance@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
        await using var scope = app.ScopeFor(finance, HubRoles.Finance);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();

        var register = await queries.ListAsync(new InvoiceListFilter(MinAmount: 727_272, MaxAmount: 727_272), new ListRequest(PageSize: 100), Token);
        var retailBook = await queries.ListAsync(new InvoiceListFilter(Book: InvoiceBook.Retail), new ListRequest(PageSize: 100), Token);
        var balances = await scope.ServiceProvider.GetRequiredService<ReceivableQueries>().InvoiceBalancesAsync(new DateOnly(2027, 6, 1), retail.PartnerId, Token);

        register.TotalCount.ShouldBe(0);
        retailBook.TotalCount.ShouldBe(0);
        (await queries.GetAsync(id, Token)).ShouldBeNull();
        balances.ShouldBeEmpty();
        await using var db = app.CreateContext(finance);
        (await db.InvoicePdfs.AnyAsync(p => p.InvoiceId == id, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Save_PartnerChangingTheVendorsInvoiceToIt_IsDenied()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var vendor = await BillingTestData.NewIssuerAsync(app);
        var wholesaleDraft = await vendor.DraftAsync(retail.PartnerId);
        await using var db = app.CreateContext(retail.Staff);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == wholesaleDraft, Token);

        invoice.AddLine(InvoiceLine.Charge("値引きの自己申告", 1, new Yen(1), TaxCategory.Standard), InvoiceLineSource.Manual("不正")).ShouldBeNull();

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }

    [Fact]
    public async Task Http_AnotherPartnersRetailInvoicePageAndPdf_AreNotServed()
    {
        var id = await MinatoIssuedAsync(454_545);
        var hokuriku = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var minato = await HubSession.SignInAsync(app, "staff@minato.example");

        var page = WebUtility.HtmlDecode(await hokuriku.GetStringAsync(new Uri($"/billing/retail-invoices/{id}", UriKind.Relative), Token));
        var retailPdf = await hokuriku.GetAsync(new Uri($"/billing/retail-invoices/{id}/invoice.pdf", UriKind.Relative), Token);
        var wholesalePdf = await hokuriku.GetAsync(new Uri($"/billing/invoices/{id}/invoice.pdf", UriKind.Relative), Token);
        var own = await minato.GetAsync(new Uri($"/billing/retail-invoices/{id}/invoice.pdf", UriKind.Relative), Token);

        page.ShouldContain("data-testid=\"not-found\"");
        page.ShouldNotContain("454,545");
        retailPdf.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        wholesalePdf.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await own.Content.ReadAsByteArrayAsync(Token);
        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == id, Token);
        InvoicePdf.HashOf(bytes).ShouldBe(invoice.PdfSha256);
    }

    [Fact]
    public async Task Http_OwnRetailInvoicePage_ShowsItUnderTheRetailAddressOnly()
    {
        var id = await MinatoIssuedAsync(363_636);
        var minato = await HubSession.SignInAsync(app, "admin@minato.example");

        var page = WebUtility.HtmlDecode(await minato.GetStringAsync(new Uri($"/billing/retail-invoices/{id}", UriKind.Relative), Token));
        var wholesalePage = WebUtility.HtmlDecode(await minato.GetStringAsync(new Uri($"/billing/invoices/{id}", UriKind.Relative), Token));

        page.ShouldContain("363,636");
        page.ShouldContain("data-testid=\"invoice-pdf\"");
        wholesalePage.ShouldContain("data-testid=\"not-found\"");
    }

    // Minato opted in with the demo data; its staff issue an invoice to one of its customers.
    private async Task<Guid> MinatoIssuedAsync(long unitPrice)
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        Guid customerId;
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(Token);
        }

        var on = new DateOnly(2026, 11, 3);
        var draft = (await scope.ServiceProvider.GetRequiredService<CreateRetailInvoiceDraft>().ExecuteAsync(customerId, on, on.AddDays(30), Token))
            .InvoiceId.ShouldNotBeNull();
        (await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(draft,
            new ManualLineInput("保守作業", 1, unitPrice, TaxCategory.Standard, "作業報告書"), Token)).Problem.ShouldBeNull();
        (await scope.ServiceProvider.GetRequiredService<IssueInvoice>().ExecuteAsync(draft, Token)).Number.ShouldNotBeNull();
        return draft;
    }
}
