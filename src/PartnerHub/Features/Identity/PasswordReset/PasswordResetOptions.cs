using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Identity.PasswordReset;

/// <summary>Self-service password reset by e-mail link (section <c>PasswordReset</c>; docs/operations.md "Accounts").</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>How long a reset link works after it was sent; a link also stops working once used or once the password changed.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Reset e-mails one account receives per hour, whichever addresses ask: further requests get the same answer and no
    /// e-mail (the links already sent keep working), so nobody can flood a mailbox.
    /// </summary>
    [Range(1, 20)]
    public int MailsPerAccountPerHour { get; set; } = 3;
}
