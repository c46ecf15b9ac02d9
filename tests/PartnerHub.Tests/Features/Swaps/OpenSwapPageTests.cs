using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Swaps;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Swaps;

/// <summary>The swap form with the partner's real use cases: what it proposes can be sent as it is.</summary>
public class OpenSwapPageTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public OpenSwapPageTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public async Task Open_EarlyInTheMorningWithTheProposedStart_OpensTheCase()
    {
        var deployment = await DeviceTestData.DeployAsync(_app, DemoOrganisations.MinatoPartner, Xunit.TestContext.Current.CancellationToken);
        // 6:30 in Tokyo: the 9:00 the form used to propose for today was still to come, and the case was refused as "in the future".
        var today = JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(6, 30)), TimeSpan.FromHours(9)));
        await using var scope = _app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SwapQueries>());
        Services.AddSingleton(new OpenSwap(scope.ServiceProvider.GetRequiredService<HubDbContextFactory>(), scope.ServiceProvider.GetRequiredService<CurrentUser>(), clock,
            scope.ServiceProvider.GetRequiredService<IBusinessCalendarSource>(), scope.ServiceProvider.GetRequiredService<SwapEvidenceUploads>()));
        AddAuthorization().SetAuthorized("staff@minato.example").SetRoles(HubRoles.PartnerStaff);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("appliance", deployment.ApplianceId.ToString()));

        var page = Render<OpenSwapPage>();
        page.WaitForElement("textarea").Change("電源ランプが点滅し応答しない");
        await page.InvokeAsync(() => page.Find("button[data-testid=swap-open]").Click());

        page.WaitForAssertion(() => navigation.Uri.ShouldMatch("/swaps/[0-9a-f-]{36}$"), TimeSpan.FromSeconds(10));
        page.FindAll("[data-testid=swap-open-error]").ShouldBeEmpty();
    }
}
