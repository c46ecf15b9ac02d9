using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

// Reads only: the shared hub serves it.
public sealed class CataloguePagesTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] s_pages =
    [
        "/catalogue/price-lists", "/catalogue/price-lists/new", $"/catalogue/price-lists/{CatalogueSteps.SensorInForce}",
        $"/catalogue/price-lists/{CatalogueSteps.SensorScheduled}", "/catalogue/plans", "/catalogue/calendars", "/catalogue/calendars/000",
    ];

    public static TheoryData<string> Pages => new(s_pages);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_VendorAdmin_Renders(string page)
    {
        var admin = await HubSession.SignInAsync(app, "admin@vendor.example");

        var html = await admin.GetStringAsync(new Uri(page, UriKind.Relative), Token);

        html.ShouldContain("mud-typography-h5");
    }

    [Fact]
    public async Task Pages_show_the_versions_the_policies_and_the_calendar_closures()
    {
        var admin = await HubSession.SignInAsync(app, "admin@vendor.example");

        var inForce = await admin.GetStringAsync(new Uri($"/catalogue/price-lists/{CatalogueSteps.SensorInForce}", UriKind.Relative), Token);
        var scheduled = await admin.GetStringAsync(new Uri($"/catalogue/price-lists/{CatalogueSteps.SensorScheduled}", UriKind.Relative), Token);
        var plans = await admin.GetStringAsync(new Uri("/catalogue/plans", UriKind.Relative), Token);
        var calendar = await admin.GetStringAsync(new Uri("/catalogue/calendars/000", UriKind.Relative), Token);

        inForce.ShouldNotContain("data-testid=\"price-list-save\"");
        inForce.ShouldContain("適用中");
        scheduled.ShouldContain("data-testid=\"price-list-save\"");
        plans.Split("data-testid=\"plan-policy\"").Length.ShouldBe(3);
        plans.ShouldNotContain("data-testid=\"plan-refused\"");
        // The adjustments list loads after the page opens; the closed days it causes are on the page at once.
        await using var db = app.CreateContext(TenantScope.System);
        var closure = await db.CalendarAdjustments.AsNoTracking().SingleAsync(a => a.CalendarCode == "000", Token);
        var firstClosedWeekday = closure.Days().First(d => BusinessCalendars.ThreatSharing.IsBusinessDay(d));
        calendar.ShouldContain(JapaneseFormat.ShortDate(firstClosedWeekday));
    }

    [Theory]
    [InlineData("admin@minato.example")]
    [InlineData("staff@minato.example")]
    [InlineData("finance@vendor.example")]
    [InlineData("desk@vendor.example")]
    [InlineData("ops@vendor.example")]
    public async Task Pages_OtherRoles_AreDenied(string email)
    {
        var client = await HubSession.SignInAsync(app, email);

        foreach (var page in s_pages)
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative), Token);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden);
        }
    }
}
