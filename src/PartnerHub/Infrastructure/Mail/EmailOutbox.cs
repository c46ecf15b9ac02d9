using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>
/// Sends queued e-mails and records when each was handed over (the moment a notice counts as delivered). Each outcome
/// is saved as soon as it is known, so a crash mid-round never sends an earlier message again; a refused message is
/// failed at once with the server's answer and a temporary failure backs off, so neither holds up the rest.
/// </summary>
public sealed class EmailOutbox(
    HubDbContextOptions contextOptions, TimeProvider clock, IOptionsMonitor<MailOptions> options, IHostEnvironment environment, ILogger<EmailOutbox> logger)
{
    /// <summary>Tries the e-mails that are due (oldest first, one batch) and returns how many were handed over.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var due = await db.OutboundEmails.Where(e => e.SentAt == null && !e.Abandoned && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
            .OrderBy(e => e.CreatedAt).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        await using var delivery = OpenDelivery(settings);
        int sent = 0;
        foreach (var email in due)
        {
            var result = await DeliverAsync(email, delivery, settings, cancellationToken);
            Record(email, result, settings);
            // Not cancellable: a message handed over must be recorded as sent, or the next round would send it again.
            await db.SaveChangesAsync(CancellationToken.None);
            if (result.Outcome == DeliveryOutcome.Delivered)
            {
                sent++;
            }

            if (result.StopRound)
            {
                break;
            }
        }

        return sent;
    }

    /// <summary>The drop folder e-mails are written to when no SMTP server is set.</summary>
    public string PickupFolder => PickupDirectoryDelivery.Resolve(options.CurrentValue.PickupDirectory, environment.ContentRootPath);

    private MailDelivery OpenDelivery(MailOptions settings) =>
        string.IsNullOrWhiteSpace(settings.SmtpHost) ? new PickupDirectoryDelivery(PickupFolder) : new SmtpDelivery(settings);

    private static async Task<DeliveryResult> DeliverAsync(OutboundEmail email, MailDelivery delivery, MailOptions settings, CancellationToken cancellationToken)
    {
        using var message = OutboundMessage.Compose(email, settings, out string? invalidRecipient);
        return message is null
            ? new DeliveryResult(DeliveryOutcome.Rejected, invalidRecipient)
            : await delivery.DeliverAsync(message, cancellationToken);
    }

    private void Record(OutboundEmail email, DeliveryResult result, MailOptions settings)
    {
        var at = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                email.MarkSent(at);
                break;
            case DeliveryOutcome.Rejected:
                logger.LogWarning("E-mail {Id} to {Recipient} refused: {Answer}", email.Id, email.Recipient, result.Error);
                email.MarkRejected(result.Error ?? "refused");
                break;
            default:
                logger.LogWarning("E-mail {Id} to {Recipient} failed (attempt {Attempt}): {Answer}", email.Id, email.Recipient, email.Attempts + 1, result.Error);
                email.MarkFailedForNow(result.Error ?? "failed", settings.MaxAttempts, at + settings.RetryWait(email.Attempts + 1));
                break;
        }
    }
}

/// <summary>Runs <see cref="EmailOutbox"/> every <see cref="MailOptions.SendEverySeconds"/>.</summary>
public sealed class EmailOutboxSender(
    EmailOutbox outbox, IOptionsMonitor<MailOptions> options, IOptionsMonitor<Background.BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<EmailOutboxSender> logger)
    : Background.PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.CurrentValue.SendEverySeconds);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => outbox.SendPendingAsync(cancellationToken);
}
