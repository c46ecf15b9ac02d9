using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Infrastructure.Querying;

/// <summary>The customer picker finds a partner's own customers by what the user types, a few at a time.</summary>
public class CustomerLookupTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_WithNoText_ReturnsTheFirstCustomersByKanaAndOneMoreToSayThereAreMore()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var found = await scope.ServiceProvider.GetRequiredService<CustomerLookup>().SearchAsync(null, Token);

        found.Count.ShouldBe(CustomerLookup.MaxMatches + 1);
        found.Select(c => c.NameKana).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
    }

    [Fact]
    public async Task Search_ForAnotherPartnersCustomer_FindsNothing()
    {
        var other = await CustomerOfAsync(DemoOrganisations.HokurikuPartner);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var lookup = scope.ServiceProvider.GetRequiredService<CustomerLookup>();

        (await lookup.SearchAsync(other.Name, Token)).ShouldNotContain(c => c.Id == other.Id);
        (await lookup.FindAsync(other.Id, Token)).ShouldBeNull();
    }

    [Fact]
    public async Task Search_ByPartOfTheKana_FindsTheCustomer()
    {
        var own = await CustomerOfAsync(DemoOrganisations.MinatoPartner);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var found = await scope.ServiceProvider.GetRequiredService<CustomerLookup>().SearchAsync(own.NameKana[..3], Token);

        found.ShouldContain(c => c.Id == own.Id);
    }

    private async Task<(Guid Id, string Name, string NameKana)> CustomerOfAsync(Guid partner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customer = await db.Customers.Where(c => c.PartnerId == partner).OrderBy(c => c.NameKana).Select(c => new { c.Id, c.Name, c.NameKana }).FirstAsync(Token);
        return (customer.Id, customer.Name, customer.NameKana);
    }
}
