using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Notices;

/// <summary>Sends queued e-mails and records when each was handed over (the moment a notice counts as delivered).</summary>
public sealed class EmailOutbox(HubDbContextOptions contextOptions, TimeProvider clock, IOptionsMonitor<NoticeOptions> options, ILogger<EmailOutbox> logger)
{
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var pending = await db.OutboundEmails.Where(e => e.SentAt == null && !e.Abandoned).OrderBy(e => e.CreatedAt).Take(50).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var client = CreateClient(settings);
        int sent = 0;
        foreach (var email in pending)
        {
            try
            {
                using var message = new MailMessage(settings.From, email.Recipient, email.Subject, email.Body)
                {
                    BodyEncoding = Encoding.UTF8,
                    SubjectEncoding = Encoding.UTF8,
                };
                await client.SendMailAsync(message, cancellationToken);
                email.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is SmtpException or IOException or InvalidOperationException or FormatException)
            {
                logger.LogWarning(exception, "E-mail {Id} to {Recipient} failed", email.Id, email.Recipient);
                email.MarkFailed(exception.Message, settings.MaxAttempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private static SmtpClient CreateClient(NoticeOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory);
            Infrastructure.Security.PrivateFiles.CreateFolder(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        }

        return client;
    }
}

/// <summary>Runs <see cref="EmailOutbox"/> every <see cref="NoticeOptions.SendEverySeconds"/>.</summary>
public sealed class EmailOutboxSender(
    EmailOutbox outbox, IOptionsMonitor<NoticeOptions> options, IOptionsMonitor<Infrastructure.Background.BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<EmailOutboxSender> logger)
    : Infrastructure.Background.PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.CurrentValue.SendEverySeconds);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => outbox.SendPendingAsync(cancellationToken);
}

public static class NoticesFeature
{
    public static IServiceCollection AddNoticesFeature(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService<EmailOutboxSender>();
        return services;
    }
}
