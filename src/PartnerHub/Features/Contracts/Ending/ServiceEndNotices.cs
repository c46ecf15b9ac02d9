using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Ending;

/// <summary>
/// Tells the partner, once a contract's service has ended, what follows: the hardware return (004 §4-4, 別紙4 §4: from
/// when, expected by, who pays shipping) and the day the customer's data is erased — so that the partner informs the
/// customer's registered contacts (the customer deals with the vendor through its partner, 004 §4-3). One e-mail per
/// contract and person, in the person's language; contracts that ended long before the hub sent these are left alone.
/// </summary>
public sealed class ServiceEndNotices(HubDbContextOptions contexts, IStringLocalizer<EndingStrings> strings, IOptionsMonitor<MailOptions> noticeOptions, TimeProvider clock,
    IBusinessCalendarSource calendarSource)
{
    public const string Topic = "service-end";

    /// <summary>How far back an ended contract is still worth telling about.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);

    /// <summary>Queues the notices of contracts that ended and were not told about yet; returns how many contracts.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = JapaneseFormat.TokyoDate(now - Lookback);
        await using var db = contexts.Create(TenantScope.System, clock);
        var ended = await db.Contracts.AsNoTracking()
            .Where(c => c.ServiceEndedOn != null && c.ServiceEndedOn >= since)
            .Select(c => new { Contract = c, Customer = db.Customers.Where(u => u.Id == c.CustomerId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var topics = ended.Select(e => TopicOf(e.Contract.Id)).ToList();
        var told = (await db.OutboundEmails.Where(e => topics.Contains(e.Topic)).Select(e => e.Topic).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        int contracts = 0;
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        foreach (var row in ended.Where(e => !told.Contains(TopicOf(e.Contract.Id))))
        {
            var contract = row.Contract;
            var timeline = contract.Timeline(calendars)!;
            foreach (var byLanguage in (await NoticeRecipients.OfOrganisationAsync(db, contract.PartnerId, now, cancellationToken)).GroupBy(r => r.Culture))
            {
                using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == byLanguage.Key) ?? HubCultures.Supported[0]);
                var culture = CultureInfo.CurrentUICulture;
                var subject = strings["EndNotice_Subject", contract.Number, row.Customer ?? string.Empty];
                var body = new StringBuilder()
                    .AppendLine(strings["EndNotice_Ended", contract.Number, row.Customer ?? string.Empty, JapaneseFormat.Date(contract.ServiceEndedOn!.Value, culture)]);
                if (timeline.HardwareReturn() is { } hardware)
                {
                    body.AppendLine(strings["Return"] + ": " + strings["ReturnText", JapaneseFormat.Date(hardware.ReturnFrom, culture), JapaneseFormat.Date(hardware.ExpectedBy, culture), strings["Payer_" + hardware.ShippingPaidBy]]);
                }

                if (timeline.DataDeletionDue() is { } due)
                {
                    body.AppendLine(strings["DataDeletionDue"] + ": " + strings["DataDeletionDueText", JapaneseFormat.Date(due, culture)]);
                }

                body.AppendLine(strings["EndNotice_Inform"])
                    .AppendLine(new Uri(noticeOptions.CurrentValue.HubBaseUrl, "contracts/" + contract.Id.ToString("D", CultureInfo.InvariantCulture)).ToString());
                foreach (var recipient in byLanguage)
                {
                    db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), contract.PartnerId, recipient.Email, subject, body.ToString(), TopicOf(contract.Id), now));
                }
            }

            contracts++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return contracts;
    }

    public static string TopicOf(Guid contractId) => Topic + ":" + contractId.ToString("N", CultureInfo.InvariantCulture);
}

/// <summary>Runs <see cref="ServiceEndNotices"/> every hour.</summary>
public sealed class ServiceEndNoticeJob(ServiceEndNotices notices, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger<ServiceEndNoticeJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken) => await notices.RunOnceAsync(cancellationToken);
}
