using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

public static class GuidanceEndpoints
{
    /// <summary>The download URL of a letter's stored PDF.</summary>
    public static string PdfPath(Guid letterId) => string.Create(CultureInfo.InvariantCulture, $"/renewals/guidance/letters/{letterId:D}/letter.pdf");

    /// <summary>
    /// GET /renewals/guidance/letters/{id}/letter.pdf: the letter exactly as stored when it was sent. Read through the
    /// tenant-scoped context, so a partner gets only its own customers' letters (another partner's is a 404).
    /// </summary>
    public static IEndpointRouteBuilder MapRenewalGuidanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/renewals/guidance/letters/{id:guid}/letter.pdf", async (
                Guid id, GuidanceQueries queries, IStringLocalizer<GuidanceStrings> strings, CancellationToken cancellationToken) =>
            {
                var pdf = await queries.GetPdfAsync(id, cancellationToken);
                return pdf is null
                    ? Results.NotFound()
                    : DocumentDownload.Pdf(pdf.Content, strings["FileName", pdf.FiscalYear, pdf.ContractNumber] + ".pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(GuidancePermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
