using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Contracts.Renewals;

public static class RenewalEndpoints
{
    /// <summary>The renewal services; registered by <see cref="ContractsFeature"/>.</summary>
    public static IServiceCollection AddRenewals(this IServiceCollection services)
    {
        services.AddOptions<RenewalsOptions>().BindConfiguration(RenewalsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RenewalWorklistQueries>();
        services.AddScoped<RenewalRunQueries>();
        services.AddSingleton<RenewalRun>();
        services.AddHostedService<RenewalRunJob>();
        services.AddSingleton<CancelByReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<CancelByReminderService>());
        return services;
    }

    /// <summary>GET /renewals/export.xlsx: every worklist row matching the filters, through the tenant-scoped query.</summary>
    public static IEndpointRouteBuilder MapRenewalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/renewals/export.xlsx", async (
                string? plan, string? partner, string? window, RenewalWorklistQueries queries, PartnerOptions partners, IExcelWriter writer,
                IStringLocalizer<RenewalStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = RenewalWorklistFilter.FromUrl(plan, partner, window);
                var sheet = ExportLayout(strings).ToSheet(strings["Title"], queries.StreamForExport(filter, await queries.CalendarsAsync(cancellationToken), await queries.PoliciesAsync(cancellationToken)));
                string? partnerName = filter.PartnerId is { } partnerId
                    ? (await partners.ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == partnerId)?.Name
                    : null;
                string fileName = ExportFileName.For(strings["ExportList"],
                    [filter.PlanCode, partnerName, filter.Window is { } w ? strings["Window_" + w].Value : null], clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, sheet), fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(RenewalsPermissions.WorklistRoles.Split(',')));
        return endpoints;
    }

    public static ExcelExport<RenewalWorklistItem> ExportLayout(IStringLocalizer<RenewalStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new ExcelExport<RenewalWorklistItem>()
            .Text(strings["Number"], r => r.Number, width: 18)
            .Text(strings["Customer"], r => r.CustomerName, width: 30)
            .Text(strings["Partner"], r => r.PartnerName, width: 30)
            .Text(strings["Plan"], r => r.PlanCode, width: 10)
            .Yen(strings["AnnualFee"], r => r.AnnualFee, width: 16, total: true)
            .Number(strings["Term"], r => r.Outlook?.Term)
            .Date(strings["TermEndsOn"], r => r.Outlook?.TermEndsOn)
            .Date(strings["CancelBy"], r => r.CancelBy)
            .Date(strings["ActBy"], r => r.Outlook?.CancelByBusinessDay)
            .Number(strings["DaysLeft"], r => r.DaysLeft)
            .Text(strings["IfNothingDone"], r => r.Outlook?.Describe(strings) ?? strings["NoPolicy"], width: 50)
            .Text(strings["Status"], r => strings["Status_" + r.Status], width: 16);
    }
}
