using Microsoft.AspNetCore.Identity;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Organisations.Users;

/// <summary>Issues an account in an organisation (000 §7: accounts are issued on approval) with a one-time password.</summary>
public sealed class CreateUser(UserManager<ApplicationUser> userManager, OrganisationQueries organisations, CurrentUser currentUser)
{
    public async Task<UserCommandResult> ExecuteAsync(NewUserInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!OrganisationsPermissions.CanManageUsersOf(currentUser, input.OrganisationId))
        {
            return UserCommandResult.Fail(UserCommandError.NotAllowed);
        }

        // Resolved through the tenant-scoped query: a partner admin cannot even see another organisation.
        var organisation = await organisations.GetAsync(input.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return UserCommandResult.Fail(UserCommandError.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || string.IsNullOrWhiteSpace(input.Email))
        {
            return UserCommandResult.Fail(UserCommandError.Required);
        }

        if (!HubRoles.All.Contains(input.Role) || HubRoles.KindOf(input.Role) != organisation.Kind)
        {
            return UserCommandResult.Fail(UserCommandError.RoleNotForOrganisation);
        }

        if (await userManager.FindByEmailAsync(input.Email.Trim()) is not null)
        {
            return UserCommandResult.Fail(UserCommandError.EmailTaken);
        }

        var user = new ApplicationUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            OrganisationId = organisation.Id,
            LockoutEnabled = true,
        };
        var password = TemporaryPassword.Create();
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return UserCommandResult.Fail(created.Errors.Any(e => e.Code.Contains("Email", StringComparison.Ordinal)) ? UserCommandError.InvalidEmail : UserCommandError.Rejected);
        }

        await userManager.AddToRoleAsync(user, input.Role);
        return UserCommandResult.Ok(password);
    }
}

public sealed class NewUserInput
{
    public Guid OrganisationId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;
}

public enum UserCommandError
{
    None,
    NotAllowed,
    Required,
    RoleNotForOrganisation,
    EmailTaken,
    InvalidEmail,
    Rejected,
    NotFound,
    OwnAccount,
}

/// <summary>Outcome of a user command; <see cref="OneTimePassword"/> is shown once to the administrator.</summary>
public sealed record UserCommandResult(UserCommandError Error, string? OneTimePassword)
{
    public bool Succeeded => Error == UserCommandError.None;

    public static UserCommandResult Ok(string? oneTimePassword = null) => new(UserCommandError.None, oneTimePassword);

    public static UserCommandResult Fail(UserCommandError error) => new(error, null);
}
