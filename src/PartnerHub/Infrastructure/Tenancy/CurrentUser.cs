using System.Globalization;
using System.Security.Claims;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>
/// The signed-in user of the current request or Blazor circuit (scoped). Set by <see cref="CurrentUserMiddleware"/>
/// for HTTP requests and by <see cref="CurrentUserCircuitHandler"/> for circuits, because a circuit outlives
/// the HTTP request that opened it.
/// </summary>
public sealed class CurrentUser
{
    private ClaimsPrincipal _principal = new(new ClaimsIdentity());
    private TenantScope? _explicitScope;

    public ClaimsPrincipal Principal => _principal;

    public bool IsAuthenticated => _principal.Identity?.IsAuthenticated == true;

    public string? UserId => _principal.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The sign-in name recorded as "by" on workflow steps.</summary>
    public string Name => _principal.Identity?.Name ?? string.Empty;

    public bool IsInRole(string role) => _principal.IsInRole(role);

    /// <summary>True when the user holds any of the comma-separated roles (the form [Authorize(Roles)] uses).</summary>
    public bool IsInAnyRole(string roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(_principal.IsInRole);
    }

    public TenantScope Scope => _explicitScope ?? ScopeOf(_principal);

    public void SetUser(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        _principal = principal;
    }

    /// <summary>For background work in its own DI scope: act as the system, across partners.</summary>
    public void UseSystemScope() => _explicitScope = TenantScope.System;

    public static TenantScope ScopeOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return TenantScope.Anonymous;
        }

        Guid? organisationId = Guid.TryParse(principal.FindFirstValue(HubClaimTypes.OrganisationId), CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
        OrganisationKind? kind = Enum.TryParse<OrganisationKind>(principal.FindFirstValue(HubClaimTypes.OrganisationKind), out var parsed)
            ? parsed
            : null;
        return new TenantScope(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name, organisationId, kind);
    }
}
