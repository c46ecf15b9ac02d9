using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Escalations;

/// <summary>
/// Metadata of a file attached to a case; the bytes live in storage under <see cref="StorageKey"/>. Created through
/// <see cref="SupportCase.Attach"/>, which applies <see cref="AttachmentRules"/>.
/// </summary>
public sealed class CaseAttachment : IPartnerOwned
{
    internal CaseAttachment(Guid id, Guid caseId, Guid partnerId, AttachmentUpload upload, NoteVisibility visibility, TlpMarking marking,
        CaseSide side, DateTimeOffset at, string uploadedBy)
    {
        Id = id;
        CaseId = caseId;
        PartnerId = partnerId;
        FileName = upload.FileName;
        ContentType = upload.ContentType;
        SizeBytes = upload.SizeBytes;
        Sha256 = upload.Sha256.ToLowerInvariant();
        StorageKey = upload.StorageKey;
        Visibility = visibility;
        Marking = marking;
        Side = side;
        At = at;
        UploadedBy = uploadedBy;
        ScanStatus = ScanStatus.Pending;
    }

    private CaseAttachment()
    {
        FileName = ContentType = Sha256 = StorageKey = UploadedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The case.</summary>
    public Guid CaseId { get; private set; }

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

    /// <summary>Desk-only (e.g. a screenshot of the portal's administration view) or shared with the partner.</summary>
    public NoteVisibility Visibility { get; private set; }

    /// <summary>Sharing condition.</summary>
    public TlpMarking Marking { get; private set; }

    /// <summary>Which side uploaded it.</summary>
    public CaseSide Side { get; private set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>User who uploaded it.</summary>
    public string UploadedBy { get; private set; }

    /// <summary>Malware scan result.</summary>
    public ScanStatus ScanStatus { get; private set; }

    /// <summary>Only clean files may be downloaded, whoever may see the metadata.</summary>
    public bool IsDownloadable => ScanStatus == ScanStatus.Clean;

    /// <summary>Whether <paramref name="viewer"/> may see it.</summary>
    public bool IsVisibleTo(TlpAudience viewer) => TlpPolicy.Allows(TlpAction.View, Marking, Visibility, Side.Audience(), viewer);

    internal void Remark(TlpMarking marking) => Marking = marking;

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
