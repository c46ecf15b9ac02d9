using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices.ThreatMappings;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>The mapping rules page rendered with the real use cases of vendor operations over the test app's database.</summary>
public class ThreatMappingsPageTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public ThreatMappingsPageTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_SignatureIdEntered_StoresTheRuleAndListsIt()
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ThreatMappingQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ThreatMappingEditor>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ThreatReclassification>());
        AddAuthorization().SetAuthorized("ops@vendor.example").SetRoles(HubRoles.VendorOperations);
        var sid = (9_400_000 + Random.Shared.Next(99_999)).ToString(CultureInfo.InvariantCulture);
        var page = Render<ThreatMappingsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=mapping-rules-total]"), TimeSpan.FromSeconds(10));

        await page.InvokeAsync(() => page.Find("input[data-testid=mapping-pattern]").Change(sid));
        await page.InvokeAsync(() => page.Find("button[data-testid=mapping-save]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=mapping-rules]").TextContent.ShouldContain(sid), TimeSpan.FromSeconds(10));
        await using var db = _app.CreateContext(TenantScope.System);
        var rule = await db.ThreatMappingRules.SingleAsync(r => r.Pattern == sid, Token);
        rule.MatchBy.ShouldBe(ThreatMatchBy.SignatureId);
        rule.ThreatClass.ShouldBe(ThreatClass.Reconnaissance);
        rule.CreatedBy.ShouldBe("ops@vendor.example");
        page.Find("[data-testid=unclassified-signatures]").ShouldNotBeNull();
    }
}
