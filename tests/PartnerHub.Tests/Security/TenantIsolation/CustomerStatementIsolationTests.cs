using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>
/// A customer's statement and reminders are its partner's business alone: another partner gets "not found" for the page, the PDF and the
/// workbook of a customer of Minato (the demo's retail customer), and the vendor's users are refused all of them.
/// </summary>
public class CustomerStatementIsolationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Downloads { get; } = ["statement.pdf", "statement.xlsx"];

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Download_AnotherPartnersCustomer_IsNotFound(string file)
    {
        var customer = await MinatoRetailCustomerAsync();
        var client = await HubSession.SignInAsync(app, "admin@hokuriku.example");

        var response = await client.GetAsync(new Uri($"/billing/retail-receivables/customers/{customer.Id}/{file}", UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsByteArrayAsync(Token);
        body.Take(4).ShouldNotBe("%PDF"u8.ToArray());
        body.Take(2).ShouldNotBe("PK"u8.ToArray());
    }

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Download_AsVendorFinance_IsRefused(string file)
    {
        var customer = await MinatoRetailCustomerAsync();
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var response = await client.GetAsync(new Uri($"/billing/retail-receivables/customers/{customer.Id}/{file}", UriKind.Relative), Token);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location?.ToString().ShouldContain("AccessDenied");
        }

        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/pdf");
    }

    [Fact]
    public async Task Page_AnotherPartnersCustomer_ShowsNotFound()
    {
        var customer = await MinatoRetailCustomerAsync();
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/retail-receivables/customers/{customer.Id}", UriKind.Relative), Token));

        body.ShouldContain("data-testid=\"not-found\"");
        body.ShouldNotContain(customer.Name);
        body.ShouldNotContain("data-testid=\"customer-statement-balances\"");
    }

    [Fact]
    public async Task Page_AsVendorAdmin_IsRefused()
    {
        var customer = await MinatoRetailCustomerAsync();
        var client = await HubSession.SignInAsync(app, "admin@vendor.example");

        var response = await client.GetAsync(new Uri($"/billing/retail-receivables/customers/{customer.Id}", UriKind.Relative), Token);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));

        body.ShouldNotContain("data-testid=\"customer-statement-balances\"");
        body.ShouldNotContain(customer.Name);
    }

    [Fact]
    public async Task Page_OwnPartnersCustomer_ShowsTheStatementAndTheDownloads()
    {
        var customer = await MinatoRetailCustomerAsync();
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/retail-receivables/customers/{customer.Id}?from=2025-01-01&to=2026-12-31",
            UriKind.Relative), Token));

        body.ShouldContain(customer.Name);
        body.ShouldContain("data-testid=\"customer-statement-balances\"");
        body.ShouldContain($"billing/retail-receivables/customers/{customer.Id:D}/statement.pdf?from=2025-01-01&to=2026-12-31");
    }

    private async Task<(Guid Id, string Name)> MinatoRetailCustomerAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var customerId = await db.Invoices.IgnoreQueryFilters()
            .Where(i => i.PartnerId == DemoOrganisations.MinatoPartner && i.RecipientKind == InvoiceRecipientKind.Customer && i.Status == InvoiceStatus.Issued)
            .Select(i => i.RecipientId).FirstAsync(Token);
        var name = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(Token);
        return (customerId, name);
    }
}
