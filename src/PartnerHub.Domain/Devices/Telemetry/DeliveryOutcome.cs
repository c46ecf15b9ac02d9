namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>How a bridge must treat the hub's answer to a batch (see <see cref="BridgeIngestContract.Classify(int)"/>).</summary>
public enum DeliveryOutcome
{
    /// <summary>2xx: the hub has the batch (now or before); the bridge deletes it from its spool.</summary>
    Delivered,

    /// <summary>5xx, 408, 429 or no answer: the bridge keeps the batch and tries again later with the same ids.</summary>
    Retry,

    /// <summary>Any other 4xx (and unexpected 1xx/3xx): resending cannot help; the bridge quarantines the batch with
    /// the reason.</summary>
    Undeliverable,
}
