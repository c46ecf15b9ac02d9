using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;

namespace PartnerHub.Features.Identity;

/// <summary>
/// Identity's sign-in with the hub's rule that users of an inactive organisation cannot sign in or stay signed in
/// (000 §7: accounts stop when the partner agreement ends).
/// </summary>
internal sealed class HubSignInManager(
        UserManager<ApplicationUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<ApplicationUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<ApplicationUser> confirmation,
        HubDbContext db)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // After the password was checked, so the answer "organisation inactive" is only given to the account's owner.
    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        return result.Succeeded && !await OrganisationIsActiveAsync(user) ? SignInResult.NotAllowed : result;
    }

    /// <summary>The session's user while its stamp is current and its organisation active; null ends the session.</summary>
    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await OrganisationIsActiveAsync(user) ? user : null;
    }

    private Task<bool> OrganisationIsActiveAsync(ApplicationUser user) =>
        db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.IsActive);
}
