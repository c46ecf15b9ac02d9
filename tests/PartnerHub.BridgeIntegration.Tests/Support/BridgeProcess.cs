namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>The built bridge as a real child process (`dotnet ApplianceBridge.dll`), so a test can SIGKILL it.</summary>
public sealed class BridgeProcess : IDisposable
{
    private readonly ChildProcess _process;

    private BridgeProcess(ChildProcess process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public const string MonitoringApiKey = "integration-monitoring-key-0123456789";

    public string Output => _process.Output;

    /// <summary>A client of this bridge that may read /metrics and /quarantine.</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = Url, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MonitoringApiKey);
        return http;
    }

    /// <summary>Settings for one appliance and a hub, with fast retries so the tests do not wait on production backoff.</summary>
    public static Dictionary<string, string?> Settings(string spoolPath, Uri hubUrl, string serial, string secret, string hubApiKey = RealHub.BridgeApiKey) => new()
    {
        ["ApplianceBridge:BridgeId"] = RealHub.BridgeId,
        ["ApplianceBridge:HubUrl"] = hubUrl.ToString(),
        ["ApplianceBridge:HubApiKey"] = hubApiKey,
        ["ApplianceBridge:SpoolPath"] = spoolPath,
        ["ApplianceBridge:Appliances:0:Serial"] = serial,
        ["ApplianceBridge:Appliances:0:Secret"] = secret,
        ["ApplianceBridge:ForwardIntervalMilliseconds"] = "50",
        ["ApplianceBridge:BackoffInitialMilliseconds"] = "20",
        ["ApplianceBridge:BackoffMaxMilliseconds"] = "300",
        ["ApplianceBridge:CircuitFailureThreshold"] = "3",
        ["ApplianceBridge:CircuitOpenSeconds"] = "1",
        ["ApplianceBridge:HubTimeoutSeconds"] = "10",
        ["ApplianceBridge:RateLimitRequestsPerSecond"] = "1000",
        ["ApplianceBridge:RateLimitBurst"] = "1000",
        ["ApplianceBridge:MonitoringApiKey"] = MonitoringApiKey,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static async Task<BridgeProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        url ??= new Uri($"http://127.0.0.1:{FreePort.Next()}");
        string dll = LocateBridgeDll();
        var start = ChildProcess.Dotnet(Path.GetDirectoryName(dll)!);
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (KeyValuePair<string, string?> setting in settings)
        {
            start.Environment[setting.Key.Replace(":", "__", StringComparison.Ordinal)] = setting.Value;
        }

        var bridge = new BridgeProcess(ChildProcess.Start(start), url);
        ChildProcess process = bridge._process;

        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
        await Wait.UntilAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"bridge exited with {process.ExitCode}:\n{bridge.Output}");
            }

            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, "the bridge process to listen", timeoutSeconds: 60);
        return bridge;
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing; only what SQLite committed survives.</summary>
    public void KillHard() => _process.KillHard();

    public void Dispose() => _process.Dispose();

    // src/ApplianceBridge/bin/<Configuration>/<framework>/ApplianceBridge.dll, built first through the project reference
    // (tests/PartnerHub.BridgeIntegration.Tests/bin/<Configuration>/<framework> → the repository root is five up).
    internal static string LocateBridgeDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent!.Name;
        DirectoryInfo repository = output.Parent.Parent!.Parent!.Parent!.Parent!;
        string dll = Path.Combine(repository.FullName, "src", "ApplianceBridge", "bin", configuration, framework, "ApplianceBridge.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/ApplianceBridge first", dll);
    }
}
