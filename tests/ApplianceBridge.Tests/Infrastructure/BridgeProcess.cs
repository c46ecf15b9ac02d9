using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ApplianceBridge.Tests.Infrastructure;

// The built bridge as a real child process (`dotnet ApplianceBridge.dll`), so a test can SIGKILL it.
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

    public static Task<BridgeProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, Uri? url = null)
    {
        url ??= new Uri($"http://127.0.0.1:{FreePort()}");
        string dll = LocateBridgeDll();
        return StartAsync(dll, Path.GetDirectoryName(dll)!, settings, url, ["--urls", url.ToString()]);
    }

    // As the README's walk-through starts it: from another folder, listening where its own appsettings.json says.
    public static Task<BridgeProcess> StartFromAsync(string workingDirectory, IReadOnlyDictionary<string, string?> settings, Uri configuredUrl) =>
        StartAsync(LocateBridgeDll(), workingDirectory, settings, configuredUrl, []);

    // The folder holding PartnerHub.sln, above the test output.
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PartnerHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no PartnerHub.sln above {AppContext.BaseDirectory}");
    }

    private static async Task<BridgeProcess> StartAsync(string dll, string workingDirectory, IReadOnlyDictionary<string, string?> settings, Uri url,
        IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
                using HttpResponseMessage response = await http.GetAsync("/health");
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

    // SIGKILL on Linux: no shutdown hooks, no flushing; only what SQLite committed survives.
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The project reference copies the bridge with its runtimeconfig into the test output; otherwise use its own output
    // (tests/ApplianceBridge.Tests/bin/<Configuration>/net10.0 → src/ApplianceBridge/bin/<Configuration>/net10.0).
    private static string LocateBridgeDll()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "ApplianceBridge.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "ApplianceBridge.runtimeconfig.json")))
        {
            return beside;
        }

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
