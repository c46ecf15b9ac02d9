using ApplianceBridge.Buffer;
using ApplianceBridge.Monitoring;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Forwarding;

// Relays the spool to the hub in acceptance order, one batch at a time: a batch leaves the spool only after the hub
// answered 2xx (or went to quarantine after a non-retryable 4xx). Failures back off exponentially and trip the
// circuit breaker; nothing is ever dropped, so an outage of any length only delays delivery.
internal sealed class Forwarder(
    SpoolStore spool,
    HubClient hub,
    CircuitBreaker breaker,
    ForwarderSignal signal,
    BridgeMetrics metrics,
    TimeProvider time,
    IOptions<BridgeOptions> options,
    ILogger<Forwarder> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private readonly BridgeOptions _options = options.Value;
    private readonly Random _jitter = new();
    private int _attempt;
    private DateTimeOffset _nextPrune;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Forwarder started: hub {Hub}, {Pending} events pending", _options.HubUrl, spool.DepthEvents);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.ForwardIntervalMilliseconds), time);
        Task<bool>? tick = null;
        Task? wake = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await DrainAsync(stoppingToken);
                await PruneIfDueAsync();
                tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
                wake ??= signal.WaitAsync(stoppingToken);
                Task completed = await Task.WhenAny(tick, wake);
                if (completed == tick)
                {
                    if (!await tick)
                    {
                        break;
                    }

                    tick = null;
                }
                else
                {
                    await wake;
                    wake = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a batch in flight keeps its batch id in the spool and is resent after the restart.
        }

        logger.LogInformation("Forwarder stopped: {Pending} events pending", spool.DepthEvents);
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && breaker.AllowRequest())
        {
            SpooledBatch? batch = await spool.LeaseNextBatchAsync(_options.ForwardBatchSize, _options.ForwardBatchMaxBytes);
            if (batch is null)
            {
                return;
            }

            byte[] body = hub.BuildBody(batch);
            SendResult result = await hub.SendAsync(batch.BatchId, body, stoppingToken);
            switch (result.Outcome)
            {
                case DeliveryOutcome.Delivered:
                    await spool.DeleteAsync(batch);
                    breaker.RecordSuccess();
                    _attempt = 0;
                    metrics.Forwarded(batch.Events.Count, result.HubDuplicates, result.HubRefused);
                    if (result.HubRefused > 0)
                    {
                        logger.LogWarning("The hub refused {Refused} events of batch {BatchId}: their appliances are not bound to this bridge's key (hub setting Devices:Ingest:Bridges:n:Appliances)",
                            result.HubRefused, batch.BatchId);
                    }

                    break;
                case DeliveryOutcome.Undeliverable:
                    string reason = $"hub answered {result.Status}: {result.Detail}";
                    logger.LogWarning("Batch {BatchId} ({Count} events) quarantined: {Reason}", batch.BatchId, batch.Events.Count, reason);
                    await spool.QuarantineAsync(batch, result.Status, reason, body);
                    // The hub answered, so it is up: the breaker counts only failures to reach it.
                    breaker.RecordSuccess();
                    _attempt = 0;
                    metrics.Quarantined(batch.Events.Count);
                    break;
                case DeliveryOutcome.Retry:
                    _attempt++;
                    breaker.RecordFailure();
                    metrics.Retry();
                    logger.LogWarning("Batch {BatchId} not delivered (attempt {Attempt}, status {Status}): {Detail}; circuit {Circuit}",
                        batch.BatchId, _attempt, result.Status, result.Detail, breaker.State);
                    if (breaker.State == CircuitState.Open)
                    {
                        // The ticks will probe again once the circuit half-opens.
                        return;
                    }

                    TimeSpan delay = Backoff.Delay(
                        _attempt,
                        TimeSpan.FromMilliseconds(_options.BackoffInitialMilliseconds),
                        TimeSpan.FromMilliseconds(_options.BackoffMaxMilliseconds),
                        _jitter);
                    await Task.Delay(delay, time, stoppingToken);
                    break;
            }
        }
    }

    private async Task PruneIfDueAsync()
    {
        DateTimeOffset now = time.GetUtcNow();
        if (now < _nextPrune || _options.DuplicateWindowMinutes == 0)
        {
            return;
        }

        _nextPrune = now + PruneEvery;
        int pruned = await spool.PruneSeenAsync(TimeSpan.FromMinutes(_options.DuplicateWindowMinutes));
        if (pruned > 0)
        {
            logger.LogDebug("Forgot {Count} event ids older than the duplicate window", pruned);
        }
    }
}
