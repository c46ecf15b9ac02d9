using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Resources;

namespace PartnerHub.Features.Devices.Health;

/// <summary>Writes the e-mail notices of a device state change for the partner's staff and vendor operations.</summary>
public sealed class DeviceStateNotices(
    IStringLocalizer<DeviceStrings> strings, IStringLocalizer<SharedStrings> shared, Microsoft.Extensions.Options.IOptionsMonitor<Infrastructure.Mail.MailOptions> noticeOptions)
{
    public const string Topic = "device-state";

    /// <summary>Worth telling people: going into trouble, or recovering from it.</summary>
    public static bool Matters(DeviceState from, DeviceState to) => (from, to) switch
    {
        (_, DeviceState.Offline or DeviceState.Silent or DeviceState.Degraded) => true,
        (DeviceState.Offline or DeviceState.Silent or DeviceState.Degraded, DeviceState.Online) => true,
        _ => false,
    };

    public async Task QueueAsync(HubDbContext db, DeviceHealth health, DeviceState previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(health);
        var customer = health.CustomerId is { } customerId
            ? await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        // Each person reads the notice in the language they chose in the hub.
        foreach (var byLanguage in (await RecipientsAsync(db, health.PartnerId, now, cancellationToken)).GroupBy(r => r.Culture))
        {
            var (subject, body) = Compose(health, previous, customer, byLanguage.Key);
            foreach (var recipient in byLanguage)
            {
                db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), health.PartnerId, recipient.Email, subject, body, Topic, now));
            }
        }
    }

    private static async Task<List<NoticeRecipient>> RecipientsAsync(HubDbContext db, Guid? partnerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = await NoticeRecipients.InRoleAsync(db, HubRoles.VendorOperations, now, cancellationToken);
        if (partnerId is { } partner)
        {
            recipients.AddRange(await NoticeRecipients.OfOrganisationAsync(db, partner, now, cancellationToken));
        }

        return recipients.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private (string Subject, string Body) Compose(DeviceHealth health, DeviceState previous, string? customer, string culture)
    {
        var body = new StringBuilder();
        using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == culture) ?? HubCultures.Supported[0]);
        var subject = strings["Notice_Subject", health.SerialNumber, shared["DeviceState_" + health.State]];
        AppendBody(body, health, previous, customer);
        return (subject, body.ToString());
    }

    private void AppendBody(StringBuilder body, DeviceHealth health, DeviceState previous, string? customer)
    {
        body.AppendLine(strings["Notice_Changed", health.SerialNumber, shared["DeviceState_" + previous], shared["DeviceState_" + health.State]]);
        if (customer is not null)
        {
            body.AppendLine(strings["Notice_Customer", customer]);
        }

        body.AppendLine(strings["Notice_LastSeen", health.LastSeenAt is { } seen ? JapaneseFormat.ShortDateTime(seen) : "-"]);
        body.AppendLine(strings["Notice_Advice_" + health.State]);
        body.AppendLine(strings["Notice_Link", new Uri(noticeOptions.CurrentValue.HubBaseUrl, "devices/" + health.ApplianceId.ToString("D", CultureInfo.InvariantCulture))]);
    }
}
