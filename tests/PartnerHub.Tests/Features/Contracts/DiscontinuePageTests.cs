using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts.Ending;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

/// <summary>The discontinuation page previews with the real service over the test app's database (nothing is carried out).</summary>
public class DiscontinuePageTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public DiscontinuePageTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public async Task Preview_APlanInService_ShowsTheTotalsAndOnlyOnePageOfContracts()
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DiscontinueService>());
        AddAuthorization().SetAuthorized("admin@vendor.example").SetRoles(HubRoles.VendorAdmin);
        var page = Render<DiscontinuePage>();

        await page.InvokeAsync(() => page.Find("button[data-testid=discontinue-preview]").Click());

        page.WaitForAssertion(() => page.FindAll("[data-testid=discontinue-table] tbody tr").Count.ShouldBeGreaterThan(0), TimeSpan.FromSeconds(10));
        page.Find("[data-testid=discontinue-summary]").ShouldNotBeNull();
        page.Find("[data-testid=discontinue-table] [data-testid=pager-info]").ShouldNotBeNull();
        // The grid's first page (25 rows by default) is all the page reads and keeps; the demo has more sensor contracts than that
        // only at scale, so here at most one page shows.
        page.FindAll("[data-testid=discontinue-table] tbody tr").Count.ShouldBeLessThanOrEqualTo(25);
    }
}
