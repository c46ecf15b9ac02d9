using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Auditing;
using PartnerHub.Domain.Notices;
using PartnerHub.Features.Identity.Account;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity.PasswordReset;

/// <summary>What became of a reset submitted with a new password.</summary>
public enum PasswordResetOutcome
{
    Done,

    /// <summary>The link is unknown, expired, already used or its account may not sign in.</summary>
    LinkInvalid,

    /// <summary>The new password breaks the password rules; the link still works.</summary>
    PasswordRejected,
}

/// <summary>
/// Self-service password reset: a link by e-mail (through the outbox, in the user's language) and the new password. The
/// request answers the same whether or not the address has an account; a reset renews the security stamp, so the user's
/// other sessions end at their next check and the link works once; it signs nobody in, so two-factor sign-in still follows.
/// </summary>
public sealed class PasswordResets(
    UserManager<ApplicationUser> users,
    HubDbContextOptions contextOptions,
    TimeProvider clock,
    IOptionsMonitor<PasswordResetOptions> options,
    IOptionsMonitor<MailOptions> mail,
    IStringLocalizer<AccountStrings> strings,
    ILogger<PasswordResets> logger)
{
    /// <summary>Topic of a reset e-mail in the outbox, followed by the user's id.</summary>
    public const string TopicPrefix = "password-reset:";

    // An account stopped by its administrator is locked until far in the future; a lockout after wrong passwords is short.
    private static readonly TimeSpan s_stoppedAccountLockout = TimeSpan.FromDays(365);

    /// <summary>
    /// Queues a reset link for the account with <paramref name="email"/> when it may sign in (organisation active, not
    /// stopped) and has not had <see cref="PasswordResetOptions.MailsPerAccountPerHour"/> links this hour. The caller shows
    /// the same answer whatever happened, so the answer tells nobody whether an account exists.
    /// </summary>
    public async Task RequestAsync(string email, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null)
        {
            logger.LogInformation("Password reset asked for an address without an account; no e-mail sent.");
            return;
        }

        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        if (!await MaySignInAsync(db, user, now, cancellationToken))
        {
            logger.LogInformation("Password reset asked for user {UserId}, whose organisation is inactive or account stopped; no e-mail sent.", user.Id);
            return;
        }

        var topic = TopicPrefix + user.Id;
        var hourAgo = now - TimeSpan.FromHours(1);
        if (await db.OutboundEmails.CountAsync(e => e.Topic == topic && e.CreatedAt > hourAgo, cancellationToken) >= options.CurrentValue.MailsPerAccountPerHour)
        {
            logger.LogWarning("Password reset asked again for user {UserId} from {Address}; this hour's e-mails are sent already.", user.Id, clientAddress);
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri(mail.CurrentValue.HubBaseUrl, "Account/ResetPassword?user=" + Uri.EscapeDataString(user.Id) + "&code=" + token);
        var (subject, body) = Compose(user, link, now + options.CurrentValue.LinkLifetime);
        db.OutboundEmails.Add(new OutboundEmail(Guid.NewGuid(), null, user.Email, subject, body, topic, now));
        db.AuditEntries.Add(Audit(user, now, "PasswordResetRequested", clientAddress));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Password reset link queued for user {UserId} (asked from {Address}).", user.Id, clientAddress);
    }

    /// <summary>The account of a reset link that still works (not expired or used, account may sign in), or null.</summary>
    public async Task<ApplicationUser?> FindLinkAccountAsync(string? userId, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        await using var db = contextOptions.Create(TenantScope.System, clock);
        return await MaySignInAsync(db, user, clock.GetUtcNow(), cancellationToken)
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, code)
            ? user
            : null;
    }

    /// <summary>Sets the new password with the link's token; the token is checked again, so a link used meanwhile fails.</summary>
    public async Task<PasswordResetOutcome> ResetAsync(string? userId, string? code, string newPassword, string? clientAddress, CancellationToken cancellationToken)
    {
        if (await FindLinkAccountAsync(userId, code, cancellationToken) is not { } user)
        {
            return PasswordResetOutcome.LinkInvalid;
        }

        var result = await users.ResetPasswordAsync(user, code!, newPassword ?? string.Empty);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? PasswordResetOutcome.LinkInvalid : PasswordResetOutcome.PasswordRejected;
        }

        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        db.AuditEntries.Add(Audit(user, now, "PasswordReset", clientAddress));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} reset their password by e-mail link from {Address}; other sessions end at their next check.", user.Id, clientAddress);
        return PasswordResetOutcome.Done;
    }

    private static async Task<bool> MaySignInAsync(HubDbContext db, ApplicationUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        (user.LockoutEnd is not { } end || end < now + s_stoppedAccountLockout)
        && await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.IsActive, cancellationToken);

    private (string Subject, string Body) Compose(ApplicationUser user, Uri link, DateTimeOffset expires)
    {
        using var language = CultureScope.Use(HubCultures.Supported.FirstOrDefault(c => c.Name == user.PreferredCulture) ?? HubCultures.Supported[0]);
        return (strings["ResetMailSubject"], strings["ResetMailBody", user.DisplayName, link, JapaneseFormat.ShortDateTime(expires)]);
    }

    // Who and when, not the secret: the entry names the step and the client address it came from.
    private static AuditEntry Audit(ApplicationUser user, DateTimeOffset at, string step, string? clientAddress) => new()
    {
        Id = Guid.NewGuid(),
        At = at,
        UserId = user.Id,
        UserName = user.UserName,
        PartnerId = user.OrganisationId,
        EntityType = nameof(ApplicationUser),
        EntityId = user.Id,
        Action = AuditAction.Updated,
        Changes = JsonSerializer.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [step] = new { before = (string?)null, after = clientAddress ?? string.Empty },
        }),
    };
}
