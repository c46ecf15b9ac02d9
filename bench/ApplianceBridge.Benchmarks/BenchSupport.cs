using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ApplianceBridge.Benchmarks;

// Shared by the fake-hub and real-hub phases: the bridge child process, polling, ports, machine load.
internal static class BenchSupport
{
    public static Process StartBridge(Uri url, Uri hubUrl, string hubApiKey, string spoolPath, string credentials)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ApplianceBridge.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString());
        // The hub's reference copies its appsettings.json over the bridge's in this output folder: read the bridge's
        // own (src/ApplianceBridge, as `dotnet run --project src/ApplianceBridge` does).
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(BridgeContentRoot());
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ApplianceBridge__HubUrl"] = hubUrl.ToString();
        start.Environment["ApplianceBridge__HubApiKey"] = hubApiKey;
        start.Environment["ApplianceBridge__SpoolPath"] = spoolPath;
        start.Environment["ApplianceBridge__AppliancesFile"] = credentials;
        start.Environment["ApplianceBridge__RateLimitRequestsPerSecond"] = "1000";
        start.Environment["ApplianceBridge__RateLimitBurst"] = "1000";
        foreach (string name in new[] { "ForwardBatchSize", "ForwardIntervalMilliseconds" })
        {
            if (Environment.GetEnvironmentVariable("BENCH_" + name) is { } value)
            {
                start.Environment["ApplianceBridge__" + name] = value;
            }
        }

        return Process.Start(start)!;
    }

    private static string BridgeContentRoot() => SourceFolder("ApplianceBridge");

    // bench/ApplianceBridge.Benchmarks/bin/<Configuration>/<framework> → the repository root is five folders up.
    public static string SourceFolder(string project)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string folder = Path.Combine(output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName, "src", project);
        return File.Exists(Path.Combine(folder, "appsettings.json")) ? folder : AppContext.BaseDirectory;
    }

    public static async Task WaitForBridgeAsync(HttpClient http) =>
        await WaitForAsync(async () =>
        {
            try
            {
                using HttpResponseMessage health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30));

    public static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException("benchmark step did not finish in " + timeout);
            }

            await Task.Delay(20);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // "load 1.23 0.98 0.71" (1, 5, 15 minutes), to print beside every figure.
    public static string Load() => PartnerHub.Testing.LoadAverage.Now();
}
