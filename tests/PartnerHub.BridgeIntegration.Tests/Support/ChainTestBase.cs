using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>Per test: a folder with a copy of the seeded hub database and the bridge's spool; the hub and bridges it started are stopped at the end.</summary>
public abstract class ChainTestBase : IAsyncLifetime
{
    private readonly List<BridgeProcess> _bridges = [];

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "partnerhub-bridge-it", Guid.NewGuid().ToString("N"));

    protected string SpoolPath => Path.Combine(Folder, "spool.db");

    protected string DatabaseFile { get; private set; } = "";

    protected int HubPort { get; } = FreePort.Next();

    protected Uri HubUrl => new($"http://127.0.0.1:{HubPort}");

    protected RealHub? Hub { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        DatabaseFile = await HubDatabase.CopyAsync(Folder);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (BridgeProcess bridge in _bridges)
        {
            bridge.Dispose();
        }

        await StopHubAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a child process may hold a file for a moment; the temp folder is the OS's to clean
        }

        GC.SuppressFinalize(this);
    }

    protected RealHub StartHub() => Hub = RealHub.Start(DatabaseFile, HubPort);

    protected async Task StopHubAsync()
    {
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
            Hub = null;
        }
    }

    protected async Task<BridgeProcess> StartBridgeAsync(IReadOnlyDictionary<string, string?> settings, Uri? url = null)
    {
        BridgeProcess bridge = await BridgeProcess.StartAsync(settings, url);
        _bridges.Add(bridge);
        return bridge;
    }

    protected async Task<int> StoredCountAsync(string serial)
    {
        await using var db = Hub!.SystemContext();
        return await db.SensorEvents.CountAsync(e => e.ApplianceSerial == serial, Token);
    }

    protected static async Task<JsonElement> HealthAsync(HttpClient bridge)
    {
        using JsonDocument document = JsonDocument.Parse(await bridge.GetStringAsync(new Uri("/health", UriKind.Relative), Token));
        return document.RootElement.Clone();
    }
}
