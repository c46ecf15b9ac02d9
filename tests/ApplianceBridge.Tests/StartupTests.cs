using System.Net;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests;

// The README's walk-through starts the bridge from the repository root and sends the simulator to :5090.
public sealed class StartupTests : BridgeTestBase
{
    private static readonly Uri ReadmeUrl = new("http://127.0.0.1:5090");

    [Fact]
    public async Task Start_FromTheRepositoryRoot_ReadsItsOwnSettingsAndListensOnTheReadmePort()
    {
        using BridgeProcess bridge = await BridgeProcess.StartFromAsync(BridgeProcess.RepositoryRoot(), BridgeFactory.Settings(SpoolPath, Hub.Url), ReadmeUrl);
        using var http = new HttpClient { BaseAddress = ReadmeUrl, Timeout = TimeSpan.FromSeconds(10) };

        using HttpResponseMessage health = await http.GetAsync("/health", TestContext.Current.CancellationToken);

        health.StatusCode.ShouldBe(HttpStatusCode.OK, bridge.Output);
        File.Exists(SpoolPath).ShouldBeTrue(bridge.Output);
    }
}
