using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Organisations;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Organisations;

/// <summary>The organisation and staff lists page on the server and give their totals, within the tenant's rows.</summary>
public class OrganisationListTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListPageAsync_PagesOfTwo_NoOrganisationOnTwoPagesAndTheTotalCountsThemAll()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var queries = scope.ServiceProvider.GetRequiredService<OrganisationQueries>();

        var first = await queries.ListPageAsync(null, new ListRequest(0, 2), Token);
        var second = await queries.ListPageAsync(null, new ListRequest(1, 2), Token);
        var partners = await queries.ListPageAsync(OrganisationKind.SalesPartner, new ListRequest(0, ListRequest.MaxPageSize), Token);

        first.Items.Count.ShouldBe(2);
        second.Items.Count.ShouldBe(2);
        first.Items.Select(o => o.Id).Intersect(second.Items.Select(o => o.Id)).ShouldBeEmpty();
        first.TotalCount.ShouldBeGreaterThan(4); // the demo's vendor, hardware vendor and three partners at least
        partners.Items.ShouldAllBe(o => o.Kind == OrganisationKind.SalesPartner);
        partners.Items.Select(o => o.Id).ShouldContain(DemoOrganisations.MinatoPartner);
        partners.TotalCount.ShouldBeGreaterThanOrEqualTo(partners.Items.Count);
    }

    [Fact]
    public async Task ListUsersPageAsync_PagesOfOne_AddUpToTheOrganisationsUsers()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        var queries = scope.ServiceProvider.GetRequiredService<OrganisationQueries>();
        var all = await queries.ListUsersAsync(DemoOrganisations.MinatoPartner, Token);

        var first = await queries.ListUsersPageAsync(DemoOrganisations.MinatoPartner, new ListRequest(0, 1), Token);
        var second = await queries.ListUsersPageAsync(DemoOrganisations.MinatoPartner, new ListRequest(1, 1), Token);

        all.Count.ShouldBeGreaterThanOrEqualTo(2);
        first.TotalCount.ShouldBeGreaterThanOrEqualTo(all.Count);
        first.Items.ShouldHaveSingleItem().Email.ShouldBe(all[0].Email);
        second.Items.ShouldHaveSingleItem().Email.ShouldBe(all[1].Email);
        first.Items[0].Roles.ShouldBe(all[0].Roles);
    }

    [Fact]
    public async Task ListUsersPageAsync_AnotherPartnersOrganisation_ShowsNobody()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        var queries = scope.ServiceProvider.GetRequiredService<OrganisationQueries>();

        var result = await queries.ListUsersPageAsync(DemoOrganisations.HokurikuPartner, new ListRequest(0, 25), Token);

        result.TotalCount.ShouldBe(0);
        result.Items.ShouldBeEmpty();
    }
}
