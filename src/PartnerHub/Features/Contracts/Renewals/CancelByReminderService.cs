using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>
/// Reminds the partner's staff of a coming cancel-by date (004 §4-3: notice at least two months before expiry): on each
/// reminder day of the plan (<see cref="ContractTimeline.CancelByReminders"/>, by default 20 and 5 business days before
/// the last business day on or before the cancel-by date), one e-mail per contract and reminder to every active user of
/// the partner, in the language each chose, queued in the outbox (sent by <c>Infrastructure/Mail/EmailOutbox</c>).
/// Contracts that already have a non-renewal notice or a scheduled early end need no reminder.
/// </summary>
/// <remarks>
/// The outbox topic names the contract, the term and the reminder day, so each reminder is queued once whatever the
/// number of rounds. A round that comes after a reminder day (the hub was down that day) still sends the latest reminder
/// due, never an earlier one it has outgrown.
/// </remarks>
public sealed class CancelByReminderService(
    HubDbContextOptions contextOptions, IStringLocalizer<RenewalStrings> strings, IOptionsMonitor<MailOptions> notices,
    IOptionsMonitor<RenewalsOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger<CancelByReminderService> logger,
    IBusinessCalendarSource calendars, IPlanPolicySource policies)
    : PeriodicJob(jobs, clock, logger)
{
    /// <summary>The outbox topic; the contract id, term number and reminder day follow.</summary>
    public const string Topic = "renewal-cancel-by";

    /// <summary>Queues the reminders due on <paramref name="today"/> (a Tokyo date); returns how many contracts were reminded.</summary>
    public async Task<int> RunOnceAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        // Reminder days are business days on the calendars with the vendor's closures (a closure moves them earlier).
        var calendarSet = await calendars.CurrentAsync(cancellationToken);
        var policySet = await policies.CurrentAsync(cancellationToken);
        await using var db = contextOptions.Create(TenantScope.System, Clock);
        var candidates = await db.Contracts.AsNoTracking()
            .Where(c => c.Status == ContractStatus.Delivered || c.Status == ContractStatus.Active)
            .Where(c => c.NonRenewalNoticeOn == null && c.EarlyEndOn == null)
            .Where(RenewalWorklistQueries.CancelByBetween(today, LatestCancelByToRemind(today, calendarSet, policySet), calendarSet, policySet))
            .Join(db.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new { Contract = c, Customer = cu.Name })
            .ToListAsync(cancellationToken);
        var recipientsByPartner = new Dictionary<Guid, List<NoticeRecipient>>();
        int reminded = 0;
        foreach (var candidate in candidates)
        {
            var contract = candidate.Contract;
            if (RenewalOutlook.For(contract, calendarSet) is not { Outcome: WorklistOutcome.Renews } outlook)
            {
                continue;
            }

            var timeline = contract.Timeline(calendarSet)!;
            var term = timeline.Term(outlook.Term);
            var reminderDays = timeline.CancelByReminders(term);
            var arrived = reminderDays.Where(day => day <= today).ToList();
            if (today > term.CancelByBusinessDay || arrived.Count == 0)
            {
                continue;
            }

            var reminderDay = arrived[^1];

            string topic = TopicOf(contract.Id, term.Number, reminderDay);
            if (await db.OutboundEmails.AnyAsync(e => e.Topic == topic, cancellationToken))
            {
                continue;
            }

            if (!recipientsByPartner.TryGetValue(contract.PartnerId, out var recipients))
            {
                recipients = await NoticeRecipients.OfOrganisationAsync(db, contract.PartnerId, now, cancellationToken);
                recipientsByPartner[contract.PartnerId] = recipients;
            }

            foreach (var byLanguage in recipients.GroupBy(r => r.Culture))
            {
                using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == byLanguage.Key) ?? HubCultures.Supported[0]);
                var (subject, body) = Compose(contract, candidate.Customer, outlook, reminderDays.Count(d => d >= reminderDay), today);
                foreach (var recipient in byLanguage)
                {
                    db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), contract.PartnerId, recipient.Email, subject, body, topic, now));
                }
            }

            logger.LogInformation("Cancel-by reminder queued for {Number} (cancel by {CancelBy}) to {Recipients} recipients",
                contract.Number, outlook.CancelBy, recipients.Count);
            reminded++;
        }

        if (reminded > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return reminded;
    }

    public static string TopicOf(Guid contractId, int term, DateOnly reminderDay) =>
        string.Create(CultureInfo.InvariantCulture, $"{Topic}:{contractId:N}:{term}:{reminderDay:yyyyMMdd}");

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.CurrentValue.ReminderCheckEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) =>
        options.CurrentValue.RemindersEnabled ? RunOnceAsync(JapaneseFormat.TokyoDate(Clock.GetUtcNow()), cancellationToken) : Task.CompletedTask;

    // The furthest cancel-by date a reminder can be due for today: the longest lead of any plan and policy version, in
    // business days, plus a run of closed days (New Year, Golden Week) between the cancel-by date and the business day before it.
    private static DateOnly LatestCancelByToRemind(DateOnly today, BusinessCalendarSet calendarSet, PlanPolicySet policySet)
    {
        var latest = today;
        foreach (var (_, policy) in ServicePlan.All.SelectMany(plan => policySet.Variants(plan.Code)))
        {
            int lead = policy.CancelByReminderBusinessDays.DefaultIfEmpty(0).Max();
            if (lead > 0)
            {
                var candidate = policy.On(calendarSet).Calendar.AddBusinessDays(today, lead).AddDays(14);
                latest = candidate > latest ? candidate : latest;
            }
        }

        return latest;
    }

    private (string Subject, string Body) Compose(ServiceContract contract, string customer, RenewalOutlook outlook, int remindersLeft, DateOnly today)
    {
        var culture = CultureInfo.CurrentUICulture;
        string cancelBy = JapaneseFormat.Date(outlook.CancelBy, culture);
        var subject = strings["Reminder_Subject", contract.Number, cancelBy];
        var link = new Uri(notices.CurrentValue.HubBaseUrl, "contracts/" + contract.Id.ToString("D", CultureInfo.InvariantCulture));
        var body = new StringBuilder()
            .AppendLine(strings["Reminder_Body", contract.Number, customer, cancelBy, outlook.DaysLeft(today)])
            .AppendLine(strings["Reminder_IfNothingDone", outlook.Describe(strings, longDates: true)]);
        if (outlook.CancelByIsClosedDay)
        {
            // 004 has no roll-back rule: the deadline stays, but the partner must act by the business day before it.
            body.AppendLine(strings["Reminder_ClosedDay", JapaneseFormat.Date(outlook.CancelByBusinessDay, culture)]);
        }

        body.AppendLine(strings["Reminder_HowTo"]);
        if (remindersLeft <= 1)
        {
            body.AppendLine(strings["Reminder_Last"]);
        }

        body.AppendLine(strings["Reminder_Link", link]);
        return (subject, body.ToString());
    }
}
