using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Calendars;
using PartnerHub.Features.Contracts.RenewalGuidance;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Contracts;

public static class ContractEndpoints
{
    /// <summary>
    /// GET /contracts/{id}/contract.pdf?era=true (和暦 by default) and GET /contracts/export.xlsx; both go through the
    /// tenant-scoped queries, so nobody gets another partner's contract.
    /// </summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var roles = ContractsPermissions.ViewRoles.Split(',');
        endpoints.MapNonRenewalEndpoints();
        endpoints.MapGet("/contracts/{id:guid}/contract.pdf", async (
                Guid id, bool? era, ContractQueries queries, IPdfRenderer renderer, IStringLocalizer<ContractStrings> strings, TimeProvider clock,
                IBusinessCalendarSource calendars, CancellationToken cancellationToken) =>
            {
                var detail = await queries.GetAsync(id, cancellationToken);
                if (detail is null)
                {
                    return Results.NotFound();
                }

                var culture = CultureInfo.CurrentUICulture;
                var pdf = await renderer.RenderAsync<ContractDocument>(
                    new Dictionary<string, object?>
                    {
                        [nameof(ContractDocument.Detail)] = detail,
                        [nameof(ContractDocument.Today)] = JapaneseFormat.TokyoDate(clock.GetUtcNow()),
                        [nameof(ContractDocument.JapaneseEra)] = era ?? true,
                        [nameof(ContractDocument.Calendars)] = await calendars.CurrentAsync(cancellationToken),
                    },
                    new PdfRenderOptions { Culture = culture, Title = strings["DocumentTitle"], FooterText = detail.Contract.Number },
                    cancellationToken);
                return DocumentDownload.Pdf(pdf, strings["FileName", detail.Contract.Number] + ".pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(roles));

        endpoints.MapGet("/contracts/export.xlsx", async (
                string? search, string? status, string? partner, ContractQueries queries, PartnerOptions partners, IExcelWriter writer,
                IStringLocalizer<ContractStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = ContractListFilter.FromUrl(search, status, partner);
                var sheet = ExportLayout(strings).ToSheet(strings["Title"], queries.StreamForExport(filter));
                string? partnerName = filter.PartnerId is { } partnerId
                    ? (await partners.ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == partnerId)?.Name
                    : null;
                string fileName = ExportFileName.For(strings["ExportList"],
                    [filter.Status is { } s ? strings["Status_" + s].Value : null, partnerName, filter.Search], clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, sheet), fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(roles));
        endpoints.MapRenewalGuidanceEndpoints();
        return endpoints;
    }

    /// <summary>The contract list export's columns (bench/PartnerHub.ScaleBenchmarks times the export with the same layout).</summary>
    public static ExcelExport<ContractListItem> ExportLayout(IStringLocalizer<ContractStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new ExcelExport<ContractListItem>()
            .Text(strings["Number"], r => r.Number, width: 18)
            .Text(strings["Customer"], r => r.CustomerName, width: 30)
            .Text(strings["Partner"], r => r.PartnerName, width: 30)
            .Text(strings["Plan"], r => r.PlanCode, width: 10)
            .Number(strings["Units"], r => r.Units, total: true)
            .Yen(strings["AnnualFee"], r => r.AnnualFee.Amount, width: 16, total: true)
            .Text(strings["Status"], r => strings["Status_" + r.Status], width: 16)
            .Date(strings["OrderedOn"], r => r.OrderedOn)
            .Date(strings["DeliveredOn"], r => r.DeliveredOn);
    }
}
