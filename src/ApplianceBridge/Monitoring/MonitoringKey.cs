using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ApplianceBridge.Monitoring;

// /metrics and /quarantine show which appliances send what and hold quarantined customer events: they need
// "Authorization: Bearer <MonitoringApiKey>" (Prometheus: authorization.credentials). /health stays open for load balancers.
internal sealed class MonitoringKey(IOptions<BridgeOptions> options) : IEndpointFilter
{
    private readonly byte[]? _expected = options.Value.MonitoringApiKey is { Length: > 0 } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_expected is null)
        {
            return Results.Json(new Ingest.IngestError("monitoring endpoints are off: set ApplianceBridge:MonitoringApiKey"), Ingest.IngestJsonContext.Default.IngestError,
                statusCode: StatusCodes.Status403Forbidden);
        }

        const string scheme = "Bearer ";
        string authorization = context.HttpContext.Request.Headers.Authorization.ToString();
        byte[] presented = SHA256.HashData(Encoding.UTF8.GetBytes(
            authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? authorization[scheme.Length..].Trim() : ""));
        if (!CryptographicOperations.FixedTimeEquals(presented, _expected))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Json(new Ingest.IngestError("missing or wrong monitoring key (Authorization: Bearer <MonitoringApiKey>)"), Ingest.IngestJsonContext.Default.IngestError,
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
