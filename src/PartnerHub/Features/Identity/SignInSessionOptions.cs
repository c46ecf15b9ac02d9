using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Features.Identity;

/// <summary>How long a sign-in lasts and how soon a session notices a change to its account (section <c>Sessions</c>).</summary>
public sealed class SignInSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>
    /// Sign-in lifetime of the roles that must use two-factor sign-in (vendor, desk, finance): they see every partner. Absolute:
    /// the session ends this long after signing in, however active the user is (renewals never extend it).
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "14.00:00:00")]
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in lifetime of everyone else (partners, hardware vendor); sliding: renewed while the user keeps working.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan PartnerLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How often a request or an open page re-checks its account (security stamp, organisation active): a lock, a role change
    /// or a deactivated organisation ends its sessions within this time. Each check reads the user from the database.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ValidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
