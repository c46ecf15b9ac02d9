using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.NonRenewal;

/// <summary>Delivered contracts whose terms sit where a test needs them relative to today, and the use cases called as a user.</summary>
internal static class NonRenewalTestData
{
    public static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    /// <summary>A delivered contract of <paramref name="partnerId"/>, ordered 30 days before <paramref name="deliveredOn"/>.</summary>
    public static async Task<Guid> DeliveredAsync(HubAppFactory app, Guid partnerId, DateOnly deliveredOn, CancellationToken cancellationToken, ServicePlan? plan = null)
    {
        var orderedOn = deliveredOn.AddDays(-30);
        var at = At(orderedOn);
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(cancellationToken);
        var contract = new ServiceContract(Guid.NewGuid(), "T-NR-" + Guid.NewGuid().ToString("N")[..12], partnerId, customer.Id, (plan ?? ServicePlan.SensorService).Code, 1,
            new Yen(480_000), null, orderedOn, at, "test");
        contract.StartKitting(at, "test").ShouldBeNull();
        contract.Ship(At(deliveredOn.AddDays(-1)), "test", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, At(deliveredOn), "test").ShouldBeNull();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        return contract.Id;
    }

    public static async Task<ServiceContract> LoadAsync(HubAppFactory app, Guid contractId, CancellationToken cancellationToken)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Contracts.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == contractId, cancellationToken);
    }

    public static async Task<NonRenewalResult> RecordAsync(HubAppFactory app, TenantScope user, Guid contractId, NonRenewalInput input, CancellationToken cancellationToken,
        AttachmentFile? letter = null, string role = HubRoles.PartnerStaff)
    {
        var version = (await LoadAsync(app, contractId, cancellationToken)).Version;
        await using var scope = app.ScopeFor(user, role);
        return await scope.ServiceProvider.GetRequiredService<RecordNonRenewal>().ExecuteAsync(contractId, input, letter, version, cancellationToken);
    }

    public static async Task<NonRenewalResult> WithdrawAsync(HubAppFactory app, TenantScope user, Guid contractId, string reason, CancellationToken cancellationToken)
    {
        var version = (await LoadAsync(app, contractId, cancellationToken)).Version;
        await using var scope = app.ScopeFor(user, HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<WithdrawNonRenewal>().ExecuteAsync(contractId, reason, version, cancellationToken);
    }

    /// <summary>A notice that went from the customer through the partner to the vendor on one day.</summary>
    public static NonRenewalInput SameDay(DateOnly day) => new(day, day, day);

    public static AttachmentFile Letter(string fileName, string contentType, byte[] content) =>
        new(fileName, contentType, content.Length, () => new MemoryStream(content));

    public static string Ja(DateOnly date) => JapaneseFormat.Date(date, CultureInfo.GetCultureInfo("ja"));

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(9));
}
