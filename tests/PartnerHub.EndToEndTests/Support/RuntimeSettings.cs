using Microsoft.Extensions.Configuration;

namespace PartnerHub.EndToEndTests.Support;

/// <summary>
/// Settings a workflow changes while the shared hub runs (e.g. pointing <c>Mail</c> at an SMTP server of its own). The hub
/// reads them through <c>IOptionsMonitor</c>, which reloads on change. One workflow holds them at a time: the next waits
/// until the first has put the settings back.
/// </summary>
public sealed class RuntimeSettings : ConfigurationProvider, IConfigurationSource, IDisposable
{
    private readonly SemaphoreSlim _inUse = new(1, 1);

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Dispose() => _inUse.Dispose();

    /// <summary>Applies <paramref name="settings"/> until the returned scope is disposed.</summary>
    public async Task<IAsyncDisposable> UseAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await _inUse.WaitAsync(cancellationToken);
        foreach (var (key, value) in settings)
        {
            Data[key] = value;
        }

        OnReload();
        return new Scope(this, [.. settings.Keys]);
    }

    private sealed class Scope(RuntimeSettings owner, IReadOnlyList<string> keys) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            foreach (var key in keys)
            {
                owner.Data.Remove(key);
            }

            owner.OnReload();
            owner._inUse.Release();
            return ValueTask.CompletedTask;
        }
    }
}
