using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>Invoices are read by the partner they are addressed to and by the vendor; never by another partner, by any route.</summary>
public class InvoiceIsolationTests(HubAppFactory app)
{
    [Fact]
    public async Task List_AsPartnerStaff_HoldsOwnIssuedInvoicesOnly()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var own = await billing.IssuedAsync(DemoOrganisations.MinatoPartner);
        var other = await billing.IssuedAsync(DemoOrganisations.HokurikuPartner);
        var ownDraft = await billing.DraftAsync(DemoOrganisations.MinatoPartner);

        var seen = await ListAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var vendorSees = await ListAsync(TestScopes.VendorAdmin, HubRoles.VendorAdmin);

        seen.ShouldContain(own);
        seen.ShouldNotContain(other);
        seen.ShouldNotContain(ownDraft);
        vendorSees.ShouldContain(own);
        vendorSees.ShouldContain(other);
        vendorSees.ShouldContain(ownDraft);
    }

    [Fact]
    public async Task List_SearchByAmountDateAndCounterparty_FindsTheInvoice()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var id = await billing.IssuedAsync(DemoOrganisations.HokurikuPartner, unitPrice: 987_654);
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();

        var found = await queries.ListAsync(new InvoiceListFilter(From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 1), MinAmount: 987_654,
            MaxAmount: 987_654, PartnerId: DemoOrganisations.HokurikuPartner), new ListRequest(PageSize: 100), TestContext.Current.CancellationToken);
        var outside = await queries.ListAsync(new InvoiceListFilter(MinAmount: 987_655, PartnerId: DemoOrganisations.HokurikuPartner),
            new ListRequest(PageSize: 100), TestContext.Current.CancellationToken);

        found.Items.Select(i => i.Id).ShouldContain(id);
        found.TotalCount.ShouldBe(found.Items.Count);
        outside.Items.Select(i => i.Id).ShouldNotContain(id);
    }

    [Fact]
    public async Task Get_AnotherPartnersInvoice_IsNotFoundByQueryOrPage()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var other = await billing.IssuedAsync(DemoOrganisations.HokurikuPartner, unitPrice: 424_242);
        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await scope.ServiceProvider.GetRequiredService<InvoiceQueries>().GetAsync(other, TestContext.Current.CancellationToken)).ShouldBeNull();
        }

        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var response = await client.GetAsync(new Uri($"/billing/invoices/{other}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        body.ShouldNotContain("北陸ビジネスソリューションズ");
        body.ShouldNotContain("424,242");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("data-testid=\"not-found\"");
    }

    [Fact]
    public async Task Get_OwnInvoicePage_ShowsIt()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var own = await billing.IssuedAsync(DemoOrganisations.MinatoPartner, unitPrice: 313_131);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/invoices/{own}", UriKind.Relative), TestContext.Current.CancellationToken));

        body.ShouldContain("313,131");
        body.ShouldContain("株式会社みなと情報システム");
    }

    [Fact]
    public async Task DownloadPdf_AnotherPartnersInvoice_Gets404()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var other = await billing.IssuedAsync(DemoOrganisations.HokurikuPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/billing/invoices/{other}/invoice.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotStartWith("%PDF");
    }

    [Fact]
    public async Task DownloadPdf_OwnInvoice_IsTheStoredPdfAsIssued()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var own = await billing.IssuedAsync(DemoOrganisations.MinatoPartner);
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await client.GetAsync(new Uri($"/billing/invoices/{own}/invoice.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == own, TestContext.Current.CancellationToken);
        InvoicePdf.HashOf(bytes).ShouldBe(invoice.PdfSha256);
    }

    [Fact]
    public async Task DownloadPdf_VendorDraft_IsNotAvailableToThePartner()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        var draft = await billing.DraftAsync(DemoOrganisations.MinatoPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri($"/billing/invoices/{draft}/invoice.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<List<Guid>> ListAsync(TenantScope user, string role)
    {
        await using var scope = app.ScopeFor(user, role);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();
        var ids = new List<Guid>();
        for (int page = 0; ; page++)
        {
            var result = await queries.ListAsync(new InvoiceListFilter(), new ListRequest(page, ListRequest.MaxPageSize), TestContext.Current.CancellationToken);
            ids.AddRange(result.Items.Select(i => i.Id));
            if (ids.Count >= result.TotalCount || result.Items.Count == 0)
            {
                return ids;
            }
        }
    }
}
