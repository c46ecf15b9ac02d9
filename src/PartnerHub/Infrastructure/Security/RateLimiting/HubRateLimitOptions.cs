using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Infrastructure.Security.RateLimiting;

/// <summary>Request limits (section <c>RateLimits</c>); a request over a limit gets 429 with Retry-After.</summary>
public sealed class HubRateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    /// <summary>
    /// Sign-in, two-factor and recovery-code submissions for one account from one client address. Below Identity's lockout
    /// threshold (5 failures) per window, so one stranger's address cannot lock an account within a window.
    /// </summary>
    public FixedWindowLimit SignInPerAccountAndAddress { get; set; } = new() { PermitLimit = 4, Window = TimeSpan.FromHours(1) };

    /// <summary>Sign-in submissions from one client address for all accounts together (password spraying).</summary>
    public FixedWindowLimit SignInPerAddress { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(15) };

    /// <summary>
    /// Password-reset submissions (asking for a link, setting the new password) for one account (the e-mail asked for, the
    /// link's user) from one client address.
    /// </summary>
    public FixedWindowLimit PasswordResetPerAccountAndAddress { get; set; } = new() { PermitLimit = 3, Window = TimeSpan.FromHours(1) };

    /// <summary>Password-reset submissions from one client address for all accounts together (probing addresses, mail flooding).</summary>
    public FixedWindowLimit PasswordResetPerAddress { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>Batches one bridge (by its API key) may deliver; unknown keys share one limit per client address.</summary>
    public FixedWindowLimit BridgeIngest { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Document and export downloads (PDF, Excel, ZIP, attachments) of one signed-in user.</summary>
    public FixedWindowLimit Downloads { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limits = new (string Name, FixedWindowLimit Limit)[]
        {
            (nameof(SignInPerAccountAndAddress), SignInPerAccountAndAddress), (nameof(SignInPerAddress), SignInPerAddress),
            (nameof(PasswordResetPerAccountAndAddress), PasswordResetPerAccountAndAddress), (nameof(PasswordResetPerAddress), PasswordResetPerAddress),
            (nameof(BridgeIngest), BridgeIngest), (nameof(Downloads), Downloads),
        };
        foreach (var (name, limit) in limits)
        {
            if (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"{Section}:{name}: PermitLimit must be at least 1 and Window longer than zero.", [name]);
            }
        }
    }
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class FixedWindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
