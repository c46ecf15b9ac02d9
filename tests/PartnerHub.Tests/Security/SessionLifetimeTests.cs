using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13: a staff sign-in (vendor, desk, finance) ends <c>Sessions:StaffLifetime</c> after signing in even while the
/// user keeps working (sliding renewal must not extend it); partners keep their own sliding lifetime. The hub runs on a
/// fake clock and checks the session on every request, so every request renews the cookie.
/// </summary>
public sealed class StaffSessionLifetimeTests(FakeClockHub app) : IClassFixture<FakeClockHub>
{
    [Fact]
    public async Task StaffSession_WhenActiveButOlderThanStaffLifetime_IsRejected()
    {
        var finance = DemoDataSeeder.Logins.First(l => l.Role == HubRoles.Finance).Email;
        var client = await HubSession.SignInAsync(app, finance, clock: app.Clock);

        // Working every hour: each request renews the cookie for another 8 hours from that request.
        for (int hour = 1; hour < 8; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            (await SessionLifetime.GetHomeAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{hour} h after sign-in");
        }

        app.Clock.Advance(TimeSpan.FromHours(1));
        var after = await SessionLifetime.GetHomeAsync(client);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

/// <summary>The partner half of the rule, on a host of its own so its clock jumps do not disturb the staff test's code.</summary>
public sealed class PartnerSessionLifetimeTests(FakeClockHub app) : IClassFixture<FakeClockHub>
{
    [Fact]
    public async Task PartnerSession_WhenActivePastStaffLifetimeThenIdlePastPartnerLifetime_SlidesThenEnds()
    {
        var partner = DemoDataSeeder.Logins.First(l => l.Role == HubRoles.PartnerStaff).Email;
        var client = await HubSession.SignInAsync(app, partner, clock: app.Clock);

        for (int hour = 1; hour <= 10; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            (await SessionLifetime.GetHomeAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{hour} h after sign-in");
        }

        // Renewed at the last request: 13 idle days later it still holds, 14 days after that request it has ended.
        app.Clock.Advance(TimeSpan.FromDays(13));
        (await SessionLifetime.GetHomeAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var after = await SessionLifetime.GetHomeAsync(client);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

internal static class SessionLifetime
{
    public static Task<HttpResponseMessage> GetHomeAsync(HttpClient client) =>
        client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
}

/// <summary>The hub on a fake clock (starting now), checking every request's session.</summary>
public sealed class FakeClockHub() : HubAppFactory(new Dictionary<string, string> { ["Sessions:ValidationInterval"] = "00:00:00" })
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
