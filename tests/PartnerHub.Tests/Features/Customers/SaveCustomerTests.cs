using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Customers;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Customers;

public class SaveCustomerTests(HubAppFactory app)
{
    [Fact]
    public async Task Execute_WhenPartnerStaffRegistersCustomer_StoresItForTheirPartnerEvenIfAnotherIsNamed()
    {
        var input = ValidInput("株式会社新規登録");
        input.PartnerId = DemoOrganisations.HokurikuPartner;

        var result = await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, input);

        result.Status.ShouldBe(SaveCustomerStatus.Saved);
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.Customers.SingleAsync(c => c.Id == result.Id, TestContext.Current.CancellationToken);
        stored.PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
        stored.ServiceContact.Email.ShouldBe("kimura@shinki.example");
    }

    [Fact]
    public async Task Execute_WhenFieldsAreInvalid_ReportsEveryFieldAndStoresNothing()
    {
        var input = ValidInput("株式会社不正入力");
        input.NameKana = "fusei";
        input.CorporateNumber = "1234567890123";
        input.PostalCode = "12-345";
        input.ContactEmail = "not-an-address";

        var result = await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, input);

        result.Status.ShouldBe(SaveCustomerStatus.Invalid);
        result.Errors.Keys.ShouldBe(["NameKana", "CorporateNumber", "PostalCode", "ContactEmail"], ignoreOrder: true);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.Customers.AnyAsync(c => c.Name == "株式会社不正入力", TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §5-1")]
    public async Task Execute_WhenServiceContactChanges_KeepsThePreviousOneInHistory()
    {
        var created = await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, ValidInput("株式会社担当交代"));
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            var customer = await db.Customers.SingleAsync(c => c.Id == created.Id, TestContext.Current.CancellationToken);
            var edit = CustomerInput.From(customer);
            edit.ContactName = "後任 次郎";
            edit.ContactNameKana = "コウニン ジロウ";
            (await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, edit)).Status.ShouldBe(SaveCustomerStatus.Saved);
        }

        await using var check = app.CreateContext(TestScopes.MinatoStaff);
        var history = await check.ServiceContactRecords.Where(r => r.CustomerId == created.Id).OrderBy(r => r.RegisteredFrom).ToListAsync(TestContext.Current.CancellationToken);
        history.Select(r => r.Contact.Name).ShouldBe(["木村 恵", "後任 次郎"]);
        history[0].ReplacedAt.ShouldNotBeNull();
        history[1].ReplacedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Execute_WhenNumbersAreTypedInFullWidthOrWithoutHyphens_StoresThemNormalised()
    {
        var input = ValidInput("株式会社全角入力");
        input.PostalCode = "〒１０５００１１";
        input.Phone = "０３３４３３５１１１";
        input.CorporateNumber = "７００００１２０５０００２";

        var result = await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, input);

        result.Status.ShouldBe(SaveCustomerStatus.Saved, string.Join(", ", result.Errors));
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.Customers.SingleAsync(c => c.Id == result.Id, TestContext.Current.CancellationToken);
        stored.PostalCode.ShouldBe("105-0011");
        stored.Phone.ShouldBe("03-3433-5111");
        stored.CorporateNumber.ShouldBe("7000012050002");
    }

    [Fact]
    public async Task Execute_WhenPartnerEditsAnotherPartnersCustomer_ReportsNotFound()
    {
        var othersCustomer = await SaveAsAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, ValidInput("株式会社他社顧客"));
        var edit = ValidInput("株式会社書き換え");
        edit.Id = othersCustomer.Id;

        var result = await SaveAsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, edit);

        result.Status.ShouldBe(SaveCustomerStatus.NotFound);
    }

    [Fact]
    public async Task Execute_WhenFinanceTriesToEdit_IsNotAllowed()
    {
        var result = await SaveAsAsync(TestScopes.VendorAdmin, HubRoles.Finance, ValidInput("株式会社経理"));

        result.Status.ShouldBe(SaveCustomerStatus.NotAllowed);
    }

    [Fact]
    public async Task Execute_WhenVendorAdminRegistersWithoutPartner_AsksForOne()
    {
        var result = await SaveAsAsync(TestScopes.VendorAdmin, HubRoles.VendorAdmin, ValidInput("株式会社パートナー未定"));

        result.Status.ShouldBe(SaveCustomerStatus.Invalid);
        result.Errors.Keys.ShouldContain("PartnerId");
    }

    private async Task<SaveCustomerResult> SaveAsAsync(TenantScope user, string role, CustomerInput input)
    {
        await using var scope = app.ScopeFor(user, role);
        return await scope.ServiceProvider.GetRequiredService<SaveCustomer>().ExecuteAsync(input, TestContext.Current.CancellationToken);
    }

    private static CustomerInput ValidInput(string name) => new()
    {
        Name = name,
        NameKana = "シンキトウロク",
        CorporateNumber = "7000012050002",
        PostalCode = "105-0011",
        Prefecture = "東京都",
        Address = "港区芝公園4-2-8",
        Phone = "03-3433-5111",
        ContactName = "木村 恵",
        ContactNameKana = "キムラ メグミ",
        ContactEmail = "kimura@shinki.example",
        ContactPhone = "03-3433-5112",
        NotificationEmails = "soc@shinki.example, it@shinki.example",
    };
}
