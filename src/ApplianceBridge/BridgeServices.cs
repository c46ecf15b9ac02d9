using System.Text.Json;
using ApplianceBridge.Buffer;
using ApplianceBridge.Forwarding;
using ApplianceBridge.Ingest;
using ApplianceBridge.Monitoring;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ApplianceBridge;

// The bridge's registrations and endpoints, so Program.cs stays composition only.
internal static class BridgeServices
{
    public static IServiceCollection AddApplianceBridge(this IServiceCollection services)
    {
        services.AddOptions<BridgeOptions>()
            .BindConfiguration(BridgeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingletonTimeProvider();
        services.AddSingleton<ApplianceDirectory>();
        services.AddSingleton<ReplayGuard>();
        services.AddSingleton<ApplianceRateLimiter>();
        services.AddSingleton<EveLineParser>();
        services.AddSingleton<SpoolStore>();
        services.AddSingleton<BridgeMetrics>();
        services.AddSingleton<CircuitBreaker>();
        services.AddSingleton<ForwarderSignal>();
        services.AddSingleton<HubClient>();
        services.AddHostedService<Forwarder>();
        services.AddHttpClient(HubClient.HttpClientName, (provider, http) =>
        {
            BridgeOptions options = provider.GetRequiredService<IOptions<BridgeOptions>>().Value;
            http.BaseAddress = options.HubUrl;
            http.Timeout = TimeSpan.FromSeconds(options.HubTimeoutSeconds);
        });
        services.AddHealthChecks().AddCheck<BridgeHealthCheck>("bridge");
        return services;
    }

    public static WebApplication MapApplianceBridge(this WebApplication app)
    {
        // Open the spool and read the credentials now, so a bad path or file stops the start instead of the first request.
        app.Services.GetRequiredService<SpoolStore>();
        app.Logger.LogInformation("{Count} appliances may post to {Path}", app.Services.GetRequiredService<ApplianceDirectory>().Count, IngestEndpoint.Path);
        IngestEndpoint.Map(app);
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteHealthAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        RouteGroupBuilder monitoring = app.MapGroup("").AddEndpointFilter<MonitoringKey>();
        monitoring.MapGet("/metrics", (BridgeMetrics metrics, SpoolStore spool, CircuitBreaker breaker) =>
            Results.Text(metrics.ToPrometheus(spool, breaker), "text/plain; version=0.0.4"));
        monitoring.MapGet("/quarantine", async (SpoolStore spool) => Results.Ok(await spool.ListQuarantineAsync(100)));
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        HealthReportEntry entry = report.Entries.Values.FirstOrDefault();
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["description"] = entry.Description,
            ["data"] = entry.Data,
        }));
    }
}
