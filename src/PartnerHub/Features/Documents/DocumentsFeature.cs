using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Documents.Pdf;

namespace PartnerHub.Features.Documents;

public static class DocumentsFeature
{
    /// <summary>Registers the PDF and Excel pipeline. Chromium is not started here but on the first PDF.</summary>
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>()
            .BindConfiguration(DocumentsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLocalization();

        // One browser per process: the container disposes it (and Playwright's driver) at shutdown through IAsyncDisposable.
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<ComponentHtmlRenderer>();
        services.AddSingleton<DocumentFonts>();
        services.AddSingleton<IPdfRenderer, PdfRenderer>();
        services.AddSingleton<IExcelWriter, OpenXmlExcelWriter>();
        return services;
    }
}
