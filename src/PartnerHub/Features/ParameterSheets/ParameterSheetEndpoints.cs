using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.ParameterSheets;

public static class ParameterSheetEndpoints
{
    /// <summary>GET /parameter-sheets/{id}/template.xlsx: the fill-in template pre-filled with the newest version.</summary>
    public static IEndpointRouteBuilder MapParameterSheetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/parameter-sheets/{id:guid}/template.xlsx", async (Guid id, ParameterSheetQueries queries, ParameterSheetWorkbook workbook, CancellationToken cancellationToken) =>
            {
                var detail = await queries.GetAsync(id, cancellationToken);
                if (detail is null)
                {
                    return Results.NotFound();
                }

                var content = detail.Sheet.Versions.MaxBy(v => v.Number)!.Content;
                return DocumentDownload.Excel(stream => workbook.WriteTemplate(stream, content, detail.CustomerName), $"パラメータシート_{detail.CustomerName}.xlsx");
            })
            .RequireAuthorization(policy => policy.RequireRole(ParameterSheetsPermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
