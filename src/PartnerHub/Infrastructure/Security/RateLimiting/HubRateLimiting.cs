using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Resources;

namespace PartnerHub.Infrastructure.Security.RateLimiting;

/// <summary>
/// ASP.NET Core's limiter with the hub's policies. It runs before the endpoints, so a refused sign-in never reaches
/// Identity and never counts towards lockout (docs/operations.md, "Rate limits").
/// </summary>
public static class HubRateLimiting
{
    public static IServiceCollection AddHubRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<HubRateLimitOptions>().BindConfiguration(HubRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            // Every sign-in submission also counts against its client address, whichever account it names.
            // So does every password-reset submission, in a count of its own.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => SignInAttemptAccount.PolicyOfSubmission(context) switch
            {
                HubRateLimitPolicies.SignIn => Window("sign-in-address:" + AddressOf(context), context, o => o.SignInPerAddress),
                HubRateLimitPolicies.PasswordReset => Window("password-reset-address:" + AddressOf(context), context, o => o.PasswordResetPerAddress),
                _ => RateLimitPartition.GetNoLimiter(string.Empty),
            });
            options.AddPolicy(HubRateLimitPolicies.SignIn, context =>
                SignInAttemptAccount.IsSignInSubmission(context)
                    ? Window($"sign-in-account:{SignInAttemptAccount.Of(context)}@{AddressOf(context)}", context, o => o.SignInPerAccountAndAddress)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            // Counted by the account asked for whether or not it exists, so a 429 tells nothing about the address either.
            options.AddPolicy(HubRateLimitPolicies.PasswordReset, context =>
                SignInAttemptAccount.PolicyOfSubmission(context) == HubRateLimitPolicies.PasswordReset
                    ? Window($"password-reset-account:{SignInAttemptAccount.Of(context)}@{AddressOf(context)}", context, o => o.PasswordResetPerAccountAndAddress)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            // Per presented key (hashed, never kept): a known bridge's key is its identity; guessing keys of 32 random bytes is
            // hopeless anyway, and the endpoint answers 401 to them.
            options.AddPolicy(HubRateLimitPolicies.BridgeIngest, context =>
                Window("bridge:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString()))), context, o => o.BridgeIngest));
            options.AddPolicy(HubRateLimitPolicies.Downloads, context =>
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
                    ? Window("downloads:" + userId, context, o => o.Downloads)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>Resolves the account of sign-in submissions, then applies the limits; after authentication (downloads are per user).</summary>
    public static IApplicationBuilder UseHubRateLimiting(this IApplicationBuilder app)
    {
        app.UseMiddleware<SignInAttemptAccount>();
        return app.UseRateLimiter();
    }

    private static RateLimitPartition<string> Window(string key, HttpContext context, Func<HubRateLimitOptions, FixedWindowLimit> limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ =>
        {
            var settings = limit(context.RequestServices.GetRequiredService<IOptionsMonitor<HubRateLimitOptions>>().CurrentValue);
            return new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 };
        });

    // The client's address after the forwarded headers of a known proxy were applied (docs/operations.md).
    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        var strings = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        await response.WriteAsync(strings["TooManyRequests", Math.Max(1, (seconds + 59) / 60)], cancellationToken);
    }
}
