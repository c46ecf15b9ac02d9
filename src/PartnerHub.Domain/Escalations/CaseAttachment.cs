using PartnerHub.Domain.Attachments;

namespace PartnerHub.Domain.Escalations;

/// <summary>
/// A file attached to an escalation case, with its sharing (visibility, TLP marking, the side that uploaded it). Created through
/// <see cref="SupportCase.Attach"/>, which applies <see cref="AttachmentRules"/>.
/// </summary>
public sealed class CaseAttachment : StoredAttachment
{
    internal CaseAttachment(Guid id, Guid caseId, Guid partnerId, AttachmentUpload upload, NoteVisibility visibility, TlpMarking marking,
        CaseSide side, DateTimeOffset at, string uploadedBy)
        : base(id, partnerId, upload, at, uploadedBy)
    {
        CaseId = caseId;
        Visibility = visibility;
        Marking = marking;
        Side = side;
    }

    private CaseAttachment()
    {
    }

    /// <summary>The case.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>Desk-only (e.g. a screenshot of the portal's administration view) or shared with the partner.</summary>
    public NoteVisibility Visibility { get; private set; }

    /// <summary>Sharing condition.</summary>
    public TlpMarking Marking { get; private set; }

    /// <summary>Which side uploaded it.</summary>
    public CaseSide Side { get; private set; }

    /// <summary>Whether <paramref name="viewer"/> may see it.</summary>
    public bool IsVisibleTo(TlpAudience viewer) => TlpPolicy.Allows(TlpAction.View, Marking, Visibility, Side.Audience(), viewer);

    internal void Remark(TlpMarking marking) => Marking = marking;
}
