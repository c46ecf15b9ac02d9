using PartnerHub.Domain.Escalations;

namespace PartnerHub.Features.Escalations.Attachments;

/// <summary>
/// The virus-scan hook for case attachments. Called once per upload after the bytes are stored and before anyone may
/// download them; only <see cref="ScanStatus.Clean"/> makes a file downloadable. Register a real scanner (ICAP, ClamAV's
/// clamd, a cloud scanning API) in place of <see cref="RuleCheckingAttachmentScanner"/> for production.
/// </summary>
public interface IAttachmentScanner
{
    /// <summary>Scans the stored file at <paramref name="path"/>; never <see cref="ScanStatus.Pending"/>.</summary>
    Task<ScanStatus> ScanAsync(string path, CaseAttachment attachment, CancellationToken cancellationToken);
}
