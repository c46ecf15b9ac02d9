using System.Globalization;
using System.Text;
using ApplianceBridge.Buffer;
using ApplianceBridge.Forwarding;

namespace ApplianceBridge.Monitoring;

// Process-lifetime counters for /metrics (Prometheus text format); gauges are read from the spool and the breaker.
internal sealed class BridgeMetrics
{
    private long _requests;
    private long _acceptedEvents;
    private long _duplicateEvents;
    private long _rejectedLines;
    private long _skippedLines;
    private long _refusedAuth;
    private long _refusedReplay;
    private long _refusedTooLarge;
    private long _refusedRateLimit;
    private long _refusedSpoolFull;
    private long _forwardedEvents;
    private long _forwardedBatches;
    private long _hubDuplicates;
    private long _hubRefused;
    private long _retries;
    private long _quarantinedEvents;

    public long AcceptedEvents => Interlocked.Read(ref _acceptedEvents);

    public long ForwardedEvents => Interlocked.Read(ref _forwardedEvents);

    public long Retries => Interlocked.Read(ref _retries);

    public void Request() => Interlocked.Increment(ref _requests);

    public void Accepted(int events, int duplicates, int rejected, int skipped)
    {
        Interlocked.Add(ref _acceptedEvents, events);
        Interlocked.Add(ref _duplicateEvents, duplicates);
        Interlocked.Add(ref _rejectedLines, rejected);
        Interlocked.Add(ref _skippedLines, skipped);
    }

    public void RefusedAuth() => Interlocked.Increment(ref _refusedAuth);

    public void RefusedReplay() => Interlocked.Increment(ref _refusedReplay);

    public void RefusedTooLarge() => Interlocked.Increment(ref _refusedTooLarge);

    public void RefusedRateLimit() => Interlocked.Increment(ref _refusedRateLimit);

    public void RefusedSpoolFull() => Interlocked.Increment(ref _refusedSpoolFull);

    public void Forwarded(int events, int hubDuplicates, int hubRefused)
    {
        Interlocked.Add(ref _hubRefused, hubRefused);
        Interlocked.Add(ref _forwardedEvents, events);
        Interlocked.Increment(ref _forwardedBatches);
        Interlocked.Add(ref _hubDuplicates, hubDuplicates);
    }

    public void Retry() => Interlocked.Increment(ref _retries);

    public void Quarantined(int events) => Interlocked.Add(ref _quarantinedEvents, events);

    public string ToPrometheus(SpoolStore spool, CircuitBreaker breaker)
    {
        var text = new StringBuilder();
        Counter(text, "bridge_requests_total", "Batches posted by appliances", _requests);
        Counter(text, "bridge_events_accepted_total", "Events stored in the spool and acknowledged", _acceptedEvents);
        Counter(text, "bridge_events_duplicate_total", "Events already accepted inside the duplicate window", _duplicateEvents);
        Counter(text, "bridge_lines_rejected_total", "Malformed lines reported back to appliances", _rejectedLines);
        Counter(text, "bridge_lines_skipped_total", "Lines skipped by the event-type rules", _skippedLines);
        text.Append("# HELP bridge_requests_refused_total Batches refused as a whole, by reason\n# TYPE bridge_requests_refused_total counter\n");
        Labelled(text, "bridge_requests_refused_total", "auth", _refusedAuth);
        Labelled(text, "bridge_requests_refused_total", "replay", _refusedReplay);
        Labelled(text, "bridge_requests_refused_total", "too_large", _refusedTooLarge);
        Labelled(text, "bridge_requests_refused_total", "rate_limit", _refusedRateLimit);
        Labelled(text, "bridge_requests_refused_total", "spool_full", _refusedSpoolFull);
        Counter(text, "bridge_events_forwarded_total", "Events the hub acknowledged (2xx)", _forwardedEvents);
        Counter(text, "bridge_batches_forwarded_total", "Batches the hub acknowledged (2xx)", _forwardedBatches);
        Counter(text, "bridge_hub_duplicates_total", "Events the hub reported as already stored", _hubDuplicates);
        Counter(text, "bridge_hub_refused_total", "Events the hub refused: their appliances are not bound to this bridge's key", _hubRefused);
        Counter(text, "bridge_forward_retries_total", "Failed deliveries that will be retried", _retries);
        Counter(text, "bridge_events_quarantined_total", "Events moved to quarantine in this process", _quarantinedEvents);
        Gauge(text, "bridge_spool_events", "Events waiting in the spool", spool.DepthEvents);
        Gauge(text, "bridge_spool_bytes", "Bytes waiting in the spool", spool.DepthBytes);
        Gauge(text, "bridge_quarantine_batches", "Batches in quarantine", spool.QuarantinedBatches);
        Gauge(text, "bridge_quarantine_events", "Events in quarantine", spool.QuarantinedEvents);
        Gauge(text, "bridge_circuit_state", "0 closed, 1 open, 2 half-open", (long)breaker.State);
        return text.ToString();
    }

    private static void Counter(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {Interlocked.Read(ref value)}\n");

    private static void Labelled(StringBuilder text, string name, string reason, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"{name}{{reason=\"{reason}\"}} {value}\n");

    private static void Gauge(StringBuilder text, string name, string help, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
}
