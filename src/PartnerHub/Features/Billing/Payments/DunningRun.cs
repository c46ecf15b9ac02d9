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
    IOptionsMonitor<PaymentsOptions> options, TimeProvider clock, ILogger<DunningRun> logger, IBusinessCalendarSource calendars) : IDunningRound
{
    /// <inheritdoc />
    public bool IsEnabled(PaymentsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.DunningEnabled;
    }

    /// <summary>The outbox topic; the invoice id and stage follow.</summary>
    public const string Topic = "billing-dunning";

    /// <summary>Queues the reminders due on <paramref name="today"/> (a Tokyo date); returns how many invoices were reminded.</summary>
    public async Task<int> RunOnceAsync(DateOnly today, string by, CancellationToken cancellationToken)
    {
        var policy = options.CurrentValue.DunningOn(await calendars.CurrentAsync(cancellationToken));
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var overdue = (await ReceivableQueries.InvoiceBalancesAsync(db, policy, today, null, null, cancellationToken)).Where(b => b.IsOverdue).ToList();
        var partners = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var recipientsByPartner = new Dictionary<Guid, List<NoticeRecipient>>();
        var letters = new DunningLetters(Topic,
            async (invoice, token) =>
            {
                if (!recipientsByPartner.TryGetValue(invoice.PartnerId, out var recipients))
                {
                    recipients = await BillingContactsAsync(db, invoice.PartnerId, clock.GetUtcNow(), token);
                    recipientsByPartner[invoice.PartnerId] = recipients;
                }

                return recipients;
            },
            (invoice, stage, daysOverdue, final) => Compose(invoice, partners.GetValueOrDefault(invoice.PartnerId, invoice.RecipientName), daysOverdue, final));
        return await QueueAsync(db, db, overdue, policy, today, by, letters, cancellationToken);
    }

    /// <summary>
    /// The one dunning round every book of reminders goes through (the vendor's to partners here, a partner's to its customers in
    /// <c>Retail/CustomerDunningRun</c>): for each of <paramref name="overdue"/> the stage of <paramref name="policy"/> it has reached and
    /// not yet been sent (read through <paramref name="read"/>), e-mails to its recipients in each one's language and the log row, stored
    /// through <paramref name="write"/> in one save. A stage logged meanwhile by another round (the unique index) drops this round.
    /// </summary>
    internal async Task<int> QueueAsync(HubDbContext read, HubDbContext write, IReadOnlyList<InvoiceBalance> overdue, DunningPolicy policy, DateOnly today, string by,
        DunningLetters letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(overdue);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(letters);
        var now = clock.GetUtcNow();
        var ids = overdue.Select(b => b.InvoiceId).ToList();
        var sent = (await read.DunningNotices.AsNoTracking().Where(n => ids.Contains(n.InvoiceId)).Select(n => new { n.InvoiceId, n.Stage }).ToListAsync(cancellationToken))
            .ToLookup(n => n.InvoiceId, n => n.Stage);
        int reminded = 0;
        foreach (var invoice in overdue.OrderBy(b => b.DueDate))
        {
            if (policy.StageDue(invoice.DueDate, invoice.Open, today, sent[invoice.InvoiceId]) is not { } stage)
            {
                continue;
            }

            var recipients = await letters.RecipientsAsync(invoice, cancellationToken);
            int daysOverdue = policy.DaysOverdue(invoice.DueDate, today);
            string topic = string.Create(CultureInfo.InvariantCulture, $"{letters.Topic}:{invoice.InvoiceId:N}:{stage}");
            foreach (var byLanguage in recipients.GroupBy(r => r.Culture))
            {
                using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == byLanguage.Key) ?? HubCultures.Supported[0]);
                var (subject, body) = letters.Compose(invoice, stage, daysOverdue, stage == policy.StageDays[^1]);
                foreach (var recipient in byLanguage)
                {
                    write.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), invoice.PartnerId, recipient.Email, subject, body, topic, now));
                }
            }

            write.DunningNotices.Add(new DunningNotice(Guid.NewGuid(), invoice.InvoiceId, invoice.PartnerId, invoice.Number, stage, daysOverdue,
                invoice.DueDate, invoice.Open, recipients.Select(r => r.Email), today, now, by));
            logger.LogInformation("Dunning stage {Stage} queued for {Number} ({Topic}) to {Recipients} recipients", stage, invoice.Number, letters.Topic, recipients.Count);
            reminded++;
        }

        if (reminded > 0)
        {
            try
            {
                await write.SaveChangesAsync(cancellationToken);
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

    private (string Subject, string Body) Compose(InvoiceBalance invoice, string partnerName, int daysOverdue, bool finalStage)
    {
        var culture = CultureInfo.CurrentUICulture;
        var link = new Uri(notices.CurrentValue.HubBaseUrl, "billing/invoices/" + invoice.InvoiceId.ToString("D", CultureInfo.InvariantCulture));
        string stageText = finalStage ? strings["Dunning_FinalStage"] : string.Empty;
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

/// <summary>What a dunning round needs to know of its book: the outbox topic, who is written to about an invoice, and the e-mail (in the current UI culture).</summary>
internal sealed record DunningLetters(
    string Topic,
    Func<InvoiceBalance, CancellationToken, Task<List<NoticeRecipient>>> RecipientsAsync,
    Func<InvoiceBalance, int, int, bool, (string Subject, string Body)> Compose);

/// <summary>A book of reminders the dunning job runs on its schedule: the vendor's to partners, a partner's to its customers.</summary>
public interface IDunningRound
{
    /// <summary>Whether the job runs this round (<see cref="PaymentsOptions"/>).</summary>
    bool IsEnabled(PaymentsOptions settings);

    /// <summary>Queues the reminders due on <paramref name="today"/>; returns how many invoices were reminded.</summary>
    Task<int> RunOnceAsync(DateOnly today, string by, CancellationToken cancellationToken);
}

/// <summary>
/// Runs every <see cref="IDunningRound"/> for today every <see cref="PaymentsOptions.DunningCheckEveryMinutes"/> (each stage is queued once):
/// the vendor's reminders to partners (<see cref="PaymentsOptions.DunningEnabled"/>) and partners' reminders to their customers
/// (<see cref="PaymentsOptions.CustomerDunningEnabled"/>), in that order; a failed round is logged and the next round of the job tries again.
/// </summary>
public sealed class DunningJob(IEnumerable<IDunningRound> rounds, IOptionsMonitor<PaymentsOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<DunningJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    public const string By = "dunning-job";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.CurrentValue.DunningCheckEveryMinutes);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var today = JapaneseFormat.TokyoDate(Clock.GetUtcNow());
        foreach (var round in rounds.Where(r => r.IsEnabled(options.CurrentValue)))
        {
            await round.RunOnceAsync(today, By, cancellationToken);
        }
    }
}

/// <summary>Finance's button: runs today's reminders now.</summary>
public sealed class RunDunningNow(DunningRun run, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<int?> ExecuteAsync(CancellationToken cancellationToken = default) =>
        currentUser.IsInAnyRole(BillingPermissions.ManageRoles)
            ? await run.RunOnceAsync(JapaneseFormat.TokyoDate(clock.GetUtcNow()), currentUser.Name, cancellationToken)
            : null;
}
