namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// Browser protections on every response, error pages and 429s included (set when the response starts, after an
/// exception handler may have cleared the headers).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    // Scripts only from the hub itself (no inline script: App.razor renders no import map); MudBlazor sets inline styles;
    // the Blazor Server circuit is a WebSocket to the same host. PDFs are printed from HTML strings, not served here.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
