using System.Diagnostics;
using System.Text;

namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>`dotnet ApplianceBridge.dll ship …` as a child process on the sensor's side, so a test can SIGKILL it.</summary>
public sealed class ShipperProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ShipperProcess(Process process)
    {
        _process = process;
    }

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

    public bool HasExited => _process.HasExited;

    public static ShipperProcess Start(string evePath, Uri bridge, string serial, string keyFile, string statePath)
    {
        string dll = BridgeProcess.LocateBridgeDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(evePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            dll, "ship", "--eve", evePath, "--bridge", bridge.ToString(), "--appliance", serial, "--key-file", keyFile, "--state", statePath,
            "--batch-bytes", "4096", "--poll-ms", "50", "--backoff-initial-ms", "50", "--backoff-max-ms", "500", "--rotation-grace-ms", "500",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var shipper = new ShipperProcess(process);
        process.OutputDataReceived += (_, e) => shipper.Append(e.Data);
        process.ErrorDataReceived += (_, e) => shipper.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return shipper;
    }

    /// <summary>SIGKILL: the position file holds whatever the last acknowledged batch left there.</summary>
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
