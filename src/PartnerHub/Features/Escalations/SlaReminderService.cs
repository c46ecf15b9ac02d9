using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Reminds the desk of escalations whose first answer is coming due (004 別紙3 §2-4-①): when
/// <see cref="SlaClock.NextReminderAt"/> has arrived, queues one e-mail per case and due time in the outbox (sent by
/// <c>Infrastructure/Mail/EmailOutbox</c>) to the assignee, or the desk mailbox when nobody is assigned. Runs only within
/// the desk's business hours: nobody reads a reminder at night, and the clock does not run then either.
/// </summary>
public sealed class SlaReminderService(
    HubDbContextOptions contextOptions, TimeProvider timeProvider, IOptions<EscalationsOptions> options, IOptionsMonitor<Infrastructure.Background.BackgroundJobOptions> jobs,
    Catalogue.Calendars.BusinessCalendarDirectory calendars, ILogger<SlaReminderService> logger)
    : Infrastructure.Background.PeriodicJob(jobs, timeProvider, logger)
{
    /// <summary>The outbox topic; the case id and due time follow, so a moved due time is reminded again.</summary>
    public const string Topic = "escalation-sla";

    /// <summary>Queues the reminders due at now; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var slaClock = await calendars.DeskSlaClockAsync(cancellationToken);
        if (!slaClock.Calendar.IsWithinBusinessHours(now))
        {
            return 0;
        }

        var settings = options.Value;
        await using var db = contextOptions.Create(TenantScope.System, Clock);
        var waiting = await db.SupportCases
            .Where(c => c.EscalatedAt != null && c.FirstAnsweredAt == null && c.Status != SupportCaseStatus.Closed)
            .WithHistory().ToListAsync(cancellationToken);
        int queued = 0;
        foreach (var supportCase in waiting)
        {
            if (supportCase.EvaluateSla(slaClock, now) is not { } sla
                || slaClock.NextReminderAt(sla, now, TimeSpan.FromMinutes(settings.ReminderLeadMinutes)) is not { } remindAt
                || remindAt > now)
            {
                continue;
            }

            string topic = TopicOf(supportCase.Id, sla.Due);
            if (await db.OutboundEmails.AnyAsync(e => e.Topic == topic, cancellationToken))
            {
                continue;
            }

            var recipient = supportCase.AssignedTo is { } assignee && assignee.Contains('@', StringComparison.Ordinal) ? assignee : settings.DeskMailbox;
            var due = JapaneseFormat.ShortDateTime(sla.Due);
            var subject = string.Create(CultureInfo.InvariantCulture, $"[PartnerHub] 一次回答期限のお知らせ {supportCase.Number}（期限 {due}）");
            var body = string.Create(CultureInfo.InvariantCulture,
                $"エスカレーション {supportCase.Number}「{supportCase.Subject}」の一次回答期限は {due} です。\n残り営業時間: {sla.Remaining.TotalHours:0.0} 時間\n\n/escalations/{supportCase.Id}\n");
            // No partner id: the reminder is the desk's own mail and must not show in a partner's outbox view.
            db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), null, recipient, subject, body, topic, now));
            logger.LogInformation("SLA reminder queued for {Number} (due {Due}) to {Recipient}", supportCase.Number, sla.Due, recipient);
            queued++;
        }

        if (queued > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return queued;
    }

    public static string TopicOf(Guid caseId, DateTimeOffset due) =>
        string.Create(CultureInfo.InvariantCulture, $"{Topic}:{caseId:N}:{due.ToUnixTimeSeconds()}");

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ReminderCheckEverySeconds);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
