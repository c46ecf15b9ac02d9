using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity;

/// <summary>Adds the user's organisation and its kind to the sign-in cookie: the tenant scope is read from them.</summary>
internal sealed class HubClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    HubDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaim(new Claim(HubClaimTypes.OrganisationId, organisation.Id.ToString()));
        identity.AddClaim(new Claim(HubClaimTypes.OrganisationKind, organisation.Kind.ToString()));
        identity.AddClaim(new Claim(HubClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(HubClaimTypes.TwoFactorEnabled, user.TwoFactorEnabled.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
