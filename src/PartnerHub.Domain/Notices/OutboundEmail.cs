namespace PartnerHub.Domain.Notices;

/// <summary>
/// An e-mail the hub has decided to send, kept as a record of when and how a notice reached whom (001 §21: an e-mail
/// notice is deemed delivered when sent). Written in the same transaction as the change it announces, sent afterwards,
/// retried on failure.
/// </summary>
public sealed class OutboundEmail
{
    /// <summary>Queues an e-mail.</summary>
    public OutboundEmail(Guid id, Guid? partnerId, string recipient, string subject, string body, string topic, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        Id = id;
        PartnerId = partnerId;
        Recipient = recipient;
        Subject = subject;
        Body = body;
        Topic = topic;
        CreatedAt = createdAt;
    }

    private OutboundEmail()
    {
        Recipient = Subject = Body = Topic = string.Empty;
    }

    /// <summary>Identifier (also the Message-ID's local part).</summary>
    public Guid Id { get; private set; }

    /// <summary>The partner it concerns (tenant), if any.</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>Recipient address.</summary>
    public string Recipient { get; private set; }

    /// <summary>Subject.</summary>
    public string Subject { get; private set; }

    /// <summary>Plain-text body.</summary>
    public string Body { get; private set; }

    /// <summary>What it is about, e.g. "device-state".</summary>
    public string Topic { get; private set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was handed to the mail server: the moment the notice counts as delivered.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Given up: refused for good by the mail server or the address, or too many attempts.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>Not tried again before this time (the back-off after a temporary failure); empty when due at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>When it was cancelled before being sent; null unless cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Where it stands in the outbox.</summary>
    public OutboundEmailStatus Status => SentAt is not null ? OutboundEmailStatus.Sent
        : CancelledAt is not null ? OutboundEmailStatus.Cancelled
        : Abandoned ? OutboundEmailStatus.Failed
        : Attempts > 0 ? OutboundEmailStatus.Retrying
        : OutboundEmailStatus.Queued;

    /// <summary>Whether the outbox should try it at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => SentAt is null && !Abandoned && (NextAttemptAt is null || NextAttemptAt <= now);

    /// <summary>
    /// Cancels it when not yet sent: the outbox never tries it again (it counts as given up, so the outbox's due query needs no
    /// new column). One already handed to the server stays sent: it is the record that the notice reached its address.
    /// </summary>
    /// <returns>False when it was already sent, given up or cancelled (a failure stays on record as failed).</returns>
    public bool Cancel(DateTimeOffset at)
    {
        if (SentAt is not null || Abandoned)
        {
            return false;
        }

        CancelledAt = at;
        Abandoned = true;
        NextAttemptAt = null;
        return true;
    }

    /// <summary>Records a successful hand-over.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
        NextAttemptAt = null;
    }

    /// <summary>Records a failure; abandons after <paramref name="maxAttempts"/>.</summary>
    public void MarkFailed(string error, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        Abandoned = Attempts >= maxAttempts;
    }

    /// <summary>
    /// Records a temporary failure (a 4xx answer, an unreachable server): tried again at <paramref name="retryAt"/>,
    /// abandoned after <paramref name="maxAttempts"/>.
    /// </summary>
    public void MarkFailedForNow(string error, int maxAttempts, DateTimeOffset retryAt)
    {
        MarkFailed(error, maxAttempts);
        NextAttemptAt = Abandoned ? null : retryAt;
    }

    /// <summary>
    /// Records a permanent refusal (a 5xx answer, an address that cannot be one): abandoned at once, since sending it
    /// again would be refused again.
    /// </summary>
    public void MarkRejected(string error)
    {
        MarkFailed(error, maxAttempts: 1);
        NextAttemptAt = null;
    }
}
