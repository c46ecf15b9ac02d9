using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Auditing;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Audit;
using PartnerHub.Infrastructure.Search;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Audit;

/// <summary>
/// The audit trail's text search through the SQLite indexes and the key table (docs/search.md): a frequent term's newest
/// pages and bounded total, one- and two-character terms, the entity type filter, and a partner's search never reaching
/// another partner's entries or the desk's internal ones (entries without a partner).
/// </summary>
public class AuditSearchTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_FrequentTermBeyondTheCountLimit_ShowsTheNewestPageAndALowerBoundTotal()
    {
        string token = UniqueToken();
        var now = TimeProvider.System.GetUtcNow();
        // Oldest first: entry 7 is the newest.
        var ids = await AddEntriesAsync(now, [.. Enumerable.Range(1, 7).Select(i => (DemoOrganisations.SakuraPartner, $"{token} 変更 {i}"))]);
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);

        var bounded = Queries(scope, countLimit: 3);
        var first = await bounded.ListAsync(new AuditQuery(Search: token, Page: 0, PageSize: 2), Token);
        var second = await bounded.ListAsync(new AuditQuery(Search: token, Page: 1, PageSize: 2), Token);
        var exact = await Queries(scope, countLimit: 100).ListAsync(new AuditQuery(Search: token, Page: 0, PageSize: 2), Token);

        first.Items.Select(a => a.Id).ShouldBe([ids[6], ids[5]]);
        second.Items.Select(a => a.Id).ShouldBe([ids[4], ids[3]]);
        first.TotalCount.ShouldBe(3);
        first.TotalIsLowerBound.ShouldBeTrue();
        exact.Items.Select(a => a.Id).ShouldBe([ids[6], ids[5]]);
        exact.TotalCount.ShouldBe(7);
        exact.TotalIsLowerBound.ShouldBeFalse();
    }

    [Fact]
    public async Task Search_PartnerAdmin_NeverSeesAnotherPartnersOrDeskInternalEntries()
    {
        string token = UniqueToken();
        var now = TimeProvider.System.GetUtcNow();
        Guid? desk = null;
        var ids = await AddEntriesAsync(now,
        [
            (DemoOrganisations.MinatoPartner, $"{token} みなと 1"), (DemoOrganisations.MinatoPartner, $"{token} みなと 2"),
            (DemoOrganisations.SakuraPartner, $"{token} さくら 1"), (DemoOrganisations.SakuraPartner, $"{token} さくら 2"),
            (DemoOrganisations.SakuraPartner, $"{token} さくら 3"),
            (desk, $"{token} 窓口内部メモ 1"), (desk, $"{token} 窓口内部メモ 2"),
        ]);
        await using var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        await using var vendor = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);

        foreach (int countLimit in new[] { 1, 10_000 })
        {
            var queries = Queries(partner, countLimit);
            var found = await queries.ListAsync(new AuditQuery(Search: token, PageSize: 50), Token);
            var internalNote = await queries.ListAsync(new AuditQuery(Search: $"{token} 窓口内部", PageSize: 50), Token);
            var theirs = await queries.ListAsync(new AuditQuery(Search: "さく", PageSize: 50), Token);

            // The page holds every match it reaches; only the total stops at the limit.
            found.Items.Select(a => a.Id).ShouldBe([ids[1], ids[0]], $"limit {countLimit}");
            found.TotalCount.ShouldBe(Math.Min(2, countLimit));
            found.TotalIsLowerBound.ShouldBe(countLimit == 1);
            internalNote.Items.ShouldBeEmpty();
            internalNote.TotalCount.ShouldBe(0);
            theirs.Items.ShouldAllBe(a => a.PartnerId == DemoOrganisations.MinatoPartner);
        }

        var all = await Queries(vendor, 10_000).ListAsync(new AuditQuery(Search: token, PageSize: 50), Token);
        all.Items.Select(a => a.Id).ShouldBe(ids.AsEnumerable().Reverse());
        all.TotalCount.ShouldBe(7);
    }

    [Fact]
    public async Task Search_OneAndTwoCharacterTermsWithAnEntityType_FindOnlyTheEntriesThatContainThem()
    {
        var now = TimeProvider.System.GetUtcNow();
        string type = "Search" + UniqueToken();
        var ids = await AddEntriesAsync(now,
            [(DemoOrganisations.SakuraPartner, "不審な通信 青葉台支店"), (DemoOrganisations.SakuraPartner, "青葉 宛"), (DemoOrganisations.SakuraPartner, "葉のみ")],
            type);
        await AddEntriesAsync(now, [(DemoOrganisations.SakuraPartner, "青葉 他の種類")]);
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var queries = Queries(scope, countLimit: 10_000);

        async Task<Guid[]> FindAsync(string term) =>
            [.. (await queries.ListAsync(new AuditQuery(type, term, 0, 50), Token)).Items.Select(a => a.Id)];

        (await FindAsync("青葉")).ShouldBe([ids[1], ids[0]]);
        (await FindAsync("葉")).ShouldBe([ids[2], ids[1], ids[0]]);
        (await FindAsync("葉台")).ShouldBe([ids[0]]);
        (await FindAsync("葉青")).ShouldBeEmpty();
    }

    // Letters only, so the term is this test's alone on the shared host.
    private static string UniqueToken() => "Zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));

    private static AuditQueries Queries(AsyncServiceScope scope, int countLimit) =>
        new(scope.ServiceProvider.GetRequiredService<IDbContextFactory<HubDbContext>>(), Options.Create(new SearchOptions { CountLimit = countLimit }));

    // One entry per (partner, note), a minute apart, oldest first; the note is the change's "after" value.
    private async Task<Guid[]> AddEntriesAsync(DateTimeOffset now, (Guid? PartnerId, string Note)[] entries, string entityType = "CaseNote")
    {
        await using var db = app.CreateContext(TenantScope.System);
        var added = entries.Select((e, i) => new AuditEntry
        {
            Id = Guid.NewGuid(), At = now.AddMinutes(i - entries.Length), UserName = "desk@vendor.example", PartnerId = e.PartnerId,
            EntityType = entityType, EntityId = Guid.NewGuid().ToString(), Action = AuditAction.Created,
            Changes = "{\"Body\":{\"before\":null,\"after\":\"" + e.Note + "\"}}",
        }).ToList();
        db.AuditEntries.AddRange(added);
        await db.SaveChangesAsync(Token);
        return [.. added.Select(a => a.Id)];
    }
}
