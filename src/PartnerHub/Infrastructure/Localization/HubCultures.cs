using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace PartnerHub.Infrastructure.Localization;

/// <summary>The UI languages: Japanese by default, English on request.</summary>
public static class HubCultures
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new CultureInfo(Japanese), new CultureInfo(English)];

    public static IServiceCollection AddHubLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudBlazor.MudLocalizer, MudBlazorJapanese>();
        // Japanese pages stay readable (and a third smaller) when kana and kanji are not escaped as &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Japanese);
            options.SupportedCultures = Supported.ToList();
            options.SupportedUICultures = Supported.ToList();
            // The language switch sets the cookie; the browser's Accept-Language must not override the Japanese default.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture/set?culture=en&amp;returnUrl=/customers: stores the choice in the culture cookie.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", (HttpContext context, string culture, string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            var target = string.IsNullOrEmpty(returnUrl) || !Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) || returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? "/"
                : returnUrl;
            return Results.LocalRedirect(target.StartsWith('/') ? target : "/" + target);
        }).AllowAnonymous().WithMetadata(new Security.AllowedDuringEnrolmentAttribute());
        return endpoints;
    }
}
