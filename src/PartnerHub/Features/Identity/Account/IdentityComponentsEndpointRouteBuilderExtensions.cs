using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Security;

namespace PartnerHub.Features.Identity.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // Sign-out is a POST endpoint because a Blazor component cannot clear the auth cookie over a circuit.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account").WithMetadata(new AllowedDuringEnrolmentAttribute());
        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect($"~/{returnUrl}");
        });
        return accountGroup;
    }
}
