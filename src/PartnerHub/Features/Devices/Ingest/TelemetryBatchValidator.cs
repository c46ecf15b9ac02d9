using System.Globalization;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>
/// Checks a batch before anything is stored. The bridge has already parsed and authenticated every line and applied the
/// same event rules (<see cref="TelemetryEventRules"/>), so a problem here means a bridge bug or a forged request: the
/// whole batch is refused (422) and the bridge quarantines it, rather than storing half of it.
/// </summary>
public static class TelemetryBatchValidator
{
    /// <summary>The first problem found, or null when the batch can be stored.</summary>
    public static string? Problem(TelemetryBatch batch, int maxRawJsonLength)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.BatchId == Guid.Empty)
        {
            return "batchId is required.";
        }

        if (string.IsNullOrWhiteSpace(batch.BridgeId) || batch.BridgeId.Length > SensorEventLimits.Serial)
        {
            return string.Create(CultureInfo.InvariantCulture, $"bridgeId is required (up to {SensorEventLimits.Serial} characters).");
        }

        if (batch.Events is null)
        {
            return "events is required.";
        }

        for (int i = 0; i < batch.Events.Count; i++)
        {
            if (TelemetryEventRules.Problem(batch.Events[i], maxRawJsonLength) is { } problem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"events[{i}]: {problem}");
            }
        }

        return null;
    }
}
