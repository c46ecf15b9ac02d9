using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Hardware.Swaps;

/// <summary>
/// A file the partner attached to a swap case as evidence (photos of the unit, the customer's written report of 004 §7-1,
/// a police report for a theft); the bytes live in storage under <see cref="StorageKey"/>. Created through
/// <see cref="SwapCase.AttachEvidence"/>, which applies <see cref="AttachmentRules"/>.
/// </summary>
public sealed class SwapEvidence : IPartnerOwned
{
    internal SwapEvidence(Guid id, Guid swapCaseId, Guid partnerId, AttachmentUpload upload, DateTimeOffset at, string uploadedBy)
    {
        Id = id;
        SwapCaseId = swapCaseId;
        PartnerId = partnerId;
        FileName = upload.FileName;
        ContentType = upload.ContentType;
        SizeBytes = upload.SizeBytes;
        Sha256 = upload.Sha256.ToLowerInvariant();
        StorageKey = upload.StorageKey;
        At = at;
        UploadedBy = uploadedBy;
        ScanStatus = ScanStatus.Pending;
    }

    private SwapEvidence()
    {
        FileName = ContentType = Sha256 = StorageKey = UploadedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The swap case.</summary>
    public Guid SwapCaseId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>File name as uploaded (no path).</summary>
    public string FileName { get; private set; }

    /// <summary>MIME type as uploaded.</summary>
    public string ContentType { get; private set; }

    /// <summary>Size in bytes.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Where the bytes are stored.</summary>
    public string StorageKey { get; private set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>User who uploaded it.</summary>
    public string UploadedBy { get; private set; }

    /// <summary>Malware scan result.</summary>
    public ScanStatus ScanStatus { get; private set; }

    /// <summary>Only clean files may be downloaded.</summary>
    public bool IsDownloadable => ScanStatus == ScanStatus.Clean;

    internal bool RecordScan(ScanStatus result)
    {
        // A file found infected stays infected; the pending state is never re-entered.
        if (result == ScanStatus.Pending || ScanStatus == ScanStatus.Infected || result == ScanStatus)
        {
            return false;
        }

        ScanStatus = result;
        return true;
    }
}
