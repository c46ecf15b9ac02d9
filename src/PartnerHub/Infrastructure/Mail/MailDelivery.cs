using MimeKit;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>What became of one message handed to a <see cref="MailDelivery"/>.</summary>
public enum DeliveryOutcome
{
    /// <summary>Handed over: the server accepted it (or it was written to the drop folder).</summary>
    Delivered,

    /// <summary>Refused for good (a 5xx answer): sending it again would be refused again.</summary>
    Rejected,

    /// <summary>Failed for now (a 4xx answer, no connection): worth another attempt later.</summary>
    FailedForNow,
}

/// <summary>
/// The outcome of one message, the server's answer when it failed, and whether the way out is broken (no connection,
/// drop folder not writable), so the round stops rather than fail every remaining message the same way.
/// </summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null, bool StopRound = false)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);
}

/// <summary>One round's way out for messages: an SMTP session or the drop folder.</summary>
public abstract class MailDelivery : IAsyncDisposable
{
    /// <summary>Hands <paramref name="message"/> over; failures come back as a result, never as an exception.</summary>
    public abstract Task<DeliveryResult> DeliverAsync(MimeMessage message, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
