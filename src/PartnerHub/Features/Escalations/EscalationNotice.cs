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

/// <summary>Tells the desk mailbox that a case was escalated: number, partner, customer, subject, first-answer due time.</summary>
public sealed class EscalationNotice(IStringLocalizer<EscalationStrings> strings, IOptionsMonitor<EscalationsOptions> options, IOptionsMonitor<MailOptions> notices,
    Catalogue.Calendars.BusinessCalendarDirectory calendars)
{
    public const string Topic = "case-escalated";

    public async Task Queue(HubDbContext db, SupportCase supportCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(supportCase);
        var partner = await db.Organisations.Where(o => o.Id == supportCase.PartnerId).Select(o => o.Name).FirstOrDefaultAsync();
        var customer = await db.Customers.Where(c => c.Id == supportCase.CustomerId).Select(c => c.Name).FirstOrDefaultAsync();
        var due = supportCase.EvaluateSla(await calendars.DeskSlaClockAsync(), now)?.Due;
        var link = new Uri(notices.CurrentValue.HubBaseUrl, "escalations/" + supportCase.Id.ToString("D", CultureInfo.InvariantCulture));
        string subject;
        var body = new StringBuilder();
        using (CultureScope.Use(HubCultures.Supported[0]))
        {
            subject = strings["Escalated_Subject", supportCase.Number, partner ?? "-"];
            Append(body, supportCase, partner, customer, due, link);
        }

        body.AppendLine().AppendLine("----").AppendLine();
        using (CultureScope.Use(HubCultures.Supported[1]))
        {
            Append(body, supportCase, partner, customer, due, link);
        }

        db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), supportCase.PartnerId, options.CurrentValue.DeskMailbox, subject, body.ToString(),
            Topic + ":" + supportCase.Id.ToString("N", CultureInfo.InvariantCulture), now));
    }

    private void Append(StringBuilder body, SupportCase supportCase, string? partner, string? customer, DateTimeOffset? due, Uri link)
    {
        body.AppendLine(strings["Escalated_Line", supportCase.Number, partner ?? "-", customer ?? "-"]);
        body.AppendLine(strings["Escalated_Case", supportCase.Subject]);
        if (due is { } dueAt)
        {
            body.AppendLine(strings["Escalated_Due", JapaneseFormat.ShortDateTime(dueAt)]);
        }

        body.AppendLine(strings["Escalated_Link", link]);
    }
}
