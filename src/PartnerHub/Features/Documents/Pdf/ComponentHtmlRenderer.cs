using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>Renders a Razor component to an HTML fragment outside any circuit, in a culture chosen by the caller.</summary>
public sealed class ComponentHtmlRenderer(IServiceScopeFactory scopeFactory, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, CultureInfo culture)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(culture);

        // A scope per document: scoped services (localizers, queries) must not leak between documents or users.
        await using AsyncServiceScope scope = scopeFactory.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The culture is async-local, so it holds for async component work and is restored when this delegate ends.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            HtmlRootComponent output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }
}
