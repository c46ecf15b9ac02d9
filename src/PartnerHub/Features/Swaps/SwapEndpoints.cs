using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Swaps;

public static class SwapEndpoints
{
    /// <summary>The path of an evidence file's download.</summary>
    public static string EvidencePath(Guid swapId, Guid evidenceId) => $"swaps/{swapId}/evidence/{evidenceId}";

    /// <summary>
    /// GET /swaps/{id}/evidence/{evidenceId}: an evidence file, found per request through the tenant-scoped
    /// <see cref="SwapQueries"/> (another partner's case is 404) and only once its scan found it clean.
    /// </summary>
    public static IEndpointRouteBuilder MapSwapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/swaps/{id:guid}/evidence/{evidenceId:guid}", async (
                Guid id, Guid evidenceId, SwapQueries queries, AttachmentStore store, HttpContext http, CancellationToken cancellationToken) =>
            {
                var file = await queries.FindEvidenceAsync(id, evidenceId, cancellationToken);
                return file is null ? Results.NotFound() : AttachmentDownload.Serve(http, store, file.FileName, file.StorageKey);
            })
            .RequireAuthorization(policy => policy.RequireRole(SwapsPermissions.ViewRoles.Split(',')));
        return endpoints;
    }
}
