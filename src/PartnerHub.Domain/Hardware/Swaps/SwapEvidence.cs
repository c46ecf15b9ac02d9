using PartnerHub.Domain.Attachments;

namespace PartnerHub.Domain.Hardware.Swaps;

/// <summary>
/// A file the partner attached to a swap case as evidence (photos of the unit, the customer's written report of 004 §7-1,
/// a police report for a theft). Created through <see cref="SwapCase.AttachEvidence"/>, which applies <see cref="AttachmentRules"/>.
/// </summary>
public sealed class SwapEvidence : StoredAttachment
{
    internal SwapEvidence(Guid id, Guid swapCaseId, Guid partnerId, AttachmentUpload upload, DateTimeOffset at, string uploadedBy)
        : base(id, partnerId, upload, at, uploadedBy)
    {
        SwapCaseId = swapCaseId;
    }

    private SwapEvidence()
    {
    }

    /// <summary>The swap case.</summary>
    public Guid SwapCaseId { get; private set; }
}
