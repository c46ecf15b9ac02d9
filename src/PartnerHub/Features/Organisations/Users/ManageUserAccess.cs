using Microsoft.AspNetCore.Identity;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Organisations.Users;

/// <summary>Locks, unlocks and resets the password of another user of an organisation the administrator manages.</summary>
public sealed class ManageUserAccess(UserManager<ApplicationUser> userManager, CurrentUser currentUser, TimeProvider timeProvider)
{
    public async Task<UserCommandResult> SetLockedAsync(string userId, bool locked)
    {
        var (user, error) = await FindManagedUserAsync(userId);
        if (user is null)
        {
            return UserCommandResult.Fail(error);
        }

        // A stopped account stays locked until it is unlocked (000 §7: accounts stop when the contract ends).
        await userManager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (locked)
        {
            await userManager.UpdateSecurityStampAsync(user);
        }
        else
        {
            await userManager.ResetAccessFailedCountAsync(user);
        }

        return UserCommandResult.Ok();
    }

    public async Task<UserCommandResult> ResetPasswordAsync(string userId)
    {
        var (user, error) = await FindManagedUserAsync(userId);
        if (user is null)
        {
            return UserCommandResult.Fail(error);
        }

        var password = TemporaryPassword.Create();
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var reset = await userManager.ResetPasswordAsync(user, token, password);
        return reset.Succeeded ? UserCommandResult.Ok(password) : UserCommandResult.Fail(UserCommandError.Rejected);
    }

    public bool IsLocked(OrganisationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsLockedOut(timeProvider.GetUtcNow());
    }

    private async Task<(ApplicationUser? User, UserCommandError Error)> FindManagedUserAsync(string userId)
    {
        if (string.Equals(userId, currentUser.UserId, StringComparison.Ordinal))
        {
            return (null, UserCommandError.OwnAccount);
        }

        var user = await userManager.FindByIdAsync(userId);
        if (user is null || !OrganisationsPermissions.CanManageUsersOf(currentUser, user.OrganisationId))
        {
            return (null, UserCommandError.NotFound);
        }

        return (user, UserCommandError.None);
    }
}
