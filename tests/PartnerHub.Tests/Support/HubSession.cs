using System.Net;
using System.Text.RegularExpressions;
using PartnerHub.Data.Seeding;
using PartnerHub.Testing;

namespace PartnerHub.Tests.Support;

/// <summary>Signs in through the real login form (antiforgery token, password, TOTP when asked) and keeps the cookie.</summary>
public static partial class HubSession
{
    // clock: the time the TOTP code is computed for (the host's own when a test runs it on a fake clock).
    public static async Task<HttpClient> SignInAsync(HubAppFactory factory, string email, string password = DemoOrganisations.DemoPassword, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateBrowserLikeClient();
        var response = await PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        if (location.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            response = await PostFormAsync(client, location, new Dictionary<string, string>
            {
                ["Input.TwoFactorCode"] = Totp.Code(DemoOrganisations.DemoAuthenticatorKey, (clock ?? TimeProvider.System).GetUtcNow()),
            });
        }

        if (response.StatusCode != HttpStatusCode.Redirect || (response.Headers.Location?.ToString() ?? string.Empty).Contains("Account/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    /// <summary>GETs the page of a static form, then posts its hidden fields (antiforgery, handler) plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await PostFormOfPageAsync(client, url, page, fields);
    }

    /// <summary>Posts the hidden fields of <paramref name="page"/>, fetched earlier, plus <paramref name="fields"/> (time may pass in between).</summary>
    public static async Task<HttpResponseMessage> PostFormOfPageAsync(HttpClient client, string url, string page, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match hidden in HiddenInput().Matches(page))
        {
            form[WebUtility.HtmlDecode(hidden.Groups["name"].Value)] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }

        foreach (var field in fields)
        {
            form[field.Key] = field.Value;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(url, UriKind.RelativeOrAbsolute), content);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
