using MudBlazor.Services;
using PartnerHub.Data;
using PartnerHub.Features.Audit;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Catalogue;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Documents;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Home;
using PartnerHub.Features.Identity;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Organisations;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Features.Returns;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Features.Swaps;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Mail;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Security;
using PartnerHub.Infrastructure.Security.RateLimiting;

namespace PartnerHub;

/// <summary>
/// The hub's services: platform services, <c>AddHubData()</c>, then one <c>Add&lt;Feature&gt;Feature()</c> each. Kept out
/// of Program.cs so tools that work on the hub's database through its real model (tools/PartnerHub.ScaleData) build the
/// same container as the app, demo seed contributors included.
/// </summary>
public static class HubServices
{
    public static IServiceCollection AddPartnerHub(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton(TimeProvider.System);
        services.AddHubLocalization();
        services.AddDeploymentSecurity();
        services.AddHubRateLimiting();
        services.AddHubData();
        services.AddHubQuerying();
        services.AddAccountingFormats();
        services.AddIdentityFeature();
        services.AddDocumentsFeature();
        services.AddHomeFeature();
        services.AddCustomersFeature();
        services.AddOrganisationsFeature();
        services.AddAuditFeature();
        services.AddCatalogueFeature();
        services.AddQuotesFeature();
        services.AddContractsFeature();
        services.AddBillingFeature();
        services.AddLogisticsFeature();
        services.AddReturnsFeature();
        services.AddSwapsFeature();
        services.AddParameterSheetsFeature();
        services.AddBackgroundJobs();
        services.AddMail();
        services.AddDevicesFeature();
        services.AddEscalationsFeature();
        services.AddServiceNoticesFeature();
        services.AddOpenApi();
        services.AddDatabaseDeveloperPageExceptionFilter();
        return services;
    }
}
