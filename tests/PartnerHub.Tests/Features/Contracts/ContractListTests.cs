using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

/// <summary>The contract list pages, sorts and filters in the database, and its export holds every matching row.</summary>
public class ContractListTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_PagedByTwo_ReturnsEachContractOnceWithTheTotal()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ContractQueries>();
        // Other tests add contracts meanwhile; by number, today's new ones land after every page already read.
        int before = await CountAsync(_ => true);

        var first = await queries.ListAsync(new ContractListFilter(), new ListRequest(0, 2, nameof(ContractListItem.Number)), Token);
        var all = new List<ContractListItem>();
        for (int page = 0; page * 2 < before; page++)
        {
            all.AddRange((await queries.ListAsync(new ContractListFilter(), new ListRequest(page, 2, nameof(ContractListItem.Number)), Token)).Items);
        }

        int after = await CountAsync(_ => true);
        first.TotalCount.ShouldBeInRange(before, after);
        all.Count.ShouldBeGreaterThanOrEqualTo(before);
        // A contract another test adds meanwhile with a number among those already read shifts the later pages by one row,
        // so that row can show twice; beyond one per such contract, nothing may repeat.
        (all.Count - all.Select(c => c.Id).Distinct().Count()).ShouldBeLessThanOrEqualTo(after - before);
    }

    [Fact]
    public async Task List_FilteredByStatusAndSortedByCustomer_ReturnsOnlyThatStatusInKanaOrder()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ContractQueries>();

        var active = await queries.ListAsync(new ContractListFilter(Status: ContractStatus.Active), new ListRequest(0, 100, nameof(ContractListItem.CustomerName)), Token);

        active.Items.ShouldNotBeEmpty();
        active.Items.ShouldAllBe(c => c.Status == ContractStatus.Active);
        active.Items.Select(c => c.CustomerKana).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        active.TotalCount.ShouldBeGreaterThanOrEqualTo(active.Items.Count);
    }

    [Theory]
    [InlineData(nameof(ContractListItem.OrderedOn))]
    [InlineData(nameof(ContractListItem.Number))]
    [InlineData(nameof(ContractListItem.CustomerName))]
    [InlineData(nameof(ContractListItem.PartnerName))]
    [InlineData(nameof(ContractListItem.PlanCode))]
    [InlineData(nameof(ContractListItem.Units))]
    [InlineData(nameof(ContractListItem.AnnualFee))]
    [InlineData(nameof(ContractListItem.Status))]
    [InlineData(nameof(ContractListItem.DeliveredOn))]
    public async Task List_SortedByEachColumnBothWays_ReturnsAPage(string column)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ContractQueries>();

        var ascending = await queries.ListAsync(new ContractListFilter(), new ListRequest(0, 50, column), Token);
        var descending = await queries.ListAsync(new ContractListFilter(), new ListRequest(0, 50, column, Descending: true), Token);

        ascending.Items.ShouldNotBeEmpty();
        // Other tests add contracts meanwhile: the later count can only be larger.
        descending.TotalCount.ShouldBeGreaterThanOrEqualTo(ascending.TotalCount);
        if (column == nameof(ContractListItem.AnnualFee))
        {
            ascending.Items.Select(c => c.AnnualFee.Amount).ShouldBeInOrder(SortDirection.Ascending);
            descending.Items.Select(c => c.AnnualFee.Amount).ShouldBeInOrder(SortDirection.Descending);
        }
    }

    [Fact]
    public async Task List_AsPartnerStaff_ShowsOnlyTheirOwnContractsWhateverTheFilter()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<ContractQueries>();

        var own = await queries.ListAsync(new ContractListFilter(), new ListRequest(0, 200), Token);
        var asked = await queries.ListAsync(new ContractListFilter(PartnerId: DemoOrganisations.HokurikuPartner), new ListRequest(0, 200), Token);

        own.Items.ShouldNotBeEmpty();
        own.Items.ShouldAllBe(c => c.PartnerName == "株式会社みなと情報システム");
        asked.TotalCount.ShouldBe(0);
        var exported = queries.StreamForExport(new ContractListFilter()).ToList();
        exported.Count.ShouldBeGreaterThanOrEqualTo(own.TotalCount);
        exported.ShouldAllBe(c => c.PartnerName == "株式会社みなと情報システム");
    }

    [Fact]
    public async Task StreamForExport_WithAFilter_HoldsEveryMatchingRowNotOnePage()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<ContractQueries>();

        var filter = new ContractListFilter(Search: "C-");
        int before = await CountAsync(c => c.Number.Contains("C-"));
        var page = await queries.ListAsync(filter, new ListRequest(0, 10), Token);
        var exported = queries.StreamForExport(filter).ToList();

        // Other tests add contracts meanwhile: the export holds at least every row that existed before, and only matching rows.
        page.Items.Count.ShouldBe(10);
        exported.Count.ShouldBeInRange(before, await CountAsync(c => c.Number.Contains("C-")));
        exported.ShouldAllBe(c => c.Number.Contains("C-"));
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<ServiceContract, bool>> predicate)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        return await db.Contracts.CountAsync(predicate, Token);
    }
}
