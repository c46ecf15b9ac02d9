using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.ParameterSheets;

public static class ParameterSheetEndpoints
{
    /// <summary>
    /// GET /parameter-sheets/{id}/template.xlsx: the fill-in template pre-filled with the newest version;
    /// GET /parameter-sheets/{id}/kitting/sheet.xlsx: the same for the hardware vendor holding a kitting task of the sheet's contract.
    /// </summary>
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

        // The hardware vendor's copy of the sheet it kits with: the same workbook, found only through its kitting task.
        endpoints.MapGet("/parameter-sheets/{id:guid}/kitting/sheet.xlsx", async (Guid id, KittingSheetQueries queries, ParameterSheetWorkbook workbook, CancellationToken cancellationToken) =>
            {
                var sheet = await queries.GetAsync(id, cancellationToken);
                return sheet is null
                    ? Results.NotFound()
                    : DocumentDownload.Excel(stream => workbook.WriteTemplate(stream, sheet.Content, sheet.CustomerName), $"パラメータシート_{sheet.CustomerName}.xlsx");
            })
            .RequireAuthorization(policy => policy.RequireRole(ParameterSheetsPermissions.KittingReadRoles.Split(',')));
        return endpoints;
    }
}
