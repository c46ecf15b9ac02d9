using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Attachments;

/// <summary>
/// What every file attached to a case keeps, whatever the case (an escalation's attachment, a swap's evidence): the file as
/// uploaded, where its bytes are stored (<see cref="StorageKey"/>), who uploaded it and when, and the malware scan that
/// decides whether it may be downloaded. The owning case and its own fields are the subclass's; the owning aggregate creates
/// it after applying <see cref="AttachmentRules"/>.
/// </summary>
public abstract class StoredAttachment : IPartnerOwned
{
    private protected StoredAttachment(Guid id, Guid partnerId, AttachmentUpload upload, DateTimeOffset at, string uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Id = id;
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

    private protected StoredAttachment()
    {
        FileName = ContentType = Sha256 = StorageKey = UploadedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

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

    /// <summary>Only clean files may be downloaded, whoever may see the metadata.</summary>
    public bool IsDownloadable => ScanStatus == ScanStatus.Clean;

    /// <summary>Records a scan result; false when nothing changed.</summary>
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
