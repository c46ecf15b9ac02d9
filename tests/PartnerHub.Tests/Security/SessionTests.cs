using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13, sessions: staff sign-ins are short, a lock, a role change or a deactivated organisation ends sessions at the
/// next check, and users of an inactive organisation cannot sign in.
/// </summary>
public sealed class SessionTests(SessionTests.EveryRequestCheckedHub app) : IClassFixture<SessionTests.EveryRequestCheckedHub>
{
    private static readonly Uri Home = new("/", UriKind.Relative);

    [Fact]
    public void SessionChecks_ByDefault_HappenEveryMinute()
    {
        using var defaults = new HubAppFactory();

        defaults.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Login_WhenOrganisationIsInactive_RefusesWithMessage()
    {
        var (email, organisationId) = await CreatePartnerUserAsync(HubRoles.PartnerStaff);
        await SetActiveAsync(organisationId, active: false);

        var login = await PostLoginAsync(app.CreateBrowserLikeClient(), email, rememberMe: false);

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("所属組織の利用が停止されている");
    }

    [Fact]
    public async Task Session_WhenOrganisationIsDeactivated_EndsAtTheNextCheck()
    {
        var (email, organisationId) = await CreatePartnerUserAsync(HubRoles.PartnerAdmin);
        var client = await HubSession.SignInAsync(app, email);
        (await client.GetAsync(Home, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SetActiveAsync(organisationId, active: false);
        var after = await client.GetAsync(Home, TestContext.Current.CancellationToken);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Session_WhenAccountIsLocked_EndsAtTheNextCheck()
    {
        var (email, _) = await CreatePartnerUserAsync(HubRoles.PartnerStaff);
        var client = await HubSession.SignInAsync(app, email);
        (await client.GetAsync(Home, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            // As ManageUserAccess.SetLockedAsync does for an administrator's lock.
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }

        var after = await client.GetAsync(Home, TestContext.Current.CancellationToken);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Session_WhenAdministratorChangesTheRole_EndsAtTheNextCheck()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner);
        var client = await HubSession.SignInAsync(app, email);
        (await client.GetAsync(Home, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin))
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
            (await scope.ServiceProvider.GetRequiredService<PartnerHub.Features.Organisations.Users.ManageUserAccess>().ChangeRoleAsync(user.Id, HubRoles.PartnerAdmin))
                .Succeeded.ShouldBeTrue();
        }

        var after = await client.GetAsync(Home, TestContext.Current.CancellationToken);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task OpenPage_WhenTheOrganisationIsDeactivated_FailsItsNextRevalidation()
    {
        var (email, organisationId) = await CreatePartnerUserAsync(HubRoles.PartnerStaff);
        await using var scope = app.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
        // The open page's (circuit's) provider, as Blazor asks it every Sessions:ValidationInterval.
        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        var validate = provider.GetType().GetMethod("ValidateAuthenticationStateAsync", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance).ShouldNotBeNull();
        Task<bool> StillValidAsync() =>
            (Task<bool>)validate.Invoke(provider, [new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(principal), TestContext.Current.CancellationToken])!;
        (await StillValidAsync()).ShouldBeTrue();

        await SetActiveAsync(organisationId, active: false);

        (await StillValidAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task EnrolmentPage_WhenItCreatesTheAuthenticatorKey_KeepsTheUserSignedIn()
    {
        var (email, _) = await CreatePartnerUserAsync(HubRoles.PartnerStaff);
        var client = await HubSession.SignInAsync(app, email);

        (await client.GetAsync(new Uri("/Account/Manage/EnableAuthenticator", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await client.GetAsync(Home, TestContext.Current.CancellationToken);

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(HubRoles.Finance, 8)]
    [InlineData(HubRoles.PartnerStaff, 14 * 24)]
    public async Task Login_WhenRemembered_CookieLastsTheRolesLifetime(string role, int hours)
    {
        var (email, _) = role == HubRoles.Finance ? (await TestUsers.CreateAsync(app.Services, role, DemoOrganisations.Vendor), DemoOrganisations.Vendor) : await CreatePartnerUserAsync(role);

        var login = await PostLoginAsync(app.CreateBrowserLikeClient(), email, rememberMe: true);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(cookie.Split("expires=", StringSplitOptions.None)[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        (expires - TimeProvider.System.GetUtcNow()).TotalHours.ShouldBe(hours, tolerance: 0.1);
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, bool rememberMe) =>
        HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = DemoOrganisations.DemoPassword, ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });

    private async Task<(string Email, Guid OrganisationId)> CreatePartnerUserAsync(string role)
    {
        var organisation = new Organisation(Guid.NewGuid(), OrganisationKind.SalesPartner, $"停止確認 {Guid.NewGuid():N}", "テイシカクニン");
        await using (var db = app.CreateContext(TestScopes.VendorAdmin))
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        return (await TestUsers.CreateAsync(app.Services, role, organisation.Id), organisation.Id);
    }

    private async Task SetActiveAsync(Guid organisationId, bool active)
    {
        await using var db = app.CreateContext(TestScopes.VendorAdmin);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, TestContext.Current.CancellationToken);
        organisation.IsActive = active;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The hub checking every request's account, so a test sees a session end without waiting a minute.</summary>
    public sealed class EveryRequestCheckedHub() : HubAppFactory(new Dictionary<string, string> { ["Sessions:ValidationInterval"] = "00:00:00" });
}
