using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>
/// A sales partner of its own per test (so its number series starts at 1 whatever other tests issue) with one customer, its
/// administrator and staff, and retail drafts made through the real use cases.
/// </summary>
internal sealed class RetailTestData(HubAppFactory app, Guid partnerId, Guid customerId)
{
    public const string RegistrationNumber = "T7000012050002";

    public Guid PartnerId { get; } = partnerId;

    public Guid CustomerId { get; } = customerId;

    public TenantScope Admin { get; } = new("u-retail-admin-" + partnerId.ToString("N")[..8], "admin-retail@partner.example", partnerId, OrganisationKind.SalesPartner);

    public TenantScope Staff { get; } = new("u-retail-staff-" + partnerId.ToString("N")[..8], "staff-retail@partner.example", partnerId, OrganisationKind.SalesPartner);

    /// <summary>A new partner, opted in (with a valid registration number) unless <paramref name="optIn"/> is false.</summary>
    public static async Task<RetailTestData> NewPartnerAsync(HubAppFactory app, bool optIn = true, RoundingMode rounding = RoundingMode.Down)
    {
        ArgumentNullException.ThrowIfNull(app);
        var partnerId = await BillingTestData.NewPartnerAsync(app);
        await using var db = app.CreateContext(TenantScope.System);
        var customerId = await db.Customers.Where(c => c.PartnerId == partnerId).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
        var data = new RetailTestData(app, partnerId, customerId);
        if (optIn)
        {
            (await data.SaveSettingsAsync(new RetailIssuerDetails("テスト販売店株式会社", RegistrationNumber, PriceBasis.TaxIncluded, rounding, 4, 30)))
                .Saved.ShouldBeTrue();
        }

        return data;
    }

    public AsyncServiceScope AsAdmin() => app.ScopeFor(Admin, HubRoles.PartnerAdmin);

    public AsyncServiceScope AsStaff() => app.ScopeFor(Staff, HubRoles.PartnerStaff);

    public async Task<RetailSettingsResult> SaveSettingsAsync(RetailIssuerDetails details)
    {
        await using var scope = AsAdmin();
        return await scope.ServiceProvider.GetRequiredService<RetailInvoicingSettings>().SaveAsync(details, TestContext.Current.CancellationToken);
    }

    /// <summary>A retail draft to the partner's customer, made by its staff, with one manual line of <paramref name="unitPrice"/>.</summary>
    public async Task<Guid> DraftAsync(long unitPrice = 110_000)
    {
        await using var scope = AsStaff();
        var on = new DateOnly(2026, 11, 2);
        var draft = await scope.ServiceProvider.GetRequiredService<CreateRetailInvoiceDraft>()
            .ExecuteAsync(CustomerId, on, on.AddDays(30), TestContext.Current.CancellationToken);
        var id = draft.InvoiceId.ShouldNotBeNull();
        (await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(id,
            new ManualLineInput("ネットワーク監視 導入設定作業", 1, unitPrice, TaxCategory.Standard, "作業報告書 R-7"), TestContext.Current.CancellationToken))
            .Problem.ShouldBeNull();
        return id;
    }

    public async Task<IssueResult> IssueAsync(Guid invoiceId)
    {
        await using var scope = AsStaff();
        return await scope.ServiceProvider.GetRequiredService<IssueInvoice>().ExecuteAsync(invoiceId, TestContext.Current.CancellationToken);
    }

    public async Task<Guid> IssuedAsync(long unitPrice = 110_000)
    {
        var id = await DraftAsync(unitPrice);
        (await IssueAsync(id)).Number.ShouldNotBeNull();
        return id;
    }
}
