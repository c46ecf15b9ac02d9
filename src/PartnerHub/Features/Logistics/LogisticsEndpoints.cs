using System.Globalization;
using PartnerHub.Domain.Hardware;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Logistics.Reports;

namespace PartnerHub.Features.Logistics;

public static class LogisticsEndpoints
{
    /// <summary>GET /kitting/{id}/loan-slip.pdf: the loan slip of a shipped task; 404 for anyone the task is hidden from.</summary>
    public static IEndpointRouteBuilder MapLogisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/kitting/{id:guid}/loan-slip.pdf", async (Guid id, KittingQueries queries, LoanSlipPdf pdf, CancellationToken cancellationToken) =>
            {
                var detail = await queries.GetAsync(id, cancellationToken);
                if (detail is null || detail.Task.Status != KittingStatus.Shipped)
                {
                    return Results.NotFound();
                }

                var (content, fileName) = await pdf.RenderAsync(detail, CultureInfo.CurrentUICulture, cancellationToken);
                return DocumentDownload.Pdf(content, fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(LogisticsPermissions.LoanSlipRoles.Split(',')));
        endpoints.MapHardwareReportEndpoints();
        return endpoints;
    }
}
