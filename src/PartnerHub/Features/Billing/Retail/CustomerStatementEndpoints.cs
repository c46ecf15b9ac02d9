using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>The period of a customer statement: <c>from</c>/<c>to</c> in the URL (yyyy-MM-dd), by default the last three months through today.</summary>
public static class CustomerStatementPeriod
{
    /// <summary>From the first day of the month two months back through <paramref name="today"/>.</summary>
    public static (DateOnly From, DateOnly To) Default(DateOnly today) => (YearMonth.Of(today).FirstDay.AddMonths(-2), today);

    public static (DateOnly From, DateOnly To) FromUrl(string? from, string? to, DateOnly today)
    {
        var (defaultFrom, defaultTo) = Default(today);
        return (QueryValue.Date(from) ?? defaultFrom, QueryValue.Date(to) ?? defaultTo);
    }

    /// <summary>The query string of a period: ?from=yyyy-MM-dd&amp;to=yyyy-MM-dd.</summary>
    public static string Query(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

    public static string PagePath(Guid customerId) => $"billing/retail-receivables/customers/{customerId:D}";
}

/// <summary>
/// GET /billing/retail-receivables/customers/{customer}/statement.pdf and statement.xlsx (?from=&amp;to=): a customer's statement for the
/// partner's administrators and staff. The customer must be the user's partner's (another partner's: 404); the vendor's users are refused
/// (403); a period that is not one (from after to, longer than <see cref="CustomerStatementQueries.MaxDays"/> days) gets 400 with a message.
/// </summary>
public static class CustomerStatementEndpoints
{
    public static IEndpointRouteBuilder MapCustomerStatementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/billing/retail-receivables/customers/{customerId:guid}")
            .RequireAuthorization(policy => policy.RequireRole(BillingPermissions.RetailRoles.Split(',')));

        group.MapGet("/statement.pdf", async (
                Guid customerId, string? from, string? to, CustomerStatementQueries queries, CustomerStatementText text, IPdfRenderer renderer,
                IStringLocalizer<CustomerStatementStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
                var (first, last) = CustomerStatementPeriod.FromUrl(from, to, today);
                if (!CustomerStatementQueries.IsValidPeriod(first, last))
                {
                    return PeriodRefused(strings);
                }

                if (await queries.GetAsync(customerId, first, last, cancellationToken) is not { } statement)
                {
                    return Results.NotFound();
                }

                var pdf = await renderer.RenderAsync<CustomerStatementDocument>(
                    new Dictionary<string, object?> { [nameof(CustomerStatementDocument.Statement)] = statement, [nameof(CustomerStatementDocument.IssuedOn)] = today },
                    new PdfRenderOptions { Culture = CultureInfo.CurrentUICulture, Title = strings["DocumentTitle"], FooterText = statement.Issuer.Name },
                    cancellationToken);
                return DocumentDownload.Pdf(pdf, text.FileName(statement, "pdf"));
            });

        group.MapGet("/statement.xlsx", async (
                Guid customerId, string? from, string? to, CustomerStatementQueries queries, CustomerStatementText text, CustomerStatementWorkbook workbook,
                IExcelWriter writer, IStringLocalizer<CustomerStatementStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var (first, last) = CustomerStatementPeriod.FromUrl(from, to, JapaneseFormat.TokyoDate(clock.GetUtcNow()));
                if (!CustomerStatementQueries.IsValidPeriod(first, last))
                {
                    return PeriodRefused(strings);
                }

                if (await queries.GetAsync(customerId, first, last, cancellationToken) is not { } statement)
                {
                    return Results.NotFound();
                }

                var sheets = workbook.Build(statement);
                return DocumentDownload.Excel(stream => writer.Write(stream, sheets), text.FileName(statement, "xlsx"));
            });
        return endpoints;
    }

    private static IResult PeriodRefused(IStringLocalizer<CustomerStatementStrings> strings) =>
        Results.Text(strings["PeriodRefused", CustomerStatementQueries.MaxDays], "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
}
