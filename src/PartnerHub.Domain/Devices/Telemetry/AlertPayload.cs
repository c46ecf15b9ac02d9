namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// A Suricata EVE <c>alert</c> record's essentials. The hub maps <see cref="Category"/> and <see cref="Signature"/>
/// to the service's threat classes (004 別紙2 §3); the full record stays in <see cref="TelemetryEvent.RawJson"/>.
/// </summary>
/// <param name="SignatureId"><c>alert.signature_id</c>.</param>
/// <param name="Signature"><c>alert.signature</c>, e.g. "ET SCAN Nmap Scripting Engine User-Agent Detected".</param>
/// <param name="Category"><c>alert.category</c>, e.g. "Attempted Information Leak".</param>
/// <param name="Severity"><c>alert.severity</c>: 1 (highest) to 4.</param>
/// <param name="SourceIp"><c>src_ip</c>.</param>
/// <param name="SourcePort"><c>src_port</c>; null for protocols without ports.</param>
/// <param name="DestinationIp"><c>dest_ip</c>.</param>
/// <param name="DestinationPort"><c>dest_port</c>; null for protocols without ports.</param>
/// <param name="Protocol"><c>proto</c>, e.g. "TCP".</param>
/// <param name="AppProtocol"><c>app_proto</c>, e.g. "http"; null when not detected.</param>
public sealed record AlertPayload(
    long SignatureId,
    string Signature,
    string? Category,
    int Severity,
    string? SourceIp,
    int? SourcePort,
    string? DestinationIp,
    int? DestinationPort,
    string? Protocol,
    string? AppProtocol);
