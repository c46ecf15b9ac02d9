using PartnerHub.Domain.Attachments;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>
/// The default <see cref="IAttachmentScanner"/>. It is NOT a malware scanner: it re-checks what can be checked without
/// one and marks the file <see cref="ScanStatus.Clean"/> only when the stored bytes are what the upload claimed:
/// <list type="bullet">
/// <item>the stored size equals the declared size and is within <see cref="AttachmentRules.MaxSizeBytes"/>;</item>
/// <item>the extension is allowed (<see cref="AttachmentRules"/>) and the file starts with that type's signature
/// (%PDF, PNG, JPEG, ZIP for zip/xlsx/docx, pcap/pcapng);</item>
/// <item>text types (txt, log, csv) contain no NUL byte in their first 64 KiB (a binary renamed to .txt).</item>
/// </list>
/// Anything else is <see cref="ScanStatus.Failed"/> (not downloadable). It never reports <see cref="ScanStatus.Infected"/>.
/// Deployments that receive files from customers should register a real scanner instead (see docs/operations.md).
/// </summary>
public sealed class RuleCheckingAttachmentScanner : IAttachmentScanner
{
    private const int TextProbeBytes = 64 * 1024;

    private static readonly Dictionary<string, byte[][]> s_signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ["%PDF"u8.ToArray()],
        ["png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        ["jpg"] = [[0xFF, 0xD8, 0xFF]],
        ["jpeg"] = [[0xFF, 0xD8, 0xFF]],
        ["zip"] = [[0x50, 0x4B, 0x03, 0x04]],
        ["xlsx"] = [[0x50, 0x4B, 0x03, 0x04]],
        ["docx"] = [[0x50, 0x4B, 0x03, 0x04]],
        ["pcap"] = [[0xD4, 0xC3, 0xB2, 0xA1], [0xA1, 0xB2, 0xC3, 0xD4], [0x4D, 0x3C, 0xB2, 0xA1], [0xA1, 0xB2, 0x3C, 0x4D], [0x0A, 0x0D, 0x0D, 0x0A]],
    };

    private static readonly HashSet<string> s_textTypes = new(StringComparer.OrdinalIgnoreCase) { "txt", "log", "csv" };

    private readonly AttachmentRules _rules;

    public RuleCheckingAttachmentScanner()
        : this(AttachmentRules.Default)
    {
    }

    public RuleCheckingAttachmentScanner(AttachmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    public async Task<ScanStatus> ScanAsync(string path, string fileName, long sizeBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var file = new FileInfo(path);
        if (!file.Exists || file.Length != sizeBytes || file.Length > _rules.MaxSizeBytes)
        {
            return ScanStatus.Failed;
        }

        string extension = Path.GetExtension(fileName).TrimStart('.');
        if (!_rules.AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return ScanStatus.Failed;
        }

        var head = new byte[(int)Math.Min(TextProbeBytes, file.Length)];
        await using (var stream = file.OpenRead())
        {
            await stream.ReadExactlyAsync(head, cancellationToken);
        }

        if (s_textTypes.Contains(extension))
        {
            return Array.IndexOf(head, (byte)0) < 0 ? ScanStatus.Clean : ScanStatus.Failed;
        }

        if (s_signatures.TryGetValue(extension, out var signatures))
        {
            return signatures.Any(signature => head.AsSpan().StartsWith(signature)) ? ScanStatus.Clean : ScanStatus.Failed;
        }

        // An extension the rules allow but this checker has no signature for: not verifiable.
        return ScanStatus.Failed;
    }
}
