using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Customers;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>
/// Isolation at the data layer: whatever a page or endpoint forgets, a tenant's context cannot read or write
/// another partner's rows.
/// </summary>
public class TenantQueryFilterTests(HubAppFactory app)
{
    [Fact]
    public async Task Customers_WhenPartnerStaffQueries_SeesOnlyOwnCustomers()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);

        var partners = await db.Customers.Select(c => c.PartnerId).Distinct().ToListAsync(TestContext.Current.CancellationToken);

        partners.ShouldBe([DemoOrganisations.MinatoPartner]);
    }

    [Fact]
    public async Task Customers_WhenVendorQueries_SeesEveryPartner()
    {
        await using var db = app.CreateContext(TestScopes.VendorAdmin);

        var partners = await db.Customers.Select(c => c.PartnerId).Distinct().ToListAsync(TestContext.Current.CancellationToken);

        // Other tests add partners of their own to the shared host: the demo's three must all be among those seen.
        partners.ShouldContain(DemoOrganisations.MinatoPartner);
        partners.ShouldContain(DemoOrganisations.HokurikuPartner);
        partners.ShouldContain(DemoOrganisations.SakuraPartner);
    }

    [Fact]
    public async Task Customers_WhenAnonymousOrHardwareVendor_SeesNothing()
    {
        await using var anonymous = app.CreateContext(TenantScope.Anonymous);
        await using var hardwareVendor = app.CreateContext(TestScopes.HardwareVendor);

        (await anonymous.Customers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await hardwareVendor.Customers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await anonymous.ServiceContactRecords.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task FindById_WhenCustomerBelongsToAnotherPartner_ReturnsNothing()
    {
        var othersCustomer = await AnyCustomerOfAsync(DemoOrganisations.HokurikuPartner);
        await using var db = app.CreateContext(TestScopes.MinatoStaff);

        var found = await db.Customers.SingleOrDefaultAsync(c => c.Id == othersCustomer.Id, TestContext.Current.CancellationToken);
        var history = await db.ServiceContactRecords.Where(r => r.CustomerId == othersCustomer.Id).ToListAsync(TestContext.Current.CancellationToken);

        found.ShouldBeNull();
        history.ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveChanges_WhenPartnerChangesAnotherPartnersCustomer_IsRefusedAndNothingChanges()
    {
        var othersCustomer = await AnyCustomerOfAsync(DemoOrganisations.HokurikuPartner);
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            // Even an entity smuggled in from elsewhere (e.g. a forged form post) cannot be saved.
            db.Attach(othersCustomer);
            othersCustomer.Name = "株式会社乗っ取り";

            await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        var reloaded = await AnyCustomerOfAsync(DemoOrganisations.HokurikuPartner, othersCustomer.Id);
        reloaded.Name.ShouldNotBe("株式会社乗っ取り");
    }

    [Fact]
    public async Task SaveChanges_WhenPartnerCreatesCustomerForAnotherPartner_IsRefused()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        db.Customers.Add(new Customer(Guid.NewGuid(), DemoOrganisations.HokurikuPartner, "株式会社よそ", "ヨソ",
            new ServiceContact("山田 太郎", "ヤマダ タロウ", "t@yoso.example", "03-1111-2222", null), TimeProvider.System.GetUtcNow()));

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OrganisationsAndUsers_WhenPartnerQueries_SeesOnlyItsOwnOrganisation()
    {
        await using var db = app.CreateContext(TestScopes.MinatoStaff);

        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        var userOrganisations = await db.Users.Select(u => u.OrganisationId).Distinct().ToListAsync(TestContext.Current.CancellationToken);

        organisations.ShouldBe([DemoOrganisations.MinatoPartner]);
        userOrganisations.ShouldBe([DemoOrganisations.MinatoPartner]);
    }

    private async Task<Customer> AnyCustomerOfAsync(Guid partnerId, Guid? id = null)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Customers.AsNoTracking()
            .Where(c => c.PartnerId == partnerId && (id == null || c.Id == id))
            .OrderBy(c => c.NameKana)
            .FirstAsync(TestContext.Current.CancellationToken);
    }
}
