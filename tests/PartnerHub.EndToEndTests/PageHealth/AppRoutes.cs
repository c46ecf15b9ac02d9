using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using PartnerHub.Infrastructure.Security;

namespace PartnerHub.EndToEndTests.PageHealth;

/// <summary>
/// A routable page or a document download of the hub, with who may use it. Found from the app itself (the components'
/// @page routes, the endpoint table's .pdf/.xlsx/.zip routes), so a page added tomorrow is crawled tomorrow.
/// </summary>
/// <param name="Template">The route template, e.g. /contracts/{Id:guid}.</param>
/// <param name="AllowedRoles">Null when any signed-in user may open it.</param>
/// <param name="Anonymous">Open without signing in.</param>
/// <param name="AllowedDuringEnrolment">Open to an account that must still enrol its second factor (account and error pages).</param>
public sealed partial record AppRoute(string Template, IReadOnlySet<string>? AllowedRoles, bool Anonymous, bool AllowedDuringEnrolment = false)
{
    public IReadOnlyList<string> Parameters => [.. ParameterPattern().Matches(Template).Select(m => m.Groups["name"].Value)];

    public string FirstSegment => Template.Trim('/').Split('/')[0];

    public bool IsAccountPage => Template.StartsWith("/Account", StringComparison.OrdinalIgnoreCase);

    public bool Allows(string role) => Anonymous || AllowedRoles is null || AllowedRoles.Contains(role);

    /// <summary>The URL with each route parameter replaced, in order, by <paramref name="values"/>.</summary>
    public string Fill(IReadOnlyList<string> values)
    {
        int index = 0;
        return ParameterPattern().Replace(Template, _ => Uri.EscapeDataString(values[Math.Min(index++, values.Count - 1)]));
    }

    public override string ToString() => Template;

    public static IReadOnlyList<AppRoute> Pages() =>
        [.. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(route => (Type: t, route.Template)))
            .Select(x => new AppRoute(x.Template, RolesOf(x.Type.GetCustomAttributes<AuthorizeAttribute>(inherit: true)), x.Type.GetCustomAttribute<AllowAnonymousAttribute>() is not null,
                x.Type.GetCustomAttribute<AllowedDuringEnrolmentAttribute>() is not null))
            .OrderBy(r => r.Template, StringComparer.Ordinal)];

    public static IReadOnlyList<AppRoute> Downloads(EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } text && IsDocument(text))
            .Select(Of)
            .DistinctBy(r => r.Template)
            .OrderBy(r => r.Template, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every other GET endpoint the app maps (APIs, CSV exports, attachments, letters, OpenAPI): not a page, a document
    /// above, a static asset or the framework's own (<c>/_framework</c>, <c>/_blazor</c>).
    /// </summary>
    public static IReadOnlyList<AppRoute> OtherGetEndpoints(EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = Pages().Select(p => p.Template).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Count == 0 || methods.HttpMethods.Contains("GET"))
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null
                && !e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor"))
            .Select(Of)
            .Where(r => !pages.Contains(r.Template) && !IsDocument(r.Template) && !r.Template.StartsWith("/_", StringComparison.Ordinal))
            .DistinctBy(r => r.Template)
            .OrderBy(r => r.Template, StringComparer.Ordinal)];
    }

    private static bool IsDocument(string template) =>
        template.EndsWith(".pdf", StringComparison.Ordinal) || template.EndsWith(".xlsx", StringComparison.Ordinal) || template.EndsWith(".zip", StringComparison.Ordinal);

    private static AppRoute Of(RouteEndpoint endpoint) => new(
        "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'),
        RolesOf(endpoint.Metadata.OfType<IAuthorizeData>(), endpoint.Metadata.OfType<AuthorizationPolicy>()),
        endpoint.Metadata.OfType<IAllowAnonymous>().Any(),
        endpoint.Metadata.OfType<AllowedDuringEnrolmentAttribute>().Any());

    private static HashSet<string>? RolesOf(IEnumerable<IAuthorizeData> authorize, IEnumerable<AuthorizationPolicy>? policies = null)
    {
        var roles = authorize.Where(a => !string.IsNullOrEmpty(a.Roles)).SelectMany(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries))
            .Concat((policies ?? []).SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>()).SelectMany(r => r.AllowedRoles))
            .ToHashSet(StringComparer.Ordinal);
        return roles.Count == 0 ? null : roles;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]+)?\}")]
    private static partial Regex ParameterPattern();
}
