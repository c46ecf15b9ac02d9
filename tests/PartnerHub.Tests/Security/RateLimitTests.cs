using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Identity.PasswordReset;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13, rate limiting: sign-in, two-factor, recovery-code and password-reset submissions per account and per client address, the
/// bridge API per key and downloads per user answer 429 with Retry-After; a refused sign-in never reaches lockout.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.LowLimitsHub app) : IClassFixture<RateLimitTests.LowLimitsHub>
{
    private const string WrongPassword = "Not-the-password-1";

    [Fact]
    public async Task Login_WhenStrangerRepeatsWrongPasswords_Answers429BeforeTheAccountLocks()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner);
        var stranger = ClientAt("198.51.100.10");

        for (int attempt = 0; attempt < LowLimitsHub.SignInPerAccountAndAddress; attempt++)
        {
            (await PostLoginAsync(stranger, email, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await PostLoginAsync(stranger, email, WrongPassword);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter?.Delta.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
        var user = await FindUserAsync(email);
        user.AccessFailedCount.ShouldBe(LowLimitsHub.SignInPerAccountAndAddress);
        user.LockoutEnd.ShouldBeNull();
        var owner = await PostLoginAsync(ClientAt("203.0.113.20"), email, DemoOrganisations.DemoPassword);
        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        owner.Headers.Location!.ToString().ShouldNotContain("Account/");
    }

    [Fact]
    public async Task Login_WhenOneAddressTriesManyAccounts_Answers429()
    {
        var sprayer = ClientAt("198.51.100.11");

        for (int account = 0; account < LowLimitsHub.SignInPerAddress; account++)
        {
            (await PostLoginAsync(sprayer, $"nobody{account}@spray.example", WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await PostLoginAsync(sprayer, "one-more@spray.example", WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostLoginAsync(ClientAt("198.51.100.12"), "one-more@spray.example", WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginWith2fa_WhenCodesAreGuessed_Answers429WithRetryAfter()
    {
        var guesser = ClientAt("198.51.100.13");
        var password = await PostLoginAsync(guesser, "ops@vendor.example", DemoOrganisations.DemoPassword);
        var twoFactorPage = password.Headers.Location!.ToString();
        twoFactorPage.ShouldContain("LoginWith2fa");

        for (int attempt = 0; attempt < LowLimitsHub.SignInPerAccountAndAddress; attempt++)
        {
            (await HubSession.PostFormAsync(guesser, twoFactorPage, new Dictionary<string, string> { ["Input.TwoFactorCode"] = "000000" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await HubSession.PostFormAsync(guesser, twoFactorPage, new Dictionary<string, string> { ["Input.TwoFactorCode"] = "000000" });

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task LoginWithRecoveryCode_WhenCodesAreGuessed_Answers429WithRetryAfter()
    {
        // An account of its own: failed recovery codes count towards lockout, which must not reach the demo accounts.
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.VendorOperations, DemoOrganisations.Vendor, twoFactor: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(email)).ShouldNotBeNull())).Succeeded.ShouldBeTrue();
        }

        var guesser = ClientAt("198.51.100.14");
        (await PostLoginAsync(guesser, email, DemoOrganisations.DemoPassword)).Headers.Location!.ToString().ShouldContain("LoginWith2fa");
        var guess = new Dictionary<string, string> { ["Input.RecoveryCode"] = "AAAAA-BBBBB" };
        for (int attempt = 0; attempt < LowLimitsHub.SignInPerAccountAndAddress; attempt++)
        {
            (await HubSession.PostFormAsync(guesser, "/Account/LoginWithRecoveryCode", guess)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await HubSession.PostFormAsync(guesser, "/Account/LoginWithRecoveryCode", guess);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await FindUserAsync(email)).LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task BridgeIngest_WhenOneKeySendsMoreThanItsLimit_Answers429ForThatKeyOnly()
    {
        var client = app.CreateClient();
        for (int batch = 0; batch < LowLimitsHub.BridgeBatches; batch++)
        {
            (await DeviceTestData.PostAsync(client, DeviceTestData.Batch(), TestContext.Current.CancellationToken)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var refused = await DeviceTestData.PostAsync(client, DeviceTestData.Batch(), TestContext.Current.CancellationToken);
        var otherKey = await DeviceTestData.PostAsync(client, DeviceTestData.Batch(), TestContext.Current.CancellationToken, "another-bridge-key-0123456789");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        otherKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CustomerExport_WhenUserExceedsDownloadLimit_Answers429ForThatUserOnly()
    {
        var staff = await HubSession.SignInAsync(app, "staff@minato.example");
        var otherUser = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var export = new Uri("/customers/export.xlsx", UriKind.Relative);
        for (int download = 0; download < LowLimitsHub.Downloads; download++)
        {
            (await staff.GetAsync(export, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await staff.GetAsync(export, TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await otherUser.GetAsync(export, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ForgotPassword_WhenOneAddressAsksForOneAccountTooOften_Answers429WithRetryAfterWhetherOrNotItExists()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.MinatoPartner);
        var asker = ClientAt("198.51.100.15");

        foreach (var address in new[] { email, $"nobody-{Guid.NewGuid():N}@test.example" })
        {
            for (int request = 0; request < LowLimitsHub.PasswordResetPerAccountAndAddress; request++)
            {
                (await PostForgotPasswordAsync(asker, address)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            }

            var refused = await PostForgotPasswordAsync(asker, address);

            refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, address);
            refused.Headers.RetryAfter?.Delta.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
        }

        (await PostForgotPasswordAsync(ClientAt("198.51.100.16"), email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ForgotPassword_WhenOneAddressAsksForManyAccounts_Answers429()
    {
        var prober = ClientAt("198.51.100.17");

        for (int account = 0; account < LowLimitsHub.PasswordResetPerAddress; account++)
        {
            (await PostForgotPasswordAsync(prober, $"probe{account}@probe.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await PostForgotPasswordAsync(prober, "one-more@probe.example")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostForgotPasswordAsync(ClientAt("198.51.100.18"), "one-more@probe.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ResetPassword_WhenOneAddressSubmitsTheLinkTooOften_Answers429WithRetryAfter()
    {
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, DemoOrganisations.HokurikuPartner);
        (await PostForgotPasswordAsync(ClientAt("198.51.100.19"), email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await FindUserAsync(email);
        string link;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var topic = PasswordResets.TopicPrefix + user.Id;
            link = PasswordResetMail.LinkIn((await db.OutboundEmails.SingleAsync(e => e.Topic == topic, TestContext.Current.CancellationToken)).Body);
        }

        var submitter = ClientAt("198.51.100.20");
        var mismatch = new Dictionary<string, string> { ["Input.NewPassword"] = "Neue-Passwort-2027", ["Input.ConfirmPassword"] = "Andere-Passwort-2027" };
        for (int attempt = 0; attempt < LowLimitsHub.PasswordResetPerAccountAndAddress; attempt++)
        {
            (await HubSession.PostFormAsync(submitter, link, mismatch)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await HubSession.PostFormAsync(submitter, link, mismatch);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    private static Task<HttpResponseMessage> PostForgotPasswordAsync(HttpClient client, string email) =>
        HubSession.PostFormAsync(client, "/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });

    private HttpClient ClientAt(string address)
    {
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(HubAppFactory.TestClientAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<ApplicationUser> FindUserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
    }

    /// <summary>The hub with limits low enough to reach in a test.</summary>
    public sealed class LowLimitsHub() : HubAppFactory(new Dictionary<string, string>
    {
        ["RateLimits:SignInPerAccountAndAddress:PermitLimit"] = SignInPerAccountAndAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignInPerAccountAndAddress:Window"] = "01:00:00",
        ["RateLimits:SignInPerAddress:PermitLimit"] = SignInPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignInPerAddress:Window"] = "01:00:00",
        ["RateLimits:PasswordResetPerAccountAndAddress:PermitLimit"] = PasswordResetPerAccountAndAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PasswordResetPerAccountAndAddress:Window"] = "01:00:00",
        ["RateLimits:PasswordResetPerAddress:PermitLimit"] = PasswordResetPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PasswordResetPerAddress:Window"] = "01:00:00",
        ["RateLimits:BridgeIngest:PermitLimit"] = BridgeBatches.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:BridgeIngest:Window"] = "01:00:00",
        ["RateLimits:Downloads:PermitLimit"] = Downloads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Downloads:Window"] = "01:00:00",
    })
    {
        public const int SignInPerAccountAndAddress = 3;
        public const int SignInPerAddress = 6;
        public const int PasswordResetPerAccountAndAddress = 2;
        public const int PasswordResetPerAddress = 6;
        public const int BridgeBatches = 2;
        public const int Downloads = 2;
    }
}
