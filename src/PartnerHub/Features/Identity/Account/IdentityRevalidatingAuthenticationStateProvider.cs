using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerHub.Data;

namespace PartnerHub.Features.Identity.Account;

/// <summary>
/// Re-checks an open page's user every <see cref="SignInSessionOptions.ValidationInterval"/> with the same rule as the
/// cookie (security stamp, organisation active: <see cref="HubSignInManager"/>), so a lock, a role change or a deactivated
/// organisation also ends interactive sessions; a staff page also ends when its sign-in passes the staff lifetime.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<SignInSessionOptions> sessions,
        TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // The base class needs a positive interval; zero (check every request) is a test setting for the cookie.
    protected override TimeSpan RevalidationInterval => sessions.Value.ValidationInterval > TimeSpan.Zero ? sessions.Value.ValidationInterval : TimeSpan.FromSeconds(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A staff sign-in ends at its absolute lifetime on an open page too (StaffSignInLimit).
        if (StaffSignInLimit.HasEnded(authenticationState.User, null, clock.GetUtcNow(), sessions.Value.StaffLifetime))
        {
            return false;
        }

        // A new scope, so the check reads fresh data rather than the circuit's.
        await using var scope = scopeFactory.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signIn.ValidateSecurityStampAsync(authenticationState.User) is not null;
    }
}
