using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Notices;

/// <summary>E-mail notices (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>The hub's public address, for links in e-mails.</summary>
    [Required]
    public Uri HubBaseUrl { get; set; } = new("http://127.0.0.1:5080/");

    /// <summary>Sender address.</summary>
    [Required, EmailAddress]
    public string From { get; set; } = "partnerhub@vendor.example";

    /// <summary>SMTP server; when empty, e-mails are written as .eml files to <see cref="PickupDirectory"/> instead.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>SMTP port.</summary>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Use STARTTLS.</summary>
    public bool SmtpEnableSsl { get; set; } = true;

    /// <summary>SMTP user name (optional).</summary>
    public string? SmtpUserName { get; set; }

    /// <summary>SMTP password (optional; keep it in a secret store or environment variable).</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>Folder for .eml files when no SMTP server is set (demo and development).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>How often the outbox is sent, in seconds.</summary>
    [Range(1, 3600)]
    public int SendEverySeconds { get; set; } = 10;

    /// <summary>Attempts before an e-mail is abandoned (it stays in the outbox with its last error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;
}
