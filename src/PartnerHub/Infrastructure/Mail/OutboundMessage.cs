using System.Text;
using MimeKit;
using PartnerHub.Domain.Notices;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>
/// Turns a queued <see cref="OutboundEmail"/> into the MIME message that is sent: UTF-8 subject and body, a Message-ID
/// made of the e-mail's id (a resent copy is recognisably the same message) and the Date it was queued.
/// </summary>
public static class OutboundMessage
{
    /// <summary>The message for <paramref name="email"/>, or null with the reason when its recipient cannot be an address.</summary>
    public static MimeMessage? Compose(OutboundEmail email, MailOptions settings, out string? invalidRecipient)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(settings);
        if (!MailboxAddress.TryParse(ParserOptions.Default, email.Recipient.Trim(), out var recipient) || !recipient.Address.Contains('@', StringComparison.Ordinal))
        {
            invalidRecipient = $"Invalid recipient address: {email.Recipient}";
            return null;
        }

        invalidRecipient = null;
        var sender = MailboxAddress.Parse(settings.From);
        if (!string.IsNullOrWhiteSpace(settings.FromName))
        {
            sender.Name = settings.FromName;
        }

        var body = new TextPart(MimeKit.Text.TextFormat.Plain);
        body.SetText(Encoding.UTF8, email.Body);
        var message = new MimeMessage
        {
            Subject = OneLine(email.Subject),
            // The time the hub decided to send it: a retry is the same message, not a newer one.
            Date = email.CreatedAt,
            MessageId = $"{email.Id:N}@{sender.Domain}",
            Body = body,
        };
        message.From.Add(sender);
        message.To.Add(recipient);
        return message;
    }

    /// <summary>
    /// A subject is one line: a line break that came in with a customer's or device's name would otherwise end the
    /// header and start another, so line breaks and other control characters become spaces.
    /// </summary>
    public static string OneLine(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var line = new StringBuilder(subject.Length);
        foreach (char c in subject)
        {
            bool space = char.IsControl(c) || char.IsWhiteSpace(c);
            if (!space)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        return line.ToString().TrimEnd();
    }
}
