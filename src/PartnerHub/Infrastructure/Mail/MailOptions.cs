using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>
/// How the hub sends e-mail (section <c>Mail</c>; the keys of the former section <c>Notices</c> are still read, and
/// <c>Mail</c> wins where both set a key).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The section these settings had before mail became infrastructure; still read so old set-ups keep working.</summary>
    public const string LegacySection = "Notices";

    /// <summary>The hub's public address, for links in e-mails.</summary>
    [Required]
    public Uri HubBaseUrl { get; set; } = new("http://127.0.0.1:5080/");

    /// <summary>Sender address (also the domain of each Message-ID).</summary>
    [Required, EmailAddress]
    public string From { get; set; } = "partnerhub@vendor.example";

    /// <summary>Sender's display name (optional), e.g. the vendor's name.</summary>
    public string? FromName { get; set; }

    /// <summary>SMTP server; when empty, e-mails are written as .eml files to <see cref="PickupDirectory"/> instead.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>SMTP port (587 submission with STARTTLS, 465 with TLS from the start, 25 relay).</summary>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>How the connection is protected.</summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>SMTP user name (optional: no authentication when empty).</summary>
    public string? SmtpUserName { get; set; }

    /// <summary>SMTP password (optional; keep it in a secret store or environment variable).</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>Seconds to wait for the server before an attempt counts as a temporary failure.</summary>
    [Range(1, 600)]
    public int SmtpTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Folder for .eml files when no SMTP server is set (demo and development). A relative path is taken from the
    /// content root; <c>scripts/run.sh</c> sets the repository's <c>db/local/mail</c>.
    /// </summary>
    [Required]
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>How often the outbox is sent, in seconds.</summary>
    [Range(1, 3600)]
    public int SendEverySeconds { get; set; } = 10;

    /// <summary>E-mails tried per round (the rest wait for the next round).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before an e-mail that keeps failing for now is abandoned (it stays in the outbox with its last error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first temporary failure, in seconds; it doubles with each further attempt.</summary>
    [Range(1, 86_400)]
    public int RetryAfterSeconds { get; set; } = 60;

    /// <summary>Longest wait between two attempts, in minutes.</summary>
    [Range(1, 10_080)]
    public int MaxRetryWaitMinutes { get; set; } = 240;

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryWait(int attempts)
    {
        var doubling = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(RetryAfterSeconds * doubling, MaxRetryWaitMinutes * 60.0));
    }
}

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS; refuses a server that does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption (a relay on the same host or a test server only).</summary>
    None,
}
