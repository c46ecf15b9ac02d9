using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Customers;
using PartnerHub.Features.Customers;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Audit;

public class AuditTrailTests(HubAppFactory app)
{
    [Fact]
    public async Task Save_WhenPartnerEditsItsCustomer_RecordsWhoWhatBeforeAndAfter()
    {
        var customer = await NewCustomerAsync(TestScopes.MinatoStaff, "株式会社監査テスト");
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            var tracked = await db.Customers.SingleAsync(c => c.Id == customer.Id, TestContext.Current.CancellationToken);
            tracked.Phone = "03-9999-0000";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var partnerView = app.CreateContext(TestScopes.MinatoStaff);
        var entries = await partnerView.AuditEntries.Where(a => a.EntityId == customer.Id.ToString()).OrderBy(a => a.At).ToListAsync(TestContext.Current.CancellationToken);

        entries.Select(e => e.Action.ToString()).ShouldBe(["Created", "Updated"]);
        entries[1].UserName.ShouldBe("staff@minato.example");
        var change = JsonDocument.Parse(entries[1].Changes).RootElement.GetProperty("Phone");
        change.GetProperty("before").ValueKind.ShouldBe(JsonValueKind.Null);
        change.GetProperty("after").GetString().ShouldBe("03-9999-0000");
    }

    [Fact]
    public async Task AuditEntries_WhenAnotherPartnerLooks_AreInvisible()
    {
        var customer = await NewCustomerAsync(TestScopes.MinatoStaff, "株式会社見えない監査");

        await using var other = app.CreateContext(TestScopes.HokurikuStaff);
        await using var vendor = app.CreateContext(TestScopes.VendorAdmin);

        (await other.AuditEntries.CountAsync(a => a.EntityId == customer.Id.ToString(), TestContext.Current.CancellationToken)).ShouldBe(0);
        (await vendor.AuditEntries.CountAsync(a => a.EntityId == customer.Id.ToString(), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task AuditEntries_CannotBeChanged()
    {
        await NewCustomerAsync(TestScopes.MinatoStaff, "株式会社改ざん防止");
        await using var db = app.CreateContext(TenantScope.System);
        var entry = await db.AuditEntries.FirstAsync(TestContext.Current.CancellationToken);
        entry.Changes = "{}";

        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reassign_WhenSomeoneElseSavedFirst_ReportsConflictAndKeepsTheirChange()
    {
        var customer = await NewCustomerAsync(TestScopes.VendorAdmin, "株式会社同時編集", DemoOrganisations.SakuraPartner);
        var staleVersion = customer.Version;
        await using (var db = app.CreateContext(TestScopes.VendorAdmin))
        {
            var tracked = await db.Customers.SingleAsync(c => c.Id == customer.Id, TestContext.Current.CancellationToken);
            tracked.Industry = "先に保存した人の変更";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, "VendorAdmin");
        var result = await scope.ServiceProvider.GetRequiredService<ReassignCustomer>()
            .ExecuteAsync(customer.Id, DemoOrganisations.MinatoPartner, staleVersion, TestContext.Current.CancellationToken);

        result.ShouldBe(ReassignResult.Conflict);
        await using var check = app.CreateContext(TenantScope.System);
        var stored = await check.Customers.SingleAsync(c => c.Id == customer.Id, TestContext.Current.CancellationToken);
        stored.PartnerId.ShouldBe(DemoOrganisations.SakuraPartner);
        stored.Industry.ShouldBe("先に保存した人の変更");
    }

    [Fact]
    public async Task Reassign_WhenVendorAdminMovesCustomer_HistoryFollowsToTheNewPartner()
    {
        var customer = await NewCustomerAsync(TestScopes.VendorAdmin, "株式会社移管テスト", DemoOrganisations.SakuraPartner);
        await using var scope = app.ScopeFor(TestScopes.VendorAdmin, "VendorAdmin");

        var result = await scope.ServiceProvider.GetRequiredService<ReassignCustomer>()
            .ExecuteAsync(customer.Id, DemoOrganisations.MinatoPartner, customer.Version, TestContext.Current.CancellationToken);

        result.ShouldBe(ReassignResult.Done);
        await using var minato = app.CreateContext(TestScopes.MinatoStaff);
        await using var sakura = app.CreateContext(new TenantScope("u", "admin@sakura.example", DemoOrganisations.SakuraPartner, Domain.Partners.OrganisationKind.SalesPartner));
        (await minato.ServiceContactRecords.CountAsync(r => r.CustomerId == customer.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await sakura.Customers.CountAsync(c => c.Id == customer.Id, TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task Reassign_WhenPartnerAdminTries_IsNotAllowed()
    {
        var customer = await NewCustomerAsync(TestScopes.MinatoStaff, "株式会社移管不可");
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, "PartnerAdmin");

        var result = await scope.ServiceProvider.GetRequiredService<ReassignCustomer>()
            .ExecuteAsync(customer.Id, DemoOrganisations.HokurikuPartner, customer.Version, TestContext.Current.CancellationToken);

        result.ShouldBe(ReassignResult.NotAllowed);
    }

    private async Task<Customer> NewCustomerAsync(TenantScope scope, string name, Guid? partnerId = null)
    {
        var customer = new Customer(Guid.NewGuid(), partnerId ?? scope.PartnerId, name, "テスト",
            new ServiceContact("佐々木 進", "ササキ ススム", "sasaki@test.example", "03-1234-5678", "総務部"), TimeProvider.System.GetUtcNow());
        await using var db = app.CreateContext(scope);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return customer;
    }
}
