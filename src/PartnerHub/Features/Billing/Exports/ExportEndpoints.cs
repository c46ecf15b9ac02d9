using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// The finance downloads under /billing/exports (finance and vendor admins only: a partner's user gets 403 for every one) and a
/// partner's monthly statement at /billing/statement/{partner}.pdf?month=yyyy-MM (its own partner only; another partner's is 404). Every export holds
/// every matching document. A CSV that cannot be written (a character CP932 cannot hold, an unmapped 税区分) is refused with
/// 422 and the list of problems with their rows, never written with replacements.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapBillingExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var finance = ExportPermissions.ExportRoles.Split(',');
        var group = endpoints.MapGroup("/billing/exports").RequireAuthorization(policy => policy.RequireRole(finance));

        group.MapGet("/register.xlsx", async (
                string? from, string? to, string? issuer, string? partner, InvoiceRegisterQueries queries, FinanceWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<ExportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = FinanceExportFilter.FromUrl(from, to, issuer, partner, Today(clock));
                if (!filter.IsValid)
                {
                    return PeriodRefused(strings);
                }

                var sheet = workbooks.Register(await queries.RegisterAsync(filter, cancellationToken));
                return DocumentDownload.Excel(stream => writer.Write(stream, sheet), FileName(strings["File_Register"], filter, clock, "xlsx"));
            });

        group.MapGet("/aging.xlsx", async (
                string? asOf, string? issuer, string? partner, ReceivableAgingQueries queries, FinanceWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<ExportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var day = QueryValue.Date(asOf) ?? Today(clock);
                var aging = await queries.AgingAsync(new ReceivableFilter(QueryValue.Id(issuer), QueryValue.Id(partner)), day, cancellationToken);
                var sheets = workbooks.Aging(aging);
                var name = ExportFileName.For(strings["File_Aging"], [day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)], clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, sheets), name);
            });

        group.MapGet("/deferred-revenue.xlsx", async (
                string? from, string? to, string? issuer, string? partner, DeferredRevenueQueries queries, FinanceWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<ExportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = FinanceExportFilter.FromUrl(from, to, issuer, partner, Today(clock));
                var (first, last) = (YearMonth.Of(filter.From), YearMonth.Of(filter.To));
                if (!filter.IsValid || MonthsBetween(first, last) > DeferredRevenueLimits.MaxMonths)
                {
                    return Results.Text(strings["DeferredPeriodRefused", DeferredRevenueLimits.MaxMonths], "text/plain; charset=utf-8", Encoding.UTF8,
                        StatusCodes.Status400BadRequest);
                }

                var schedule = await queries.ScheduleAsync(new ReceivableFilter(filter.IssuerId, filter.PartnerId), first, last, cancellationToken);
                var sheets = workbooks.DeferredRevenue(schedule);
                var name = ExportFileName.For(strings["File_DeferredRevenue"], [first.ToString(), last.ToString()], clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, sheets), name);
            });

        group.MapGet("/{kind}.csv", async (
                string kind, string? from, string? to, string? issuer, string? partner, string? encoding, FinanceCsvFiles files,
                IStringLocalizer<ExportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (FinanceCsvFiles.KindOf(kind) is not { } csvKind)
                {
                    return Results.NotFound();
                }

                var filter = FinanceExportFilter.FromUrl(from, to, issuer, partner, Today(clock));
                if (!filter.IsValid)
                {
                    return PeriodRefused(strings);
                }

                var file = await files.BuildAsync(csvKind, filter, CsvEncodingOf(encoding), cancellationToken);
                return file.Content is { } content
                    ? DocumentDownload.Csv(content, file.Charset, file.FileName)
                    : Results.Text(strings["CsvRefused"] + "\r\n" + string.Join("\r\n", file.Problems), "text/plain; charset=utf-8", Encoding.UTF8,
                        StatusCodes.Status422UnprocessableEntity);
            });

        endpoints.MapGet("/billing/statement/{partnerId:guid}.pdf", async (
                Guid partnerId, string? month, StatementQueries queries, IPdfRenderer renderer, IStringLocalizer<ExportStrings> strings,
                TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var today = Today(clock);
                var statement = await queries.GetAsync(partnerId, StatementMonth.Parse(month) ?? YearMonth.Of(today), cancellationToken);
                if (statement is null)
                {
                    return Results.NotFound();
                }

                var pdf = await renderer.RenderAsync<StatementDocument>(
                    new Dictionary<string, object?> { [nameof(StatementDocument.Statement)] = statement, [nameof(StatementDocument.IssuedOn)] = today },
                    new PdfRenderOptions { Culture = CultureInfo.CurrentUICulture, Title = strings["StatementTitle"], FooterText = statement.PartnerName },
                    cancellationToken);
                return DocumentDownload.Pdf(pdf, $"{strings["File_Statement"]}_{statement.PartnerName}_{statement.Month}.pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(ExportPermissions.StatementRoles.Split(',')));
        return endpoints;
    }

    private static DateOnly Today(TimeProvider clock) => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    private static int MonthsBetween(YearMonth first, YearMonth last) => ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;

    /// <summary>?encoding=utf8 for UTF-8 with BOM; CP932 otherwise.</summary>
    public static CsvEncoding CsvEncodingOf(string? value) =>
        string.Equals(value, "utf8", StringComparison.OrdinalIgnoreCase) ? CsvEncoding.Utf8WithBom : CsvEncoding.Cp932;

    private static string FileName(string list, FinanceExportFilter filter, TimeProvider clock, string extension) =>
        ExportFileName.For(list, [filter.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture), filter.To.ToString("yyyyMMdd", CultureInfo.InvariantCulture)],
            clock.GetUtcNow(), extension);

    private static IResult PeriodRefused(IStringLocalizer<ExportStrings> strings) =>
        Results.Text(strings["PeriodRefused"], "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
}

/// <summary>The longest deferred revenue schedule one workbook shows (one column per month).</summary>
public static class DeferredRevenueLimits
{
    public const int MaxMonths = 120;
}

/// <summary>A statement month in the URL: yyyy-MM.</summary>
public static class StatementMonth
{
    public static YearMonth? Parse(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? YearMonth.Of(day) : null;
}

/// <summary>The sentences for a refused journal file: each unbooked document, then each cell that blocks, with its row and document.</summary>
public static class JournalProblemText
{
    public static IEnumerable<string> Describe(IStringLocalizer<ExportStrings> strings, IStringLocalizer<AccountingFormatStrings> formats, JournalFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var problem in file.Unbooked)
        {
            yield return strings["Unbooked_" + problem.Code, problem.DocumentNumber, problem.Category is { } c ? strings["Category_" + c].Value : string.Empty,
                problem.Rate?.Percent ?? 0, problem.IsReturn ? strings["ReturnSide"].Value : strings["SalesSide"].Value];
        }

        foreach (var cell in file.CellProblems.Where(p => p.Problem.IsBlocking))
        {
            yield return cell.DocumentNumber is null
                ? AccountingFormatMessages.Describe(formats, cell.Problem)
                : strings["CellProblemOfDocument", AccountingFormatMessages.Describe(formats, cell.Problem), cell.DocumentNumber];
        }
    }
}
