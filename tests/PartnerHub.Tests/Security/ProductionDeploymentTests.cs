using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Features.Identity.FirstRun;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security;

/// <summary>
/// Issue 13, deployment behind a TLS proxy, on a host started as production would be (Production environment, no demo
/// data, key certificate, strong bridge keys, one known proxy): plain http is redirected to https, https gets HSTS, only
/// the known proxy may say a request came over https, and the cookies of a sign-in are Secure, HttpOnly and SameSite.
/// </summary>
public sealed class ProductionDeploymentTests(ProductionDeploymentTests.ProductionHub app, HubAppFactory development)
    : IClassFixture<ProductionDeploymentTests.ProductionHub>
{
    private const string KnownProxy = "10.0.0.5";

    // HSTS is never sent to localhost (HstsOptions.ExcludedHosts), so the requests name the public host.
    private static readonly Uri PublicHost = new("http://hub.example/");

    [Fact]
    public async Task PlainHttpRequest_InProduction_IsRedirectedToHttps()
    {
        var response = await GetLoginAsync(Client(app));

        response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.ShouldBe(new Uri("https://hub.example/Account/Login"));
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task HttpsFromTheKnownProxy_InProduction_IsServedWithHsts()
    {
        var response = await GetLoginAsync(Client(app, KnownProxy, "https"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=2592000"]);
    }

    [Theory]
    [InlineData("198.51.100.40")]
    [InlineData("127.0.0.1")] // loopback is trusted only while no proxy is configured
    public async Task ForwardedHttps_FromAnAddressThatIsNotTheKnownProxy_IsIgnoredAndRedirected(string sender)
    {
        var response = await GetLoginAsync(Client(app, sender, "https"));

        response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.Scheme.ShouldBe("https");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task HttpsRequest_InDevelopment_GetsNoHstsAndPlainHttpIsNotRedirected()
    {
        var https = await GetLoginAsync(Client(development, "127.0.0.1", "https"));
        var plain = await GetLoginAsync(Client(development));

        https.StatusCode.ShouldBe(HttpStatusCode.OK);
        https.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_InProductionThroughTheKnownProxy_SetsSecureHttpOnlySameSiteCookies()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (account, problems) = await scope.ServiceProvider.GetRequiredService<FirstRunSetup>()
            .RunAsync(new FirstRunInput("Production Vendor", "プロダクション", "admin@production.example", "管理者"), TestContext.Current.CancellationToken);
        problems.ShouldBeEmpty();
        var client = Client(app, KnownProxy, "https");
        var page = await GetLoginAsync(client);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        // The client talks plain http to the test host, so it would not send a Secure cookie back: carry it by hand.
        client.DefaultRequestHeaders.Add("Cookie", antiforgery.Split(';')[0]);

        var login = await HubSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = account!.Email, ["Input.Password"] = account.InitialPassword,
        });

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = login.Headers.GetValues("Set-Cookie").Append(antiforgery).Where(c => c.StartsWith(".AspNetCore.", StringComparison.Ordinal)).ToList();
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase) && c.Contains("; httponly", StringComparison.OrdinalIgnoreCase)
            && (c.Contains("; samesite=lax", StringComparison.OrdinalIgnoreCase) || c.Contains("; samesite=strict", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Start_InProductionWithDemoDataAndAShortBridgeKey_IsRefusedNamingBothSettings()
    {
        using var unsafeHub = app.WithWebHostBuilder(b => b
            .UseSetting("Database:SeedDemoData", "true")
            .UseSetting("Devices:Ingest:Bridges:1:ApiKey", "0123456789abcdef0123"));

        var refusal = Should.Throw<InvalidOperationException>(() => unsafeHub.Services);

        refusal.Message.ShouldContain("Database:SeedDemoData");
        refusal.Message.ShouldContain("Devices:Ingest:Bridges:1:ApiKey");
    }

    private static Task<HttpResponseMessage> GetLoginAsync(HttpClient client) =>
        client.GetAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);

    private static HttpClient Client(HubAppFactory host, string? sender = null, string? forwardedScheme = null)
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PublicHost });
        if (sender is not null)
        {
            client.DefaultRequestHeaders.Add(HubAppFactory.TestClientAddressHeader, sender);
        }

        if (forwardedScheme is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedScheme);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");
        }

        return client;
    }

    /// <summary>The hub with the settings a production start accepts (ProductionSettingsGuard) and one known proxy.</summary>
    public sealed class ProductionHub() : HubAppFactory(new Dictionary<string, string>
    {
        ["environment"] = "Production",
        ["Database:SeedDemoData"] = "false",
        ["DataProtection:CertificatePath"] = KeyCertificate.Value,
        ["DataProtection:CertificatePassword"] = "pfx-password",
        ["Devices:Ingest:Bridges:0:ApiKey"] = "q8Vn3xK0b7Yt2LmPz5RwA9cE1hJ6uSgD4fTiNoXyBvM=",
        ["Devices:Ingest:Bridges:0:Appliances:0"] = "TST-*",
        ["Devices:Ingest:Bridges:1:ApiKey"] = "Zr4Wq7Lp0Xc2Vb9Nm5Kj8Hg3Fd6Sa1PoIuYtReWqEs=",
        ["ForwardedHeaders:KnownProxies:0"] = KnownProxy,
        ["AllowedHosts"] = "hub.example",
    })
    {
        private static readonly Lazy<string> KeyCertificate = new(CreateCertificate);

        private static string CreateCertificate()
        {
            string pfx = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"keys-{Guid.NewGuid():N}.pfx");
            Directory.CreateDirectory(Path.GetDirectoryName(pfx)!);
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=PartnerHub keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
            return pfx;
        }
    }
}
