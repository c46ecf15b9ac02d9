using Microsoft.AspNetCore.Components;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>Prints a Razor component as a PDF document.</summary>
public interface IPdfRenderer
{
    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> in the culture of <paramref name="options"/> and prints it.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed at Documents:ChromiumPath.</exception>
    /// <exception cref="DocumentRenderTimeoutException">The browser did not finish within Documents:RenderTimeoutSeconds.</exception>
    Task<byte[]> RenderAsync<TComponent>(IDictionary<string, object?> parameters, PdfRenderOptions options, CancellationToken cancellationToken = default)
        where TComponent : IComponent;
}
