using PartnerHub.Domain.Attachments;

namespace PartnerHub.Infrastructure.Attachments;

/// <summary>
/// The virus-scan hook for uploaded files (case attachments, scanned letters). Called once per upload after the bytes are stored and before anyone may
/// download them; only <see cref="ScanStatus.Clean"/> makes a file downloadable. Register a real scanner (ICAP, ClamAV's
/// clamd, a cloud scanning API) in place of <see cref="RuleCheckingAttachmentScanner"/> for production.
/// </summary>
public interface IAttachmentScanner
{
    /// <summary>Scans the stored file at <paramref name="path"/>; never <see cref="ScanStatus.Pending"/>.</summary>
    /// <param name="path">The stored file.</param>
    /// <param name="fileName">The name the user gave (its extension says what the file claims to be).</param>
    /// <param name="sizeBytes">The size the upload recorded.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    Task<ScanStatus> ScanAsync(string path, string fileName, long sizeBytes, CancellationToken cancellationToken);
}
