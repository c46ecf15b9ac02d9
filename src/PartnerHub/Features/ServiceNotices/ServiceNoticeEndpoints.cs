using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.ServiceNotices;

public static class ServiceNoticeEndpoints
{
    /// <summary>One letter of the notice, by its delivery (a customer may have the notice's letter and, once withdrawn, a withdrawal letter).</summary>
    public static string LetterPath(Guid noticeId, Guid deliveryId) =>
        string.Create(CultureInfo.InvariantCulture, $"/service-notices/{noticeId:D}/letters/{deliveryId:D}/letter.pdf");

    public static string DeliveryLogPath(Guid noticeId) => string.Create(CultureInfo.InvariantCulture, $"/service-notices/{noticeId:D}/delivery-log.xlsx");

    public static string DeliveryLogPdfPath(Guid noticeId) => string.Create(CultureInfo.InvariantCulture, $"/service-notices/{noticeId:D}/delivery-log.pdf");

    /// <summary>
    /// GET /service-notices/{id}/letters/{deliveryId}/letter.pdf and GET /service-notices/{id}/delivery-log.xlsx|pdf, read
    /// through the tenant-scoped queries: a partner gets only its own customers' letters and its own deliveries (another's
    /// notice is a 404; another's rows are never read).
    /// </summary>
    public static IEndpointRouteBuilder MapServiceNoticeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/service-notices/{id:guid}/letters/{deliveryId:guid}/letter.pdf", async (
                Guid id, Guid deliveryId, ServiceNoticeQueries queries, ServiceNoticeLetterPrinter printer, IStringLocalizer<ServiceNoticeStrings> strings,
                CancellationToken cancellationToken) =>
            {
                if (await queries.LetterAsync(id, deliveryId, cancellationToken) is not { } letter)
                {
                    return Results.NotFound();
                }

                var pdf = await printer.RenderAsync(letter, cancellationToken);
                var name = strings[letter.Withdrawal ? "WithdrawalLetter_FileName" : "Letter_FileName", letter.Customer.Name,
                    JapaneseFormat.ShortDate(letter.IssuedOn).Replace("/", "", StringComparison.Ordinal)];
                return DocumentDownload.Pdf(pdf, name + ".pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(ServiceNoticesPermissions.ViewRoles.Split(',')));
        endpoints.MapGet("/service-notices/{id:guid}/delivery-log.xlsx", async (
                Guid id, ServiceNoticeQueries queries, IExcelWriter writer, IStringLocalizer<ServiceNoticeStrings> strings, TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                if (await queries.GetAsync(id, cancellationToken) is null)
                {
                    return Results.NotFound();
                }

                // The workbook writer enumerates synchronously: the rows are read first (a notice's log is bounded by its recipients).
                var rows = await AllRowsAsync(queries, id, cancellationToken);
                var sheet = DeliveryLogLayout(strings).ToSheet(strings["DeliveryLog"], rows);
                return DocumentDownload.Excel(stream => writer.Write(stream, sheet), ExportFileName.For(strings["DeliveryLog"], [], clock.GetUtcNow(), "xlsx"));
            })
            .RequireAuthorization(policy => policy.RequireRole(ServiceNoticesPermissions.ViewRoles.Split(',')));
        endpoints.MapGet("/service-notices/{id:guid}/delivery-log.pdf", async (
                Guid id, ServiceNoticeQueries queries, DeliveryLogPdf printer, CancellationToken cancellationToken) =>
            {
                if (await queries.GetAsync(id, cancellationToken) is not { } notice)
                {
                    return Results.NotFound();
                }

                var (pdf, fileName) = await printer.RenderAsync(notice, await AllRowsAsync(queries, id, cancellationToken), cancellationToken);
                return DocumentDownload.Pdf(pdf, fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(ServiceNoticesPermissions.ViewRoles.Split(',')));
        return endpoints;
    }

    private static async Task<List<DeliveryLogRow>> AllRowsAsync(ServiceNoticeQueries queries, Guid noticeId, CancellationToken cancellationToken)
    {
        var rows = new List<DeliveryLogRow>();
        await foreach (var row in queries.StreamDeliveryLogAsync(noticeId, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static ExcelExport<DeliveryLogRow> DeliveryLogLayout(IStringLocalizer<ServiceNoticeStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new ExcelExport<DeliveryLogRow>()
            .Text(strings["Partner"], r => r.PartnerName, width: 28)
            .Text(strings["Customer"], r => r.CustomerName, width: 28)
            .Text(strings["Audience"], r => strings["Audience_" + r.Audience], width: 12)
            .Text(strings["Channel"], r => strings["Channel_" + r.Channel], width: 12)
            .Text(strings["Address"], r => r.Address, width: 36)
            .Text(strings["Language"], r => r.Language, width: 8)
            .Text(strings["State"], r => r.Withdrawal ? $"{strings["State_" + r.State]} ({strings["WithdrawalDelivery"]})" : strings["State_" + r.State], width: 14)
            .Text(strings["OtherDelivery_Method"], r => r.OtherMethod, width: 20)
            .DateTime(strings["QueuedAt"], r => r.QueuedAt)
            .Number(strings["Attempts"], r => r.Attempts)
            .Text(strings["LastError"], r => r.LastError, width: 40)
            .DateTime(strings["AcknowledgedAt_Column"], r => r.AcknowledgedAt)
            .DateTime(strings["DeemedDeliveredAt"], r => r.DeemedDeliveredInstant)
            .Date(strings["LetterPostedOn"], r => r.LetterPostedOn)
            .Date(strings["LetterArrivesOn"], r => r.LetterArrivesOn)
            .Date(strings["LetterDeemedOn"], r => r.LetterDeemedOn)
            .Date(strings["LetterReturnedOn"], r => r.LetterReturnedOn);
    }
}
