using System.Diagnostics;
using System.Text;

namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>The built bridge as a real child process (`dotnet ApplianceBridge.dll`), so a test can SIGKILL it.</summary>
public sealed class BridgeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BridgeProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
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
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static async Task<BridgeProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        url ??= new Uri($"http://127.0.0.1:{FreePort.Next()}");
        string dll = LocateBridgeDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (KeyValuePair<string, string?> setting in settings)
        {
            start.Environment[setting.Key.Replace(":", "__", StringComparison.Ordinal)] = setting.Value;
        }

        var process = new Process { StartInfo = start };
        var bridge = new BridgeProcess(process, url);
        process.OutputDataReceived += (_, e) => bridge.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bridge.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

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

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
