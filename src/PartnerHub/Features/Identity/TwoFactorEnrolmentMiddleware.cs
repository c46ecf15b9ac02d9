using System.Security.Claims;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Security;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity;

/// <summary>
/// Vendor, desk and finance users see every partner's data, so they must enrol a TOTP authenticator before
/// anything else: until they do, every page, export and API sends them to the enrolment page, except the endpoints marked
/// <see cref="AllowedDuringEnrolmentAttribute"/>.
/// </summary>
public sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next)
{
    public const string EnrolmentPath = "/Account/Manage/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MustEnrol(context.User) && !IsAllowedDuringEnrolment(context))
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

    // Decided by the endpoint the request was routed to, never by the shape of its path (a dot in the path let exports
    // through before). The Blazor script and circuit carry no data of their own and are needed by the account pages.
    private static bool IsAllowedDuringEnrolment(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<AllowedDuringEnrolmentAttribute>() is not null
        || context.Request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);
}
