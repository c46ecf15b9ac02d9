using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Support;

/// <summary>An escalation case opened from a fresh alert, and the users who work it.</summary>
public sealed record OpenedCase(Guid CaseId, Deployment Deployment, string AlertEventId, Guid PartnerId);

public static class EscalationTestData
{
    public static TenantScope Desk { get; } = new("u-desk", "desk@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);

    public static Dictionary<string, string?> ValidSheet() => new(StringComparer.Ordinal)
    {
        [HearingSheetTemplates.InquiryKind] = "translate-alert",
        ["alert-text"] = "ET MALWARE Cobalt Strike Beacon Observed",
        ["question"] = "英語のアラートの意味を教えてほしい",
        ["affects-us"] = HearingSheetAnswers.Yes,
        ["noticed-on"] = "2026-11-30",
    };

    public static async Task<T> AsPartnerAsync<T>(HubAppFactory app, Guid partnerId, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(action);
        var scope = partnerId == DemoOrganisations.MinatoPartner ? TestScopes.MinatoStaff : TestScopes.HokurikuStaff;
        await using var services = app.ScopeFor(scope, HubRoles.PartnerStaff);
        return await action(services.ServiceProvider);
    }

    public static async Task<T> AsDeskAsync<T>(HubAppFactory app, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(action);
        await using var services = app.ScopeFor(Desk, HubRoles.SecondLineDesk);
        return await action(services.ServiceProvider);
    }

    /// <summary>Deploys a sensor for <paramref name="partnerId"/>, sends it an alert, and opens a case from the alert as the partner.</summary>
    public static async Task<OpenedCase> OpenFromAlertAsync(HubAppFactory app, Guid partnerId, CancellationToken cancellationToken, bool registeredCaller = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deployment = await DeviceTestData.DeployAsync(app, partnerId, cancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        var alert = DeviceTestData.Alert(deployment.Serial, now.AddSeconds(-30));
        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now.AddSeconds(-40), 3600), alert), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var db = app.CreateContext(TenantScope.System);
        var contact = (await db.Customers.AsNoTracking().SingleAsync(c => c.Id == deployment.CustomerId, cancellationToken)).ServiceContact;
        var result = await AsPartnerAsync(app, partnerId, services => services.GetRequiredService<OpenInquiry>().HandleAsync(new OpenInquiryRequest(
            deployment.CustomerId, "英語のアラートについて", registeredCaller ? contact.Name : "知らない人", contact.Phone, null, VerificationMethod.RegisteredPhoneMatch,
            AlertEventId: alert.EventId), cancellationToken));
        result.Problem.ShouldBeNull();
        return new OpenedCase(result.CaseId!.Value, deployment, alert.EventId, partnerId);
    }

    /// <summary>Opens, fills the sheet and escalates as the partner.</summary>
    public static async Task<OpenedCase> EscalatedAsync(HubAppFactory app, Guid partnerId, CancellationToken cancellationToken)
    {
        var opened = await OpenFromAlertAsync(app, partnerId, cancellationToken);
        (await AsPartnerAsync(app, partnerId, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(opened.CaseId, ValidSheet(), TlpMarking.Amber, cancellationToken)))
            .Problem.ShouldBeNull();
        (await AsPartnerAsync(app, partnerId, s => s.GetRequiredService<CaseWork>().EscalateAsync(opened.CaseId, cancellationToken))).Problem.ShouldBeNull();
        return opened;
    }
}
