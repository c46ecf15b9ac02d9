using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Features.Identity.Account;
using PartnerHub.Infrastructure.Security;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Identity;

public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<FirstRun.FirstRunSetup>();
        services.AddScoped<PasswordReset.PasswordResets>();
        services.AddOptions<PasswordReset.PasswordResetOptions>().BindConfiguration(PasswordReset.PasswordResetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        // Deny by default: an endpoint that names no policy still needs a signed-in user; the anonymous ones say so.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Accounts are issued by administrators (000 §7), so there is no self-registration or e-mail confirmation.
                options.SignIn.RequireConfirmedAccount = false;
                // Reset tokens (an administrator's reset and the self-service e-mail link) follow the hub's clock and link lifetime.
                options.Tokens.PasswordResetTokenProvider = PasswordReset.PasswordResetTokenProvider.ProviderName;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HubDbContext>()
            .AddSignInManager<HubSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordReset.PasswordResetTokenProvider>(PasswordReset.PasswordResetTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<HubClaimsPrincipalFactory>();

        // OWASP 2023 for PBKDF2-HMAC-SHA512 (Identity v3's PRF); older hashes are upgraded at the next sign-in.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        services.AddOptions<SignInSessionOptions>().BindConfiguration(SignInSessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SignInSessionOptions>>((options, sessions) =>
        {
            options.ValidationInterval = sessions.Value.ValidationInterval;
            // The check rebuilds the principal from the database: the sign-in time must survive it (open pages read it).
            options.OnRefreshingPrincipal = context =>
            {
                StaffSignInLimit.Carry(context.CurrentPrincipal, context.NewPrincipal);
                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.SecurePolicy = DeploymentSecurity.CookieSecurity(environment);
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
            });
        }

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SignInSessionOptions>>((options, sessions) =>
        {
            // Partners (and the hardware vendor) slide: each renewal gives them PartnerLifetime from the renewal.
            options.ExpireTimeSpan = sessions.Value.PartnerLifetime;
            options.Events.OnSigningIn = context =>
            {
                var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
                var signedInAt = StaffSignInLimit.Stamp(context.Principal, context.Properties, now);
                if (StaffSignInLimit.IsStaff(context.Principal))
                {
                    // The cookie itself ends with the staff lifetime (its span is what sliding renewal re-applies); the
                    // check below ends the session at sign-in + StaffLifetime even when renewals pushed the cookie further.
                    context.Properties.ExpiresUtc = signedInAt + sessions.Value.StaffLifetime;
                }

                return Task.CompletedTask;
            };
            var checkSecurityStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
                if (StaffSignInLimit.HasEnded(context.Principal, context.Properties, now, sessions.Value.StaffLifetime))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await checkSecurityStamp(context);
            };
        });
        return services;
    }
}
