using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Search;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>
/// The alert list's text search through the SQLite indexes (docs/search.md): a frequent term's first page and its
/// bounded total, one- and two-character terms (the bigram index), and a partner's search never reaching another
/// partner's alerts.
/// </summary>
public class AlertSearchTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_FrequentTermBeyondTheCountLimit_ShowsTheNewestPageAndALowerBoundTotal()
    {
        string token = UniqueToken();
        var deployment = await DeployAsync(DemoOrganisations.SakuraPartner, "符", "号");
        var now = TimeProvider.System.GetUtcNow();
        var signatures = Enumerable.Range(1, 7).Select(i => $"ET SCAN {token} probe {i}").ToArray();
        await PostAlertsAsync(deployment, now, signatures);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);

        var bounded = Queries(scope, countLimit: 3);
        var first = await bounded.ListAsync(new AlertListQuery(token, null, null, null, null, null, 0, 2), Token);
        var second = await bounded.ListAsync(new AlertListQuery(token, null, null, null, null, null, 1, 2), Token);
        var exact = await Queries(scope, countLimit: 100).ListAsync(new AlertListQuery(token, null, null, null, null, null, 0, 2), Token);

        // Posted oldest first (probe 1 is seven minutes old): the newest first, page by page.
        first.Items.Select(a => a.Signature).ShouldBe([signatures[6], signatures[5]]);
        second.Items.Select(a => a.Signature).ShouldBe([signatures[4], signatures[3]]);
        first.TotalCount.ShouldBe(3);
        first.TotalIsLowerBound.ShouldBeTrue();
        exact.Items.Select(a => a.Signature).ShouldBe(first.Items.Select(a => a.Signature));
        exact.TotalCount.ShouldBe(7);
        exact.TotalIsLowerBound.ShouldBeFalse();
    }

    [Fact]
    public async Task Search_OneAndTwoCharacterJapaneseTerms_FindOnlyTheAlertsThatContainThem()
    {
        // The customer's name must not contain the terms: the search also finds a matching customer's alerts.
        var deployment = await DeployAsync(DemoOrganisations.SakuraPartner, "青", "葉", "ス", "H");
        var now = TimeProvider.System.GetUtcNow();
        await PostAlertsAsync(deployment, now, "不審な通信 青葉台支店", "青葉 宛の通信", "葉のみ", "ET SCAN SSHスキャン検知", "ET POLICY 青い通信");
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = Queries(scope, countLimit: 10_000);

        async Task<string[]> FindAsync(string term) =>
            [.. (await queries.ListAsync(new AlertListQuery(term, null, null, deployment.ApplianceId, null, null, 0, 25), Token)).Items.Select(a => a.Signature).Order(StringComparer.Ordinal)];

        (await FindAsync("青葉")).ShouldBe(["不審な通信 青葉台支店", "青葉 宛の通信"], ignoreOrder: true);
        (await FindAsync("葉")).ShouldBe(["不審な通信 青葉台支店", "青葉 宛の通信", "葉のみ"], ignoreOrder: true);
        (await FindAsync("青")).ShouldBe(["不審な通信 青葉台支店", "青葉 宛の通信", "ET POLICY 青い通信"], ignoreOrder: true);
        (await FindAsync("葉台")).ShouldBe(["不審な通信 青葉台支店"]);
        (await FindAsync("台支")).ShouldBe(["不審な通信 青葉台支店"]);
        (await FindAsync("い通")).ShouldBe(["ET POLICY 青い通信"]);
        (await FindAsync("葉青")).ShouldBeEmpty();
        // Latin and kana together, as two characters, one and three.
        (await FindAsync("Hス")).ShouldBe(["ET SCAN SSHスキャン検知"]);
        (await FindAsync("SSHス")).ShouldBe(["ET SCAN SSHスキャン検知"]);
        (await FindAsync("ス")).ShouldBe(["ET SCAN SSHスキャン検知"]);
        (await FindAsync("hス")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_PartnerUser_NeverSeesAnotherPartnersAlerts()
    {
        string token = UniqueToken();
        var minato = await DeployAsync(DemoOrganisations.MinatoPartner);
        var sakura = await DeployAsync(DemoOrganisations.SakuraPartner);
        var now = TimeProvider.System.GetUtcNow();
        await PostAlertsAsync(minato, now, $"ET SCAN {token} みなと 1", $"ET SCAN {token} みなと 2");
        await PostAlertsAsync(sakura, now, [.. Enumerable.Range(1, 5).Select(i => $"ET SCAN {token} さくら {i}")]);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        foreach (int countLimit in new[] { 1, 10_000 })
        {
            var queries = Queries(scope, countLimit);
            var found = await queries.ListAsync(new AlertListQuery(token, null, null, null, null, null, 0, 25), Token);
            var throughTheirAppliance = await queries.ListAsync(new AlertListQuery(token, null, null, sakura.ApplianceId, null, null, 0, 25), Token);
            var twoCharacters = await queries.ListAsync(new AlertListQuery("さく", null, null, sakura.ApplianceId, null, null, 0, 25), Token);

            found.Items.ShouldNotBeEmpty();
            found.Items.ShouldAllBe(a => a.ApplianceSerial == minato.Serial, $"limit {countLimit}");
            found.TotalCount.ShouldBe(Math.Min(2, countLimit));
            throughTheirAppliance.Items.ShouldBeEmpty();
            throughTheirAppliance.TotalCount.ShouldBe(0);
            twoCharacters.Items.ShouldBeEmpty();
            twoCharacters.TotalCount.ShouldBe(0);
        }
    }

    // Letters only (a run the generated signatures never hold), so the term is this test's alone on the shared host.
    private static string UniqueToken() => "Zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));

    private static AlertQueries Queries(AsyncServiceScope scope, int countLimit) =>
        new(scope.ServiceProvider.GetRequiredService<IDbContextFactory<HubDbContext>>(), scope.ServiceProvider.GetRequiredService<CurrentUser>(),
            Options.Create(new SearchOptions { CountLimit = countLimit }));

    private async Task<Deployment> DeployAsync(Guid partnerId, params string[] notInCustomerName)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var customers = await db.Customers.Where(c => c.PartnerId == partnerId).Select(c => new { c.Id, c.Name, c.NameKana }).ToListAsync(Token);
        var customer = customers.First(c => !notInCustomerName.Any(t => c.Name.Contains(t, StringComparison.Ordinal) || c.NameKana.Contains(t, StringComparison.Ordinal)));
        return await DeviceTestData.DeployAsync(app, partnerId, Token, customer.Id);
    }

    private async Task PostAlertsAsync(Deployment deployment, DateTimeOffset now, params string[] signatures)
    {
        var events = signatures.Select((signature, i) => DeviceTestData.Alert(deployment.Serial, now.AddMinutes(i - signatures.Length), signature)).ToArray();
        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(events), Token);
        response.IsSuccessStatusCode.ShouldBeTrue();
    }
}
