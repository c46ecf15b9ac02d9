using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Security;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Who reaches which endpoint, decided by the endpoint's metadata rather than its path: an account that must still enrol
/// its second factor reaches only enrolment (issue 13: a vendor account without an authenticator downloaded the
/// all-partner customer export through a path with a dot), and an endpoint that does not say it is anonymous needs a
/// signed-in user.
/// </summary>
public partial class EndpointAccessTests(HubAppFactory app)
{
    private const string Enrolment = "/Account/Manage/EnableAuthenticator";

    [Fact]
    public async Task CustomerExport_WhenFinanceAccountHasNoAuthenticator_RedirectsToEnrolment()
    {
        var client = await HubSession.SignInAsync(app, await TestUsers.CreateAsync(app.Services, HubRoles.Finance, DemoOrganisations.Vendor));

        var export = await client.GetAsync(new Uri("/customers/export.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        export.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        export.Headers.Location!.ToString().ShouldBe(Enrolment);
    }

    [Fact]
    public async Task EveryEndpoint_WhenFinanceAccountHasNoAuthenticator_RedirectsToEnrolmentUnlessMarked()
    {
        var client = await HubSession.SignInAsync(app, await TestUsers.CreateAsync(app.Services, HubRoles.Finance, DemoOrganisations.Vendor));
        var reached = new List<string>();

        foreach (var (path, endpoint) in GetEndpoints())
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            bool sentToEnrolment = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() == Enrolment;
            bool marked = endpoint.Metadata.GetMetadata<AllowedDuringEnrolmentAttribute>() is not null;
            if (!marked && !sentToEnrolment)
            {
                reached.Add($"{path} answered {(int)response.StatusCode}");
            }
        }

        reached.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryEndpoint_WhenNotSignedIn_NeedsSignInUnlessMarkedAnonymous()
    {
        var client = app.CreateBrowserLikeClient();
        var reached = new List<string>();

        foreach (var (path, endpoint) in GetEndpoints())
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            bool toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal);
            if (!toLogin && response.StatusCode != HttpStatusCode.Unauthorized)
            {
                reached.Add($"{path} answered {(int)response.StatusCode}");
            }
        }

        reached.ShouldBeEmpty();
        GetEndpoints().ShouldContain(e => e.Path.StartsWith("/openapi/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousPages_AreOnlyTheSignInPagesErrorPagesAndLanguageSwitch()
    {
        var anonymous = GetEndpoints(includeStaticAssets: false)
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Path)
            .Order(StringComparer.Ordinal)
            .ToList();

        anonymous.ShouldAllBe(path => path.StartsWith("/Account/", StringComparison.Ordinal) || path == "/not-found" || path == "/Error"
            || path == "/culture/set");
        (await app.CreateBrowserLikeClient().GetAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginPage_WhenNotSignedIn_LoadsItsScriptsAndStyles()
    {
        var client = app.CreateBrowserLikeClient();
        var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var assets = AssetReference().Matches(login).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("http", StringComparison.Ordinal)).Distinct().ToList();

        assets.ShouldContain(u => u.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(new Uri("/" + asset.TrimStart('/'), UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
        }
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+\.(?:js|css|png))""")]
    private static partial Regex AssetReference();

    // Every GET endpoint the app maps, with its route parameters filled in so the request reaches the gates.
    private List<(string Path, RouteEndpoint Endpoint)> GetEndpoints(bool includeStaticAssets = false)
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Count == 0 || methods.HttpMethods.Contains("GET"))
            .Select(e => (Path: Fill(e.RoutePattern.RawText ?? string.Empty), Endpoint: e))
            .Where(e => includeStaticAssets || !IsStaticAsset(e.Endpoint))
            .Where(e => !e.Path.StartsWith("/_", StringComparison.Ordinal))
            .DistinctBy(e => e.Path)
            .ToList();
    }

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    private static string Fill(string pattern)
    {
        var path = RouteParameter().Replace(pattern, match => match.Groups["constraint"].Value switch
        {
            "guid" => Guid.Empty.ToString(),
            "int" or "long" => "1",
            _ => "x",
        });
        return path.StartsWith('/') ? path : "/" + path;
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(:(?<constraint>[a-z]+))?[^}]*\}")]
    private static partial Regex RouteParameter();
}
