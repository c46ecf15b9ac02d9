namespace PartnerHub.Infrastructure.Security.RateLimiting;

/// <summary>Names of the rate-limit policies endpoints opt into with <c>[EnableRateLimiting]</c> / <c>RequireRateLimiting</c>.</summary>
public static class HubRateLimitPolicies
{
    /// <summary>Sign-in, two-factor and recovery-code forms: their POSTs, per account and address and per address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The password-reset request and reset forms: their POSTs, per account and address and per address.</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>The bridge ingest API, per bridge key.</summary>
    public const string BridgeIngest = "bridge-ingest";

    /// <summary>Document and export downloads, per signed-in user.</summary>
    public const string Downloads = "downloads";
}
