using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Features.Escalations.Documents;
using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Escalations;

public static class EscalationEndpoints
{
    /// <summary>
    /// Attachment downloads, the hearing-sheet and report PDFs, and the statistics export. Every one goes through the
    /// tenant-scoped <see cref="EscalationQueries"/> (another partner's case is 404) and applies <see cref="TlpPolicy"/>'s
    /// Export action (RED items are never exported, desk-only items never reach a partner).
    /// </summary>
    public static IEndpointRouteBuilder MapEscalationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var viewRoles = EscalationsPermissions.ViewRoles.Split(',');
        endpoints.MapGet("/escalations/{id:guid}/attachments/{attachmentId:guid}", async (
                Guid id, Guid attachmentId, EscalationQueries queries, AttachmentStore store, HttpContext http, CancellationToken cancellationToken) =>
            {
                var file = await queries.FindDownloadAsync(id, attachmentId, cancellationToken);
                if (file is null)
                {
                    return Results.NotFound();
                }

                return AttachmentDownload.Serve(http, store, file.FileName, file.StorageKey);
            })
            .RequireAuthorization(policy => policy.RequireRole(viewRoles));

        endpoints.MapGet("/escalations/{id:guid}/hearing-sheet.pdf", async (
                Guid id, EscalationQueries queries, IPdfRenderer renderer, IStringLocalizer<EscalationStrings> strings, CancellationToken cancellationToken) =>
            {
                var view = await queries.GetAsync(id, cancellationToken);
                if (view is null || !view.HasHearingSheet || view.Template is null)
                {
                    return Results.NotFound();
                }

                if (!view.HearingSheetExportable)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var label = TlpPolicy.Label(view.HearingSheetMarking);
                var pdf = await renderer.RenderAsync<HearingSheetDocument>(
                    new Dictionary<string, object?> { [nameof(HearingSheetDocument.View)] = view },
                    new PdfRenderOptions { Culture = CultureInfo.CurrentUICulture, Title = $"{label} {strings["HearingSheet"]} {view.Number}", FooterText = $"{label}  {view.Number}" },
                    cancellationToken);
                return DocumentDownload.Pdf(pdf, $"{strings["HearingSheet"]}_{view.Number}.pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(viewRoles));

        endpoints.MapGet("/escalations/{id:guid}/reports/{reportId:guid}.pdf", async (
                Guid id, Guid reportId, EscalationQueries queries, IPdfRenderer renderer, IStringLocalizer<EscalationStrings> strings, CancellationToken cancellationToken) =>
            {
                var view = await queries.GetAsync(id, cancellationToken);
                var report = view?.Reports.FirstOrDefault(r => r.Id == reportId);
                if (view is null || report is null)
                {
                    return Results.NotFound();
                }

                if (!TlpPolicy.Allows(TlpAction.Export, report.Marking, NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, view.Audience))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var label = TlpPolicy.Label(report.Marking);
                var pdf = await renderer.RenderAsync<CaseReportDocument>(
                    new Dictionary<string, object?> { [nameof(CaseReportDocument.View)] = view, [nameof(CaseReportDocument.Report)] = report },
                    new PdfRenderOptions { Culture = CultureInfo.CurrentUICulture, Title = $"{label} {strings["ReportDocument"]} {view.Number}", FooterText = $"{label}  {view.Number}" },
                    cancellationToken);
                return DocumentDownload.Pdf(pdf, $"{strings["ReportDocument"]}_{view.Number}.pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(viewRoles));

        endpoints.MapGet("/escalations/statistics.xlsx", async (
                EscalationQueries queries, IExcelWriter writer, IStringLocalizer<EscalationStrings> strings, IStringLocalizer<Devices.DeviceStrings> threats,
                TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var report = await queries.StatisticsAsync(cancellationToken);
                var byPartner = new ExcelExport<PartnerMonthVolume>()
                    .Text(strings["Month"], r => r.Month.ToString(), width: 10)
                    .Text(strings["Partner"], r => r.PartnerName, width: 32)
                    .Number(strings["Cases"], r => r.Cases, total: true)
                    .ToSheet(strings["Sheet_ByPartner"], report.ByPartner);
                var byThreat = new ExcelExport<ThreatClassMonthVolume>()
                    .Text(strings["Month"], r => r.Month.ToString(), width: 10)
                    .Text(strings["ThreatClass"], r => r.ThreatClass is { } t ? threats["Class_" + t] : strings["Threat_None"], width: 28)
                    .Number(strings["Cases"], r => r.Cases, total: true)
                    .ToSheet(strings["Sheet_ByThreatClass"], report.ByThreatClass);
                var sla = new ExcelExport<MonthlySlaRow>()
                    .Text(strings["Month"], r => r.Month.ToString(), width: 10)
                    .Number(strings["Escalated"], r => r.Escalated, total: true)
                    .Number(strings["Answered"], r => r.Answered, total: true)
                    .Number(strings["MedianFirstAnswerMinutes"], r => Minutes(r.MedianFirstAnswer), width: 16)
                    .Number(strings["AverageFirstAnswerMinutes"], r => Minutes(r.AverageFirstAnswer), width: 16)
                    .Number(strings["Met"], r => r.Met, total: true)
                    .Number(strings["Breached"], r => r.Breached, total: true)
                    .Number(strings["Running"], r => r.Running, total: true)
                    .Percent(strings["Attainment"], r => r.AttainmentPercent / 100m)
                    .ToSheet(strings["Sheet_Sla"], report.Sla);
                // The statistics take no filter: the file is named after the report and the Tokyo time it was taken.
                return DocumentDownload.Excel(stream => writer.Write(stream, byPartner, byThreat, sla),
                    ExportFileName.For(strings["StatisticsFile"], [], clock.GetUtcNow(), "xlsx"));
            })
            .RequireAuthorization(policy => policy.RequireRole(EscalationsPermissions.VendorRoles.Split(',')));
        return endpoints;
    }

    private static long? Minutes(TimeSpan? span) => span is { } s ? (long)Math.Round(s.TotalMinutes, MidpointRounding.AwayFromZero) : null;
}
