using System.Security.Claims;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity;

/// <summary>
/// Vendor, desk and finance users see every partner's data, so they must enrol a TOTP authenticator before
/// anything else: until they do, every page sends them to the enrolment page.
/// </summary>
public sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next)
{
    public const string EnrolmentPath = "/Account/Manage/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MustEnrol(context.User) && !IsAllowedDuringEnrolment(context.Request.Path))
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }

        return next(context);
    }

    public static bool MustEnrol(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && !string.Equals(user.FindFirstValue(HubClaimTypes.TwoFactorEnabled), bool.TrueString, StringComparison.OrdinalIgnoreCase)
            && HubRoles.All.Any(role => HubRoles.RequiresTwoFactor(role) && user.IsInRole(role));
    }

    // The account pages, the framework's endpoints and static files must stay reachable to complete enrolment.
    private static bool IsAllowedDuringEnrolment(PathString path) =>
        path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/culture", StringComparison.OrdinalIgnoreCase)
        || Path.HasExtension(path.Value);
}
