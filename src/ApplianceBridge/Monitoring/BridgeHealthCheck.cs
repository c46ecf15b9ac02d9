using ApplianceBridge.Buffer;
using ApplianceBridge.Forwarding;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Monitoring;

// Unhealthy: the spool is full, so appliances are being refused (507). Degraded: deliveries are failing (circuit open
// or retries under way), the spool is filling up, or batches sit in quarantine waiting for a person. Healthy otherwise.
internal sealed class BridgeHealthCheck(SpoolStore spool, CircuitBreaker breaker, IOptions<BridgeOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        double fill = Math.Max((double)spool.DepthEvents / spool.MaxEvents, (double)spool.DepthBytes / spool.MaxBytes) * 100;
        var data = new Dictionary<string, object>
        {
            ["spoolEvents"] = spool.DepthEvents,
            ["spoolBytes"] = spool.DepthBytes,
            ["spoolFillPercent"] = Math.Round(fill, 1),
            ["quarantineBatches"] = spool.QuarantinedBatches,
            ["quarantineEvents"] = spool.QuarantinedEvents,
            ["circuit"] = breaker.State.ToString(),
            ["consecutiveFailures"] = breaker.ConsecutiveFailures,
        };

        HealthCheckResult result;
        if (fill >= 100)
        {
            result = HealthCheckResult.Unhealthy("spool full: appliances are refused with 507 until the hub takes events", data: data);
        }
        else if (breaker.State != CircuitState.Closed)
        {
            result = HealthCheckResult.Degraded("hub unreachable: circuit " + breaker.State + ", events wait in the spool", data: data);
        }
        else if (breaker.ConsecutiveFailures > 0)
        {
            result = HealthCheckResult.Degraded("deliveries to the hub are failing and being retried", data: data);
        }
        else if (fill >= options.Value.DegradedSpoolPercent)
        {
            result = HealthCheckResult.Degraded("spool filling up", data: data);
        }
        else if (spool.QuarantinedBatches > 0)
        {
            result = HealthCheckResult.Degraded("batches in quarantine need attention", data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy("relaying", data);
        }

        return Task.FromResult(result);
    }
}
