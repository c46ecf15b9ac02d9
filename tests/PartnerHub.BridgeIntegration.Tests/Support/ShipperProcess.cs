namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>`dotnet ApplianceBridge.dll ship …` as a child process on the sensor's side, so a test can SIGKILL it.</summary>
public static class ShipperProcess
{
    public static ChildProcess Start(string evePath, Uri bridge, string serial, string keyFile, string statePath)
    {
        var start = ChildProcess.Dotnet(Path.GetDirectoryName(evePath)!);
        foreach (string argument in new[]
        {
            BridgeProcess.LocateBridgeDll(), "ship", "--eve", evePath, "--bridge", bridge.ToString(), "--appliance", serial, "--key-file", keyFile,
            "--state", statePath, "--batch-bytes", "4096", "--poll-ms", "50", "--backoff-initial-ms", "50", "--backoff-max-ms", "500",
            "--rotation-grace-ms", "500",
        })
        {
            start.ArgumentList.Add(argument);
        }

        return ChildProcess.Start(start);
    }
}
