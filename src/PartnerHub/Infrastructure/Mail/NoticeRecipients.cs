using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;

namespace PartnerHub.Infrastructure.Mail;

/// <summary>A person to notify and the UI language they chose ("ja" or "en").</summary>
public sealed record NoticeRecipient(string Email, string Culture);

/// <summary>
/// Who gets a notice. Stopped accounts (locked until far in the future) get none; an expired lockout after failed
/// sign-ins is an active account again.
/// </summary>
public static class NoticeRecipients
{
    /// <summary>The active users of an organisation (a partner's staff and administrators).</summary>
    public static Task<List<NoticeRecipient>> OfOrganisationAsync(HubDbContext db, Guid organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.OrganisationId == organisationId && u.Email != null && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new NoticeRecipient(u.Email!, u.PreferredCulture)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A customer's notification addresses (the field may hold several, separated by commas, semicolons, spaces or "、"), each in the
    /// customer's notification language; none when it has no usable address.
    /// </summary>
    public static List<NoticeRecipient> OfCustomer(string? notificationEmails, string language) =>
    [
        .. (notificationEmails ?? string.Empty)
            .Split([',', ';', ' ', '\n', '\r', '\t', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => a.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(a => new NoticeRecipient(a, language)),
    ];

    /// <summary>The active users in a role (e.g. vendor operations).</summary>
    public static Task<List<NoticeRecipient>> InRoleAsync(HubDbContext db, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role && user.Email != null && (user.LockoutEnd == null || user.LockoutEnd < now)
                select new NoticeRecipient(user.Email!, user.PreferredCulture)).ToListAsync(cancellationToken);
    }
}
