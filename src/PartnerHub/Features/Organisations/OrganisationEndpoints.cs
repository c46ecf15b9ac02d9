using System.Globalization;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Organisations.Documents;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Organisations;

public static class OrganisationEndpoints
{
    /// <summary>GET /organisations/{id}/master-sheet.pdf?era=true: the 取引先台帳 as PDF (和暦 dates when era is true).</summary>
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/organisations/{id:guid}/master-sheet.pdf", async (
                Guid id,
                bool? era,
                OrganisationQueries queries,
                OrganisationMasterSheetPdf pdf,
                CurrentUser currentUser,
                CancellationToken cancellationToken) =>
            {
                // The tenant-scoped query returns null for anything outside the user's reach: 404, never data.
                var sheet = await queries.GetMasterSheetAsync(id, cancellationToken);
                if (sheet is null)
                {
                    return Results.NotFound();
                }

                var (content, fileName) = await pdf.RenderAsync(sheet, CultureInfo.CurrentUICulture, era ?? true, currentUser.Principal.Identity?.Name, cancellationToken);
                return DocumentDownload.Pdf(content, fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(HubRoles.VendorAdmin, HubRoles.PartnerAdmin));
        return endpoints;
    }
}
