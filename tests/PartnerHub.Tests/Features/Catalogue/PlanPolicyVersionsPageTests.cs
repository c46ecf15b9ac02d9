using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue.Plans;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

/// <summary>
/// Issue 13: the plan policy page rendered with a vendor administrator's real queries and use case. Its own hub: a refusal
/// that did not happen would schedule a version of the UTM plan.
/// </summary>
public sealed class PlanPolicyVersionsPageTests : MudTestContext, IClassFixture<CatalogueHub>
{
    private static readonly string Plan = ServicePlan.ChamberUtm.Code;
    private readonly CatalogueHub _app;

    public PlanPolicyVersionsPageTests(CatalogueHub app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    private static DateOnly Today => CatalogueSteps.Today;

    // The demo vendor's scheduled UTM version starts on the next 1 April (DemoPlanPolicyVersions).
    private static DateOnly DemoScheduledFrom => new(Today.Month >= 4 ? Today.Year + 1 : Today.Year, 4, 1);

    private IRenderedComponent<PlanPolicyVersionsPage> Render(AsyncServiceScope scope)
    {
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PlanPolicyVersionQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ManagePlanPolicies>());
        AddAuthorization().SetAuthorized("admin@vendor.example").SetRoles(HubRoles.VendorAdmin);
        var page = Render<PlanPolicyVersionsPage>(p => p.Add(c => c.Code, Plan));
        page.WaitForElement("[data-testid=plan-policy-versions]", TimeSpan.FromSeconds(10));
        return page;
    }

    private static IReadOnlyList<(string From, string Standing)> Rows(IRenderedComponent<PlanPolicyVersionsPage> page) =>
        [.. page.FindAll("[data-testid=plan-policy-version]").Select(r => r.QuerySelectorAll("td") is var cells ? (cells[0].TextContent.Trim(), cells[1].TextContent.Trim()) : default)];

    [Fact]
    public async Task Render_PlanWithTheBuiltInAndAScheduledVersion_ListsEachWithItsStandingAndLetsOnlyTheScheduledOneChange()
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var page = Render(scope);

        Rows(page).ShouldBe([(JapaneseFormat.ShortDate(DemoScheduledFrom), "予定"), ("当初（組み込みポリシー）", "適用中")]);
        page.Find("[data-testid=plan-policy-total]").TextContent.ShouldBe("全 2 件");
        page.FindAll("[data-testid=plan-policy-version]")[0].QuerySelectorAll("[data-testid=plan-policy-withdraw]").Length.ShouldBe(1);
        page.FindAll("[data-testid=plan-policy-version]")[1].QuerySelectorAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task Schedule_RemindersThatAreNotNumbers_ShowsTheReasonInJapaneseAndStoresNothing()
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var page = Render(scope);
        var before = Rows(page);

        page.Find("input[data-testid=plan-policy-reminders]").Change("20, 五");
        await page.InvokeAsync(() => page.Find("button[data-testid=plan-policy-save]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=plan-policy-problems]").TextContent.Trim()
            .ShouldBe("解約期限の通知は数字をカンマで区切って入力してください（例: 20, 5）。"), TimeSpan.FromSeconds(10));
        Rows(page).ShouldBe(before);
    }
}
