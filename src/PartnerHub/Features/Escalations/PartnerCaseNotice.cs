using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Notices;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Tells the partner's staff that the desk needs them: a report is ready for the customer, or the desk waits for the
/// partner. The e-mail names the case and links to it; what the desk wrote stays in the hub, behind its TLP marking.
/// </summary>
public sealed class PartnerCaseNotice(IStringLocalizer<EscalationStrings> strings, IOptionsMonitor<MailOptions> notices)
{
    public const string Topic = "case-for-partner";

    public enum Reason
    {
        Reported,
        WaitingForPartner,
    }

    public Func<HubDbContext, SupportCase, DateTimeOffset, Task> For(Reason reason) => (db, supportCase, now) => QueueAsync(db, supportCase, now, reason);

    private async Task QueueAsync(HubDbContext db, SupportCase supportCase, DateTimeOffset now, Reason reason)
    {
        var customer = await db.Customers.Where(c => c.Id == supportCase.CustomerId).Select(c => c.Name).FirstOrDefaultAsync();
        var link = new Uri(notices.CurrentValue.HubBaseUrl, "escalations/" + supportCase.Id.ToString("D", CultureInfo.InvariantCulture));
        var recipients = await NoticeRecipients.OfOrganisationAsync(db, supportCase.PartnerId, now, CancellationToken.None);
        foreach (var byLanguage in recipients.GroupBy(r => r.Culture))
        {
            using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == byLanguage.Key) ?? HubCultures.Supported[0]);
            var subject = strings["PartnerNotice_Subject_" + reason, supportCase.Number];
            var body = new StringBuilder()
                .AppendLine(strings["PartnerNotice_Body_" + reason, supportCase.Number, customer ?? "-"])
                .AppendLine(strings["Escalated_Case", supportCase.Subject])
                .AppendLine(strings["Escalated_Link", link])
                .ToString();
            foreach (var recipient in byLanguage)
            {
                db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), supportCase.PartnerId, recipient.Email, subject, body,
                    Topic + ":" + supportCase.Id.ToString("N", CultureInfo.InvariantCulture), now));
            }
        }
    }
}
