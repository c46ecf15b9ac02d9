using System.Globalization;
using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.Quotes;

public static class QuoteEndpoints
{
    /// <summary>GET /quotes/{id}/quote.pdf?era=true: the issued quote as PDF; 404 outside the user's partner.</summary>
    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/quotes/{id:guid}/quote.pdf", async (Guid id, bool? era, QuoteQueries queries, QuotePdf pdf, CancellationToken cancellationToken) =>
            {
                var detail = await queries.GetAsync(id, cancellationToken);
                if (detail is null)
                {
                    return Results.NotFound();
                }

                var (content, fileName) = await pdf.RenderAsync(detail, CultureInfo.CurrentUICulture, era ?? true, cancellationToken);
                return DocumentDownload.Pdf(content, fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(QuotesPermissions.Roles.Split(',')));
        return endpoints;
    }
}
