namespace PartnerHub.Domain.Notices;

/// <summary>Where an <see cref="OutboundEmail"/> stands in the outbox.</summary>
public enum OutboundEmailStatus
{
    /// <summary>Not tried yet.</summary>
    Queued,

    /// <summary>Failed for now; tried again after a back-off.</summary>
    Retrying,

    /// <summary>Handed to the mail server (or written to the drop folder).</summary>
    Sent,

    /// <summary>Given up; <see cref="OutboundEmail.LastError"/> says why.</summary>
    Failed,

    /// <summary>Cancelled before it was sent (what it announced was withdrawn or corrected).</summary>
    Cancelled,
}
