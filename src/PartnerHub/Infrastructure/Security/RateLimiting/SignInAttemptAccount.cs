using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace PartnerHub.Infrastructure.Security.RateLimiting;

/// <summary>
/// The account a sign-in or password-reset submission is for: the e-mail of the password or reset-request form, the user of
/// a reset link, or the user waiting for the second factor. Read before the limiter because its partitioners cannot await
/// (the form body, the two-factor cookie).
/// </summary>
internal sealed class SignInAttemptAccount(RequestDelegate next)
{
    private const string PasswordFormEmail = "Input.Email";
    private const string ResetFormUser = "Input.UserId";

    public async Task InvokeAsync(HttpContext context)
    {
        if (PolicyOfSubmission(context) is HubRateLimitPolicies.SignIn or HubRateLimitPolicies.PasswordReset)
        {
            context.Items[typeof(SignInAttemptAccount)] = await AccountOfAsync(context);
        }

        await next(context);
    }

    /// <summary>The account resolved for this request, or an empty string when it names none.</summary>
    public static string Of(HttpContext context) => context.Items[typeof(SignInAttemptAccount)] as string ?? string.Empty;

    public static bool IsSignInSubmission(HttpContext context) => PolicyOfSubmission(context) == HubRateLimitPolicies.SignIn;

    /// <summary>The rate-limit policy of a form POST's endpoint; null for other requests (pages are opened freely).</summary>
    public static string? PolicyOfSubmission(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) ? context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName : null;

    private static async Task<string> AccountOfAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.TryGetValue(PasswordFormEmail, out var email) && !string.IsNullOrWhiteSpace(email))
            {
                return "email:" + email.ToString().Trim().ToUpperInvariant();
            }

            if (form.TryGetValue(ResetFormUser, out var linkUser) && !string.IsNullOrWhiteSpace(linkUser))
            {
                return "user:" + linkUser.ToString().Trim();
            }
        }

        var twoFactor = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return twoFactor.Principal?.FindFirstValue(ClaimTypes.Name) is { } userId ? "user:" + userId : string.Empty;
    }
}
