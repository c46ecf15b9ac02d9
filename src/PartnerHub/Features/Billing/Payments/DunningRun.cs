using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>
/// Sends the reminders (督促) due today: for every issued invoice with an open balance past its due date on the business
/// calendar, the stage of <see cref="DunningPolicy"/> it has reached, once per invoice and stage (<see cref="DunningNotice"/>,
/// unique), to the partner's billing contacts in each one's language through the e-mail outbox. The hub keeps no separate
/// billing contact on an organisation, so the partner's administrators are its billing contacts.
/// </summary>
public sealed class DunningRun(HubDbContextOptions contextOptions, IStringLocalizer<PaymentStrings> strings, IOptionsMonitor<MailOptions> notices,
    IOptionsMonitor<PaymentsOptions> options, TimeProvider clock, ILogger<DunningRun> logger, IBusinessCalendarSource calendars)
{
    /// <summary>The outbox topic; the invoice id and stage follow.</summary>
    public const string Topic = "billing-dunning";

    /// <summary>Queues the reminders due on <paramref name="today"/> (a Tokyo date); returns how many invoices were reminded.</summary>
    public async Task<int> RunOnceAsync(DateOnly today, string by, CancellationToken cancellationToken)
    {
        var policy = options.CurrentValue.DunningOn(await calendars.CurrentAsync(cancellationToken));
        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var overdue = (await ReceivableQueries.InvoiceBalancesAsync(db, policy, today, null, null, cancellationToken)).Where(b => b.IsOverdue).ToList();
        var ids = overdue.Select(b => b.InvoiceId).ToList();
        var sent = (await db.DunningNotices.AsNoTracking().Where(n => ids.Contains(n.InvoiceId)).Select(n => new { n.InvoiceId, n.Stage }).ToListAsync(cancellationToken))
            .ToLookup(n => n.InvoiceId, n => n.Stage);
        var partners = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var recipientsByPartner = new Dictionary<Guid, List<NoticeRecipient>>();
        int reminded = 0;
        foreach (var invoice in overdue.OrderBy(b => b.DueDate))
        {
            if (policy.StageDue(invoice.DueDate, invoice.Open, today, sent[invoice.InvoiceId]) is not { } stage)
            {
                continue;
            }

            if (!recipientsByPartner.TryGetValue(invoice.PartnerId, out var recipients))
            {
                recipients = await BillingContactsAsync(db, invoice.PartnerId, now, cancellationToken);
                recipientsByPartner[invoice.PartnerId] = recipients;
            }

            string topic = string.Create(CultureInfo.InvariantCulture, $"{Topic}:{invoice.InvoiceId:N}:{stage}");
            foreach (var byLanguage in recipients.GroupBy(r => r.Culture))
            {
                using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == byLanguage.Key) ?? HubCultures.Supported[0]);
                var (subject, body) = Compose(invoice, partners.GetValueOrDefault(invoice.PartnerId, invoice.RecipientName), stage, policy.DaysOverdue(invoice.DueDate, today), policy);
                foreach (var recipient in byLanguage)
                {
                    db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), invoice.PartnerId, recipient.Email, subject, body, topic, now));
                }
            }

            db.DunningNotices.Add(new DunningNotice(Guid.NewGuid(), invoice.InvoiceId, invoice.PartnerId, invoice.Number, stage, policy.DaysOverdue(invoice.DueDate, today),
                invoice.DueDate, invoice.Open, recipients.Select(r => r.Email), today, now, by));
            logger.LogInformation("Dunning stage {Stage} queued for {Number} to {Recipients} recipients", stage, invoice.Number, recipients.Count);
            reminded++;
        }

        if (reminded > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                // Another round (the button while the job ran) logged the same stage first: its reminders stand, these are dropped.
                logger.LogWarning(exception, "Dunning round dropped: another round queued the same reminders");
                return 0;
            }
        }

        return reminded;
    }

    /// <summary>The partner's billing contacts: its active administrators (the hub keeps no other billing contact).</summary>
    public static Task<List<NoticeRecipient>> BillingContactsAsync(HubDbContext db, Guid partnerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.OrganisationId == partnerId && role.Name == HubRoles.PartnerAdmin && user.Email != null && (user.LockoutEnd == null || user.LockoutEnd < now)
                orderby user.Email
                select new NoticeRecipient(user.Email!, user.PreferredCulture)).ToListAsync(cancellationToken);
    }

    private (string Subject, string Body) Compose(InvoiceBalance invoice, string partnerName, int stage, int daysOverdue, DunningPolicy policy)
    {
        var culture = CultureInfo.CurrentUICulture;
        var link = new Uri(notices.CurrentValue.HubBaseUrl, "billing/invoices/" + invoice.InvoiceId.ToString("D", CultureInfo.InvariantCulture));
        string stageText = stage == policy.StageDays[^1] ? strings["Dunning_FinalStage"] : string.Empty;
        var body = new StringBuilder()
            .AppendLine(strings["Dunning_Greeting", partnerName])
            .AppendLine(strings["Dunning_Body", invoice.Number, JapaneseFormat.Date(invoice.DueDate, culture), daysOverdue, JapaneseFormat.Yen(invoice.Open.Amount)])
            .AppendLine(strings["Dunning_IfPaid"]);
        if (stageText.Length > 0)
        {
            body.AppendLine(stageText);
        }

        body.AppendLine(strings["Dunning_Link", link]);
        return (strings["Dunning_Subject", invoice.Number, daysOverdue], body.ToString());
    }
}

/// <summary>Runs <see cref="DunningRun"/> for today every <see cref="PaymentsOptions.DunningCheckEveryMinutes"/> (each stage is queued once).</summary>
public sealed class DunningJob(DunningRun run, IOptionsMonitor<PaymentsOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger<DunningJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    public const string By = "dunning-job";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.CurrentValue.DunningCheckEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) =>
        options.CurrentValue.DunningEnabled ? run.RunOnceAsync(JapaneseFormat.TokyoDate(Clock.GetUtcNow()), By, cancellationToken) : Task.CompletedTask;
}

/// <summary>Finance's button: runs today's reminders now.</summary>
public sealed class RunDunningNow(DunningRun run, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<int?> ExecuteAsync(CancellationToken cancellationToken = default) =>
        currentUser.IsInAnyRole(BillingPermissions.ManageRoles)
            ? await run.RunOnceAsync(JapaneseFormat.TokyoDate(clock.GetUtcNow()), currentUser.Name, cancellationToken)
            : null;
}
