using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace PartnerHub.Infrastructure.Security;

/// <summary>Running behind a TLS proxy: trusted forwarded headers, Secure cookies, HSTS and security headers (docs/operations.md).</summary>
public static class DeploymentSecurity
{
    public static IServiceCollection AddDeploymentSecurity(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Value.KnownProxies.Length + proxies.Value.KnownNetworks.Length > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in proxies.Value.KnownProxies)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in proxies.Value.KnownNetworks)
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<TrustedProxyOptions>>((options, proxies) => options.HttpsPort = proxies.Value.HttpsPort);
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            options.Cookie.SecurePolicy = CookieSecurity(environment);
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Secure always, except in Development where the embedded setup runs on plain http.</summary>
    public static CookieSecurePolicy CookieSecurity(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    /// <summary>First in the pipeline: the client's address and scheme, then the headers every response carries.</summary>
    public static IApplicationBuilder UseDeploymentSecurity(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        return app.UseMiddleware<SecurityHeaders>();
    }
}
