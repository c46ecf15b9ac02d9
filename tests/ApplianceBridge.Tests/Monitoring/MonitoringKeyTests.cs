using System.Net;
using System.Net.Http.Headers;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Monitoring;

public sealed class MonitoringKeyTests : BridgeTestBase
{
    [Theory]
    [InlineData("/metrics")]
    [InlineData("/quarantine")]
    public async Task Get_WithoutOrWithWrongKey_Returns401AndWithTheKey200(string path)
    {
        BridgeFactory bridge = StartBridge();
        using HttpClient anonymous = bridge.Server.CreateClient();
        using HttpClient wrong = bridge.Server.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-monitoring-key-0123");

        using HttpResponseMessage withoutKey = await anonymous.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage withWrongKey = await wrong.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage withKey = await bridge.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withWrongKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withWrongKey.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("bridge_");
        withKey.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_MetricsWithNoKeyConfigured_Returns403NamingTheSetting()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:MonitoringApiKey"] = null });

        using HttpResponseMessage response = await bridge.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("ApplianceBridge:MonitoringApiKey");
    }

    [Fact]
    public async Task Get_HealthWithoutKey_Returns200()
    {
        BridgeFactory bridge = StartBridge();
        using HttpClient anonymous = bridge.Server.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
