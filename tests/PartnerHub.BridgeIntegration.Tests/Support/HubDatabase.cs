namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>
/// One migrated and seeded hub database per test run, copied for each test: the seed (organisations, demo deployments,
/// two weeks of demo telemetry through the ingest path) is the slow part of starting a hub.
/// </summary>
public static class HubDatabase
{
    private static readonly SemaphoreSlim s_lock = new(1, 1);
    private static string? s_template;

    public static async Task<string> CopyAsync(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        await s_lock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (s_template is null)
            {
                string folder = Path.Combine(Path.GetTempPath(), "partnerhub-bridge-it", "template-" + Guid.NewGuid().ToString("N")[..8]);
                Directory.CreateDirectory(folder);
                string file = Path.Combine(folder, "hub.db");
                RealHub hub = RealHub.Start(file, FreePort.Next());
                await hub.DisposeAsync();
                s_template = file;
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException)
                    {
                        // the temp folder is the OS's to clean
                    }
                };
            }
        }
        finally
        {
            s_lock.Release();
        }

        string copy = Path.Combine(directory, "hub.db");
        foreach (string suffix in new[] { "", "-wal" })
        {
            if (File.Exists(s_template + suffix))
            {
                File.Copy(s_template + suffix, copy + suffix, overwrite: true);
            }
        }

        return copy;
    }
}
