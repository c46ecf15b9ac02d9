using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Ingest;

// A token bucket per appliance (System.Threading.RateLimiting, the limiter behind ASP.NET Core's rate-limiting
// middleware). It is consulted after the signature check rather than as middleware in front of it, so that a client
// forging X-Appliance-Serial cannot spend a real appliance's budget.
internal sealed class ApplianceRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApplianceRateLimiter(IOptions<BridgeOptions> options)
    {
        BridgeOptions o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(serial => RateLimitPartition.GetTokenBucketLimiter(serial, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.RateLimitBurst,
                TokensPerPeriod = o.RateLimitRequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public RateLimitLease Acquire(string serial) => _limiter.AttemptAcquire(serial);

    public void Dispose() => _limiter.Dispose();
}
