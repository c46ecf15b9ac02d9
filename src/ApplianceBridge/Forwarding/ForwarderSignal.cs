namespace ApplianceBridge.Forwarding;

// Lets ingest wake the forwarder as soon as events are on disk, so delivery latency does not wait for the next tick.
internal sealed class ForwarderSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one pending wake-up is enough.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
