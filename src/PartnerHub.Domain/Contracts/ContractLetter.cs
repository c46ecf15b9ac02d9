using PartnerHub.Domain.Attachments;

namespace PartnerHub.Domain.Contracts;

/// <summary>
/// A scanned letter kept as evidence of a contract notice: the customer's written non-renewal notice (004 §4-3: 書面で).
/// A <see cref="StoredAttachment"/> like a case's files: only metadata is here, the bytes live in storage under
/// <see cref="StoredAttachment.StorageKey"/>, and its scan decides whether it may be downloaded. A letter stays when the
/// notice it proved is withdrawn: what was received, and when, remains on record.
/// </summary>
public sealed class ContractLetter : StoredAttachment
{
    /// <summary>A letter of <paramref name="contract"/>, stored and scanned as <paramref name="upload"/>.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="contract">The contract the letter concerns (gives the owning partner).</param>
    /// <param name="upload">The stored file, checked against the letter's <see cref="AttachmentRules"/>.</param>
    /// <param name="scan">The scan of the stored bytes.</param>
    /// <param name="uploadedAt">When it was uploaded.</param>
    /// <param name="uploadedBy">Who uploaded it.</param>
    public ContractLetter(Guid id, ServiceContract contract, AttachmentUpload upload, ScanStatus scan, DateTimeOffset uploadedAt, string uploadedBy)
        : base(id, (contract ?? throw new ArgumentNullException(nameof(contract))).PartnerId, upload, uploadedAt, uploadedBy ?? string.Empty)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.FileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.StorageKey);
        ContractId = contract.Id;
        RecordScan(scan);
    }

    private ContractLetter()
    {
    }

    /// <summary>The contract (its <see cref="ServiceContract.NonRenewalLetterId"/> points here).</summary>
    public Guid ContractId { get; private set; }
}
