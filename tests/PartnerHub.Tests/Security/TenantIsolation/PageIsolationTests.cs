using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>
/// The isolation matrix over HTTP: a partner's user asks for every page with another partner's ids and must get
/// a not-found page, a denial or a redirect, never the data. It grows with every page, API and export.
/// </summary>
public class PageIsolationTests(HubAppFactory app)
{
    public static TheoryData<string> OtherPartnerRoutes { get; } = new()
    {
        "/customers/{otherCustomer}",
        "/billing/retail-receivables/customers/{otherCustomer}",
        "/organisations/{otherPartner}",
        "/organisations/{ownPartner}",
        "/audit",
    };

    [Theory]
    [MemberData(nameof(OtherPartnerRoutes))]
    public async Task Get_WhenPartnerStaffRequestsAnotherPartnersData_NeverShowsIt(string routeTemplate)
    {
        var other = await FirstCustomerAsync(DemoOrganisations.HokurikuPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var route = routeTemplate
            .Replace("{otherCustomer}", other.Id.ToString(), StringComparison.Ordinal)
            .Replace("{otherPartner}", DemoOrganisations.HokurikuPartner.ToString(), StringComparison.Ordinal)
            .Replace("{ownPartner}", DemoOrganisations.MinatoPartner.ToString(), StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        body.ShouldNotContain(other.Name);
        body.ShouldNotContain("北陸ビジネスソリューションズ");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            body.ShouldContain("data-testid=\"not-found\"");
        }
        else
        {
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            response.Headers.Location?.ToString().ShouldContain("AccessDenied");
        }
    }

    [Fact]
    public async Task Get_WhenPartnerStaffOpensOwnCustomer_ShowsIt()
    {
        var own = await FirstCustomerAsync(DemoOrganisations.MinatoPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/customers/{own.Id}", UriKind.Relative), TestContext.Current.CancellationToken));

        body.ShouldContain(own.Name);
        body.ShouldContain(own.ServiceContact.Name);
    }

    [Fact]
    public async Task Get_WhenPartnerStaffOpensCustomerList_RendersWithoutOtherPartnersData()
    {
        // The grid loads its rows over the circuit (the browser tests check them); the page itself must render.
        var other = await FirstCustomerAsync(DemoOrganisations.HokurikuPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var response = await client.GetAsync(new Uri("/customers", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("data-testid=\"customer-grid\"");
        body.ShouldNotContain(other.Name);
    }

    [Fact]
    public async Task Get_WhenAnonymous_RedirectsEveryBusinessPageToLogin()
    {
        var own = await FirstCustomerAsync(DemoOrganisations.MinatoPartner);
        var client = app.CreateBrowserLikeClient();

        foreach (var route in new[] { "/", "/customers", $"/customers/{own.Id}", "/organisations", "/audit", "/staff" })
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, route);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login", Case.Insensitive, route);
        }
    }

    private async Task<Domain.Customers.Customer> FirstCustomerAsync(Guid partnerId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Customers.AsNoTracking().Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(TestContext.Current.CancellationToken);
    }
}
