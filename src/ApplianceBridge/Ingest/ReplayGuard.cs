using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Ingest;

// Remembers every accepted signature until its timestamp leaves the skew window; after that the timestamp check
// refuses the request anyway, so memory stays bounded by the request rate times the window. It is in memory only:
// a replay across a bridge restart passes this guard, but its events carry the same EventIds and the spool's
// duplicate window (and finally the hub) drop them.
internal sealed class ReplayGuard
{
    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly int _skewSeconds;
    private int _insertsSincePurge;

    public ReplayGuard(IOptions<BridgeOptions> options)
    {
        _skewSeconds = options.Value.ClockSkewSeconds;
    }

    // A request refused for a passing reason (rate limit, full spool) was not accepted, so the appliance may send the
    // very same signed request again within the same second.
    public void Forget(string serial, byte[] signature) =>
        _seen.TryRemove(string.Concat(serial, ":", Convert.ToBase64String(signature)), out _);

    // True when the signature is new (and now remembered); false when it was seen inside the window.
    public bool TryRemember(string serial, byte[] signature, long timestampUnix, long nowUnix)
    {
        string key = string.Concat(serial, ":", Convert.ToBase64String(signature));
        if (!_seen.TryAdd(key, timestampUnix + _skewSeconds))
        {
            return false;
        }

        if (Interlocked.Increment(ref _insertsSincePurge) >= 4096)
        {
            Interlocked.Exchange(ref _insertsSincePurge, 0);
            foreach (KeyValuePair<string, long> entry in _seen)
            {
                if (entry.Value < nowUnix)
                {
                    _seen.TryRemove(entry);
                }
            }
        }

        return true;
    }
}
