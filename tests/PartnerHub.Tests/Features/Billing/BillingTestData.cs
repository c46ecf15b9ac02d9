using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>
/// An issuer of its own per test (so its number series starts at 1 whatever other tests issue) and its finance user, with
/// drafts made through the real use cases.
/// </summary>
internal sealed class BillingTestData(HubAppFactory app, Guid issuerId)
{
    public Guid IssuerId { get; } = issuerId;

    public TenantScope Finance { get; } = new("u-finance-" + issuerId.ToString("N")[..8], "finance-test@vendor.example", issuerId, OrganisationKind.Vendor);

    /// <summary>A vendor-side issuer, with a valid registration number unless <paramref name="registered"/> is false.</summary>
    public static async Task<BillingTestData> NewIssuerAsync(HubAppFactory app, bool registered = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = Guid.NewGuid();
        await using var db = app.CreateContext(TenantScope.System);
        db.Organisations.Add(new Organisation(id, OrganisationKind.Vendor, $"テスト発行株式会社 {id.ToString("N")[..6]}", "テストハッコウ")
        {
            InvoiceRegistrationNumber = registered ? "T7000012050002" : null,
            PostalCode = "100-0005",
            Address = "東京都千代田区丸の内1-1-1",
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new BillingTestData(app, id);
    }

    /// <summary>
    /// A sales partner of its own with one customer: what the invoicing run bills it is this test's alone, whatever pending charges
    /// other tests leave on the demo partners.
    /// </summary>
    public static async Task<Guid> NewPartnerAsync(HubAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = Guid.NewGuid();
        await using var db = app.CreateContext(TenantScope.System);
        db.Organisations.Add(new Organisation(id, OrganisationKind.SalesPartner, $"テスト販売店 {id.ToString("N")[..6]}", "テストハンバイテン"));
        db.Customers.Add(new Customer(Guid.NewGuid(), id, $"株式会社請求テスト {id.ToString("N")[..6]}", "セイキュウテスト",
            new ServiceContact("請求 太郎", "セイキュウ タロウ", "billing@customer.example", "03-1111-2222", null), TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return id;
    }

    public AsyncServiceScope AsFinance() => app.ScopeFor(Finance, HubRoles.Finance);

    /// <summary>A draft to <paramref name="partnerId"/> with one manual line of <paramref name="unitPrice"/> (tax included).</summary>
    public async Task<Guid> DraftAsync(Guid? partnerId = null, long unitPrice = 110_000, DateOnly? billedOn = null)
    {
        await using var scope = AsFinance();
        var on = billedOn ?? new DateOnly(2026, 11, 1);
        var draft = await scope.ServiceProvider.GetRequiredService<CreateInvoiceDraft>()
            .ExecuteAsync(partnerId ?? DemoOrganisations.MinatoPartner, on, on.AddMonths(1), TestContext.Current.CancellationToken);
        var id = draft.InvoiceId.ShouldNotBeNull();
        (await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(id,
            new ManualLineInput("オンサイト設定作業", 1, unitPrice, TaxCategory.Standard, "作業報告書 No.12"), TestContext.Current.CancellationToken))
            .Problem.ShouldBeNull();
        return id;
    }

    public async Task<IssueResult> IssueAsync(Guid invoiceId)
    {
        await using var scope = AsFinance();
        return await scope.ServiceProvider.GetRequiredService<IssueInvoice>().ExecuteAsync(invoiceId, TestContext.Current.CancellationToken);
    }

    public async Task<Guid> IssuedAsync(Guid? partnerId = null, long unitPrice = 110_000)
    {
        var id = await DraftAsync(partnerId, unitPrice);
        (await IssueAsync(id)).Number.ShouldNotBeNull();
        return id;
    }
}
