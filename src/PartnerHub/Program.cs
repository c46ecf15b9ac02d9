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
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Features.Identity;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Returns;
using PartnerHub.Features.Swaps;
using PartnerHub.Features.Identity.Account;
using PartnerHub.Features.Identity.FirstRun;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Security;
using PartnerHub.Infrastructure.Security.RateLimiting;
using PartnerHub.Infrastructure.Tenancy;

var builder = WebApplication.CreateBuilder(args);

// The services live in HubServices.cs, shared with tools/PartnerHub.ScaleData.
builder.Services.AddPartnerHub();
builder.Services.AddDataProtectionKeyEncryption(builder.Configuration);

var app = builder.Build();
ProductionSettingsGuard.ThrowIfUnsafe(app.Environment, app.Configuration);

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    if (FirstRunCommand.IsRequested(args))
    {
        return await FirstRunCommand.RunAsync(scope.ServiceProvider, args, Console.Out);
    }
}

// Behind the TLS proxy: the client's real address and scheme first, then the headers every response carries.
app.UseDeploymentSecurity();
if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAuthentication();
// Before the endpoints, so a refused sign-in never counts towards lockout; after authentication, downloads are per user.
app.UseHubRateLimiting();
// Before authorization, so an account that must enrol is sent to enrolment from every endpoint, not to "access denied".
app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
app.UseAuthorization();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous().WithMetadata(new AllowedDuringEnrolmentAttribute());
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapCultureSwitch();
// The features' own endpoints are their document and export downloads.
var downloads = app.MapGroup(string.Empty).RequireRateLimiting(HubRateLimitPolicies.Downloads);
downloads.MapOrganisationEndpoints();
downloads.MapCustomerEndpoints();
downloads.MapQuoteEndpoints();
downloads.MapLogisticsEndpoints();
downloads.MapReturnEndpoints();
downloads.MapContractEndpoints();
downloads.MapBillingEndpoints();
downloads.MapRenewalEndpoints();
downloads.MapParameterSheetEndpoints();
downloads.MapEscalationEndpoints();
downloads.MapSwapEndpoints();
downloads.MapServiceNoticeEndpoints();
app.MapBridgeIngestEndpoint();
app.MapOpenApi();

app.Lifetime.ApplicationStarted.Register(() => DemoLoginsBanner.PrintIfSeeded(app));

await app.RunAsync();
return 0;
