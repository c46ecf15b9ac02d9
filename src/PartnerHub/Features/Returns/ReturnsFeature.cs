using System.Globalization;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.Returns;

public static class ReturnsFeature
{
    public static IServiceCollection AddReturnsFeature(this IServiceCollection services)
    {
        services.AddOptions<ReturnsOptions>().BindConfiguration(ReturnsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<OpenReturn>();
        services.AddScoped<ReturnQueries>();
        services.AddScoped<ReturnWork>();
        services.AddScoped<ReturnReceiptPdf>();
        services.AddScoped<SerialHistoryQueries>();
        services.AddSingleton<ReturnsAtContractEnd>();
        services.AddHostedService<ReturnsAtContractEndJob>();
        return services;
    }

    /// <summary>GET /returns/{id}/receipt.pdf: the return receipt of a received unit; 404 for anyone the return is hidden from.</summary>
    public static IEndpointRouteBuilder MapReturnEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/returns/{id:guid}/receipt.pdf", async (Guid id, ReturnQueries queries, ReturnReceiptPdf pdf, CancellationToken cancellationToken) =>
            {
                var detail = await queries.GetAsync(id, cancellationToken);
                if (detail is null || detail.Task.Status is not (ReturnStatus.Received or ReturnStatus.Inspected))
                {
                    return Results.NotFound();
                }

                var (content, fileName) = await pdf.RenderAsync(detail, CultureInfo.CurrentUICulture, cancellationToken);
                return DocumentDownload.Pdf(content, fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(ReturnsPermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
