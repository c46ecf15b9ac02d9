using PartnerHub;
using PartnerHub.Components;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Contracts.Renewals;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Devices.Ingest;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Organisations;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Features.Quotes;
using PartnerHub.Features.Identity;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Identity.Account;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

var builder = WebApplication.CreateBuilder(args);

// The services live in HubServices.cs, shared with tools/PartnerHub.ScaleData.
builder.Services.AddPartnerHub();

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
app.MapBillingEndpoints();
app.MapRenewalEndpoints();
app.MapParameterSheetEndpoints();
app.MapEscalationEndpoints();
app.MapBridgeIngestEndpoint();
app.MapOpenApi();

app.Lifetime.ApplicationStarted.Register(() => DemoLoginsBanner.PrintIfSeeded(app));

await app.RunAsync();
