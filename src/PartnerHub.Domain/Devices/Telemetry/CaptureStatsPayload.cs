namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// Capture counters from a Suricata EVE <c>stats</c> record. The counters are cumulative since the sensor started;
/// rates are differences between two records. Fields the record lacks are null (the <c>capture</c> section is absent in pcap mode).
/// </summary>
/// <param name="KernelPackets"><c>stats.capture.kernel_packets</c>: packets the kernel handed to the sensor.</param>
/// <param name="KernelDrops"><c>stats.capture.kernel_drops</c>: packets the kernel dropped before the sensor saw them.</param>
/// <param name="Bytes"><c>stats.decoder.bytes</c>: bytes decoded, the basis of bandwidth against the 1 Gbps limit.</param>
/// <param name="UptimeSeconds"><c>stats.uptime</c>: seconds since the sensor process started.</param>
/// <param name="DecoderPackets"><c>stats.decoder.pkts</c>: packets decoded; the only packet counter when the record has no
/// <c>capture</c> section (pcap mode, reading files).</param>
public sealed record CaptureStatsPayload(
    long? KernelPackets,
    long? KernelDrops,
    long? Bytes,
    long? UptimeSeconds,
    long? DecoderPackets = null);
