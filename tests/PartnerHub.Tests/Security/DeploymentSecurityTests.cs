using System.Text.RegularExpressions;
using PartnerHub.Data.Seeding;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13, deployment behind a TLS proxy: the scheme and client address come only from a known proxy, cookies are
/// Secure over HTTPS, HttpOnly and SameSite, and every response carries the browser protections.
/// </summary>
public sealed partial class DeploymentSecurityTests(HubAppFactory app)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    [InlineData("/favicon.png")]
    public async Task AnyResponse_Always_CarriesSecurityHeaders(string path)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("script-src 'self';");
        policy.ShouldContain("connect-src 'self' ws: wss:");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
    }

    [Fact]
    public async Task LoginPage_WhenRendered_HasNoInlineScriptTheCspWouldBlock()
    {
        var page = await app.CreateBrowserLikeClient().GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);

        var scripts = ScriptTag().Matches(page).Select(m => m.Value).ToList();

        scripts.ShouldNotBeEmpty();
        scripts.ShouldAllBe(tag => tag.Contains(" src=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInCookies_WhenKnownProxyForwardsHttps_AreSecureHttpOnlyAndSameSite()
    {
        var client = ClientBehind("127.0.0.1", "https", handleCookies: false);
        // The client talks plain http to the test host, so it would not send a Secure cookie back: carry it by hand.
        client.DefaultRequestHeaders.Add("Cookie", (await AntiforgeryCookieAsync(client)).Split(';')[0]);

        var login = await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "staff@sakura.example", ["Input.Password"] = DemoOrganisations.DemoPassword,
        });

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        cookie.ShouldContain("; secure", Case.Insensitive);
        cookie.ShouldContain("; httponly", Case.Insensitive);
        cookie.ShouldContain("; samesite=lax", Case.Insensitive);
    }

    [Fact]
    public async Task AntiforgeryCookie_WhenKnownProxyForwardsHttps_IsSecureHttpOnlyAndStrict()
    {
        var cookie = await AntiforgeryCookieAsync(ClientBehind("127.0.0.1", "https"));

        cookie.ShouldContain("; secure", Case.Insensitive);
        cookie.ShouldContain("; httponly", Case.Insensitive);
        cookie.ShouldContain("; samesite=strict", Case.Insensitive);
    }

    [Fact]
    public async Task ForwardedHttps_WhenSentByUnknownAddress_IsIgnored()
    {
        var cookie = await AntiforgeryCookieAsync(ClientBehind("198.51.100.40", "https"));

        cookie.ShouldNotContain("; secure", Case.Insensitive);
    }

    private static async Task<string> AntiforgeryCookieAsync(HttpClient client)
    {
        var page = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        return page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }

    private HttpClient ClientBehind(string proxyAddress, string forwardedScheme, bool handleCookies = true)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = handleCookies });
        client.DefaultRequestHeaders.Add(HubAppFactory.TestClientAddressHeader, proxyAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedScheme);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");
        return client;
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
