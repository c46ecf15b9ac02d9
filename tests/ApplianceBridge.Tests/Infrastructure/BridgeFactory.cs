using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ApplianceBridge.Tests.Infrastructure;

// The bridge in process (TestServer) with its spool in a folder the test owns and fast retry settings, forwarding to
// a FakeHub over real HTTP.
public sealed class BridgeFactory(string spoolPath, Uri hubUrl, IReadOnlyDictionary<string, string?>? overrides = null)
    : WebApplicationFactory<Program>
{
    public const string Serial = "SN-TEST-0001";
    public const string Secret = "appliance-secret-0001-abcdef";
    public const string OtherSerial = "SN-TEST-0002";
    public const string OtherSecret = "appliance-secret-0002-abcdef";
    public const string MonitoringApiKey = "test-monitoring-key-0123456789";

    public static Dictionary<string, string?> Settings(string spoolPath, Uri hubUrl) => new()
    {
        ["ApplianceBridge:BridgeId"] = "bridge-test",
        ["ApplianceBridge:HubUrl"] = hubUrl.ToString(),
        ["ApplianceBridge:HubApiKey"] = FakeHub.ApiKey,
        ["ApplianceBridge:SpoolPath"] = spoolPath,
        ["ApplianceBridge:Appliances:0:Serial"] = Serial,
        ["ApplianceBridge:Appliances:0:Secret"] = Secret,
        ["ApplianceBridge:Appliances:1:Serial"] = OtherSerial,
        ["ApplianceBridge:Appliances:1:Secret"] = OtherSecret,
        ["ApplianceBridge:ForwardIntervalMilliseconds"] = "50",
        ["ApplianceBridge:BackoffInitialMilliseconds"] = "20",
        ["ApplianceBridge:BackoffMaxMilliseconds"] = "200",
        ["ApplianceBridge:CircuitFailureThreshold"] = "3",
        ["ApplianceBridge:CircuitOpenSeconds"] = "1",
        ["ApplianceBridge:HubTimeoutSeconds"] = "5",
        ["ApplianceBridge:RateLimitRequestsPerSecond"] = "1000",
        ["ApplianceBridge:RateLimitBurst"] = "1000",
        ["ApplianceBridge:MonitoringApiKey"] = MonitoringApiKey,
    };

    // Test clients may read /metrics and /quarantine; MonitoringKeyTests uses clients without the key.
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MonitoringApiKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Dictionary<string, string?> settings = Settings(spoolPath, hubUrl);
        foreach (KeyValuePair<string, string?> item in overrides ?? new Dictionary<string, string?>())
        {
            settings[item.Key] = item.Value;
        }

        foreach (KeyValuePair<string, string?> item in settings)
        {
            builder.UseSetting(item.Key, item.Value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
