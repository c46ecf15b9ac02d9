using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

public static class GuidanceEndpoints
{
    /// <summary>The download URL of a letter's stored PDF.</summary>
    public static string PdfPath(Guid letterId) => string.Create(CultureInfo.InvariantCulture, $"/renewals/guidance/letters/{letterId:D}/letter.pdf");

    /// <summary>
    /// GET /renewals/guidance/letters/{id}/letter.pdf: the letter exactly as stored when it was sent (a letter
    /// sent before letters were stored is printed from its recorded facts). Read through the
    /// tenant-scoped context, so a partner gets only its own customers' letters (another partner's is a 404).
    /// </summary>
    public static IEndpointRouteBuilder MapRenewalGuidanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/renewals/guidance/letters/{id:guid}/letter.pdf", async (
                Guid id, GuidanceQueries queries, GuidanceLetterPrinter printer, IStringLocalizer<GuidanceStrings> strings, CancellationToken cancellationToken) =>
            {
                if (await queries.GetForDownloadAsync(id, cancellationToken) is not { } letter)
                {
                    return Results.NotFound();
                }

                var content = letter.Stored
                    ?? await printer.RenderAsync(letter.ToPrint!, HubCultures.Supported.FirstOrDefault(c => c.Name == letter.Language) ?? HubCultures.Supported[0],
                        cancellationToken);
                return DocumentDownload.Pdf(content, strings["FileName", letter.FiscalYear, letter.ContractNumber] + ".pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(GuidancePermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
