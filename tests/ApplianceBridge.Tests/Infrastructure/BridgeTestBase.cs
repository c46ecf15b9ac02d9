namespace ApplianceBridge.Tests.Infrastructure;

// Per test: a fresh fake hub and a spool folder of its own; subclasses start bridges on it.
public abstract class BridgeTestBase : IAsyncLifetime
{
    private readonly List<BridgeFactory> _factories = [];

    protected FakeHub Hub { get; private set; } = null!;

    protected string SpoolDirectory { get; } = Path.Combine(Path.GetTempPath(), "bridge-tests", Guid.NewGuid().ToString("N"));

    protected string SpoolPath => Path.Combine(SpoolDirectory, "spool.db");

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(SpoolDirectory);
        Hub = await FakeHub.StartAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (BridgeFactory factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Hub.DisposeAsync();
        try
        {
            Directory.Delete(SpoolDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold the file for a moment; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }

    protected BridgeFactory StartBridge(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var factory = new BridgeFactory(SpoolPath, Hub.Url, overrides);
        _factories.Add(factory);
        return factory;
    }

    protected async Task StopBridgeAsync(BridgeFactory factory)
    {
        _factories.Remove(factory);
        await factory.DisposeAsync();
    }
}
