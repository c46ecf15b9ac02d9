using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity;

/// <summary>
/// The absolute lifetime of a staff sign-in (roles that must use two-factor sign-in: they see every partner): it ends
/// <see cref="SignInSessionOptions.StaffLifetime"/> after the password and code were entered, however active the user is.
/// Sliding renewal alone would re-issue the cookie for another full lifetime on every renewal. The sign-in time is kept in
/// the cookie's properties (carried through every renewal) and, for open pages, as a claim.
/// </summary>
internal static class StaffSignInLimit
{
    private const string SignedInAtItem = ".hub.signedInAt";

    public static bool IsStaff(ClaimsPrincipal? principal) =>
        principal?.FindAll(ClaimTypes.Role).Any(role => HubRoles.RequiresTwoFactor(role.Value)) == true;

    /// <summary>
    /// Records the sign-in time on a new sign-in; a renewed sign-in (<c>RefreshSignInAsync</c>) keeps the first one.
    /// Returns the time the sign-in started.
    /// </summary>
    public static DateTimeOffset Stamp(ClaimsPrincipal? principal, AuthenticationProperties properties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var signedInAt = SignedInAt(principal, properties) ?? now;
        properties.Items[SignedInAtItem] = Format(signedInAt);
        if (principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == HubClaimTypes.SignedInAt))
        {
            identity.AddClaim(new Claim(HubClaimTypes.SignedInAt, Format(signedInAt)));
        }

        return signedInAt;
    }

    /// <summary>Keeps the sign-in time when the security-stamp check rebuilds the principal from the database.</summary>
    public static void Carry(ClaimsPrincipal? from, ClaimsPrincipal? to)
    {
        if (from?.FindFirst(HubClaimTypes.SignedInAt) is { } claim && to?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == HubClaimTypes.SignedInAt))
        {
            identity.AddClaim(new Claim(HubClaimTypes.SignedInAt, claim.Value));
        }
    }

    /// <summary>
    /// Whether a staff session has passed its absolute lifetime. A staff session that carries no sign-in time (a cookie
    /// issued before this rule) counts as ended, so its user signs in once more. Other roles follow their own lifetime.
    /// </summary>
    public static bool HasEnded(ClaimsPrincipal? principal, AuthenticationProperties? properties, DateTimeOffset now, TimeSpan staffLifetime) =>
        IsStaff(principal) && (SignedInAt(principal, properties) is not { } signedInAt || now >= signedInAt + staffLifetime);

    private static DateTimeOffset? SignedInAt(ClaimsPrincipal? principal, AuthenticationProperties? properties)
    {
        string? text = properties?.Items.TryGetValue(SignedInAtItem, out var item) == true ? item : principal?.FindFirstValue(HubClaimTypes.SignedInAt);
        return DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
    }

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
