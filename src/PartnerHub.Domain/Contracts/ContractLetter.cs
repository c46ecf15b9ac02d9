using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Contracts;

/// <summary>
/// A scanned letter kept as evidence of a contract notice: the customer's written non-renewal notice (004 §4-3: 書面で).
/// Only metadata is here; the bytes live in storage under <see cref="StorageKey"/>. A letter stays when the notice it
/// proved is withdrawn: what was received, and when, remains on record.
/// </summary>
public sealed class ContractLetter : IPartnerOwned
{
    /// <summary>A letter of <paramref name="contract"/>, stored under <paramref name="storageKey"/>.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="contract">The contract the letter concerns (gives the owning partner).</param>
    /// <param name="fileName">File name as uploaded (no path).</param>
    /// <param name="contentType">MIME type as uploaded.</param>
    /// <param name="sizeBytes">Size in bytes.</param>
    /// <param name="sha256">SHA-256 of the content in hex.</param>
    /// <param name="storageKey">Where the bytes are stored.</param>
    /// <param name="uploadedAt">When it was uploaded.</param>
    /// <param name="uploadedBy">Who uploaded it.</param>
    public ContractLetter(Guid id, ServiceContract contract, string fileName, string contentType, long sizeBytes, string sha256, string storageKey,
        DateTimeOffset uploadedAt, string uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentNullException.ThrowIfNull(sha256);
        Id = id;
        ContractId = contract.Id;
        PartnerId = contract.PartnerId;
        FileName = fileName;
        ContentType = contentType ?? string.Empty;
        SizeBytes = sizeBytes;
        Sha256 = sha256.ToLowerInvariant();
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy ?? string.Empty;
    }

    private ContractLetter()
    {
        FileName = ContentType = Sha256 = StorageKey = UploadedBy = string.Empty;
    }

    /// <summary>Identifier (what <see cref="ServiceContract.NonRenewalLetterId"/> points to).</summary>
    public Guid Id { get; private set; }

    /// <summary>The contract.</summary>
    public Guid ContractId { get; private set; }

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
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Who uploaded it.</summary>
    public string UploadedBy { get; private set; }
}
