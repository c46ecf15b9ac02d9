using MudBlazor.Services;
using PartnerHub.Components;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Features.Audit;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Devices.Ingest;
using PartnerHub.Features.Documents;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Home;
using PartnerHub.Features.Notices;
using PartnerHub.Features.Organisations;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Features.Identity;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Identity.Account;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHubLocalization();
builder.Services.AddHubData();
builder.Services.AddHubQuerying();
builder.Services.AddIdentityFeature();
builder.Services.AddDocumentsFeature();
builder.Services.AddHomeFeature();
builder.Services.AddCustomersFeature();
builder.Services.AddOrganisationsFeature();
builder.Services.AddAuditFeature();
builder.Services.AddQuotesFeature();
builder.Services.AddContractsFeature();
builder.Services.AddLogisticsFeature();
builder.Services.AddParameterSheetsFeature();
builder.Services.AddBackgroundJobs();
builder.Services.AddNoticesFeature();
builder.Services.AddDevicesFeature();
builder.Services.AddEscalationsFeature();
builder.Services.AddOpenApi();
builder.Services.AddDatabaseDeveloperPageExceptionFilter();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapCultureSwitch();
app.MapOrganisationEndpoints();
app.MapCustomerEndpoints();
app.MapQuoteEndpoints();
app.MapLogisticsEndpoints();
app.MapContractEndpoints();
app.MapParameterSheetEndpoints();
app.MapEscalationEndpoints();
app.MapBridgeIngestEndpoint();
app.MapOpenApi();

app.Lifetime.ApplicationStarted.Register(() => DemoLoginsBanner.PrintIfSeeded(app));

await app.RunAsync();
