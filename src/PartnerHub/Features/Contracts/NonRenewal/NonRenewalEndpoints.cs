using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Contracts.NonRenewal;

public static class NonRenewalEndpoints
{
    /// <summary>The path of the letter download for <paramref name="contractId"/>.</summary>
    public static string LetterPath(Guid contractId) => $"contracts/{contractId}/non-renewal-letter";

    /// <summary>
    /// GET /contracts/{id}/non-renewal-letter: the scan of the recorded notice's letter, through the tenant-scoped
    /// <see cref="NonRenewalQueries"/> (another partner's contract is 404).
    /// </summary>
    public static IEndpointRouteBuilder MapNonRenewalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/contracts/{id:guid}/non-renewal-letter", async (
                Guid id, NonRenewalQueries queries, AttachmentStore store, HttpContext http, CancellationToken cancellationToken) =>
            {
                var letter = await queries.FindLetterAsync(id, cancellationToken);
                // Only clean letters are kept; the check stays so a rescan that found otherwise would close the download.
                if (letter is not { IsDownloadable: true })
                {
                    return Results.NotFound();
                }

                return AttachmentDownload.Serve(http, store, letter.FileName, letter.StorageKey);
            })
            .RequireAuthorization(policy => policy.RequireRole(ContractsPermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
