namespace PartnerHub.Domain.Attachments;

/// <summary>Why an upload was refused; the UI maps each code to a localised message.</summary>
public enum AttachmentProblem
{
    /// <summary>No file name, or one with a path, control characters or no extension.</summary>
    InvalidFileName,

    /// <summary>An empty file.</summary>
    Empty,

    /// <summary>Larger than <see cref="AttachmentRules.MaxSizeBytes"/>.</summary>
    TooLarge,

    /// <summary>An extension outside the allowed list.</summary>
    ExtensionNotAllowed,

    /// <summary>A MIME type that does not fit the extension.</summary>
    ContentTypeNotAllowed,

    /// <summary>The SHA-256 is not 64 hex digits.</summary>
    InvalidChecksum,

    /// <summary>The case already holds <see cref="AttachmentRules.MaxFilesPerCase"/> files or would exceed <see cref="AttachmentRules.MaxBytesPerCase"/>.</summary>
    CaseQuotaExceeded,

    /// <summary>The case does not take attachments from that side now (closed, or the desk does not have it).</summary>
    NotAllowedNow,
}

/// <summary>
/// What may be attached to a case (an escalation, a swap): the documents, screenshots, logs and packet captures the desk asks for (004 別紙3
/// §1-3-②), up to a size. Executables and anything else are refused, by extension and by MIME type together.
/// </summary>
public sealed class AttachmentRules
{
    /// <summary>20 MiB.</summary>
    public const long DefaultMaxSizeBytes = 20L * 1024 * 1024;

    private const string OctetStream = "application/octet-stream";

    private static readonly Dictionary<string, string[]> s_defaultTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ["application/pdf"],
        ["png"] = ["image/png"],
        ["jpg"] = ["image/jpeg"],
        ["jpeg"] = ["image/jpeg"],
        ["txt"] = ["text/plain"],
        // Browsers know no type for .log and .pcap and send octet-stream.
        ["log"] = ["text/plain", OctetStream],
        ["csv"] = ["text/csv", "text/plain", "application/vnd.ms-excel"],
        ["pcap"] = ["application/vnd.tcpdump.pcap", "application/x-pcap", OctetStream],
        ["zip"] = ["application/zip", "application/x-zip-compressed"],
        ["xlsx"] = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        ["docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    };

    private readonly Dictionary<string, string[]> _types;

    /// <summary>Rules with <paramref name="maxSizeBytes"/> and the allowed extensions, each with its accepted MIME types.</summary>
    public AttachmentRules(long maxSizeBytes, IReadOnlyDictionary<string, string[]> allowedTypes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSizeBytes, 1);
        ArgumentNullException.ThrowIfNull(allowedTypes);
        MaxSizeBytes = maxSizeBytes;
        _types = new Dictionary<string, string[]>(allowedTypes, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The default rules: 20 MiB; pdf, png, jpg, txt, log, csv, pcap, zip, xlsx, docx.</summary>
    public static AttachmentRules Default { get; } = new(DefaultMaxSizeBytes, s_defaultTypes);

    /// <summary>Largest accepted file.</summary>
    public long MaxSizeBytes { get; }

    /// <summary>All files of one case together (a case is not a file store: 10 files at the size limit).</summary>
    public long MaxBytesPerCase { get; init; } = 10 * DefaultMaxSizeBytes;

    /// <summary>Files on one case.</summary>
    public int MaxFilesPerCase { get; init; } = 50;

    /// <summary>Whether a case already holding <paramref name="files"/> files of <paramref name="bytes"/> can take one more of <paramref name="size"/> bytes.</summary>
    public AttachmentProblem? CheckQuota(int files, long bytes, long size) =>
        files >= MaxFilesPerCase || bytes + size > MaxBytesPerCase ? AttachmentProblem.CaseQuotaExceeded : null;

    /// <summary>Allowed extensions, lower case, without the dot.</summary>
    public IReadOnlyCollection<string> AllowedExtensions => _types.Keys;

    /// <summary>The first problem with <paramref name="upload"/>, or null when it may be attached.</summary>
    public AttachmentProblem? Check(AttachmentUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string name = upload.FileName ?? string.Empty;
        int dot = name.LastIndexOf('.');
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.Any(char.IsControl) || dot <= 0 || dot == name.Length - 1)
        {
            return AttachmentProblem.InvalidFileName;
        }

        if (upload.SizeBytes <= 0)
        {
            return AttachmentProblem.Empty;
        }

        if (upload.SizeBytes > MaxSizeBytes)
        {
            return AttachmentProblem.TooLarge;
        }

        if (!_types.TryGetValue(name[(dot + 1)..], out var types))
        {
            return AttachmentProblem.ExtensionNotAllowed;
        }

        // "text/plain; charset=utf-8" is text/plain.
        string contentType = (upload.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (!types.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            return AttachmentProblem.ContentTypeNotAllowed;
        }

        if (upload.Sha256 is not { Length: 64 } sha || !sha.All(char.IsAsciiHexDigit))
        {
            return AttachmentProblem.InvalidChecksum;
        }

        return null;
    }
}
