using System.ComponentModel.DataAnnotations;
using System.Net;

namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// The TLS proxy in front of the hub (section <c>ForwardedHeaders</c>): only requests from these addresses may say, by
/// X-Forwarded-For and X-Forwarded-Proto, who the client is and that it used HTTPS. Nothing configured = loopback only.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// The port of the public https address (the proxy's) that a plain-http request is redirected to outside Development.
    /// The hub itself listens on http only, so it cannot find the port by itself: without one it would not redirect at all.
    /// </summary>
    [Range(1, 65535)]
    public int HttpsPort { get; set; } = 443;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"{Section}:{nameof(KnownProxies)}: \"{proxy}\" is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"{Section}:{nameof(KnownNetworks)}: \"{network}\" is not a network in CIDR notation (10.0.0.0/24).", [nameof(KnownNetworks)]);
        }
    }
}
