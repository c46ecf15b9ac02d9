using PartnerHub.Features.Documents.Downloads;
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
                if (letter is null)
                {
                    return Results.NotFound();
                }

                // Served as an opaque download whatever the upload claimed, so nothing a customer sent runs in the hub's origin.
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.ContentDisposition = DocumentDownload.ContentDisposition(letter.FileName, inline: false);
                return Results.Stream(store.OpenRead(letter.StorageKey), "application/octet-stream");
            })
            .RequireAuthorization(policy => policy.RequireRole(ContractsPermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
