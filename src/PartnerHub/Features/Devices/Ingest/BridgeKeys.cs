using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>Recognises a bridge by its API key in constant time (hashes compared, so key length leaks nothing).</summary>
public sealed class BridgeKeys(IOptionsMonitor<BridgeIngestOptions> options)
{
    /// <summary>The bridge of <paramref name="authorization"/> ("Bearer &lt;key&gt;"), or null when no configured key matches.</summary>
    public BridgeCredential? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        BridgeCredential? match = null;
        foreach (var bridge in options.CurrentValue.Bridges)
        {
            var expected = SHA256.HashData(Encoding.UTF8.GetBytes(bridge.ApiKey));
            if (CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                match = bridge;
            }
        }

        return match;
    }
}
