using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Logistics;

/// <summary>From order to delivered contract: vendor operations, the hardware vendor and the custody receipt (004 別紙4, 003 §15).</summary>
public class FulfilmentTests(HubAppFactory app)
{
    [Fact]
    [Trait("Article", "004 §4-2; 003 §15")]
    public async Task Fulfil_FromOrderToCustodyReceipt_StartsTheTermOnTheReceiptDate()
    {
        var contractId = await OrderedContractAsync();

        (await ArrangeAsync(contractId, DemoOrganisations.TohoHardwareVendor)).ShouldBeNull();
        var taskId = await TaskOfAsync(contractId);
        await using (var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor))
        {
            var work = scope.ServiceProvider.GetRequiredService<KittingWork>();
            (await work.ShipAsync(taskId, Carrier.Yamato, "123456789013", Today, Today.AddDays(2), TestContext.Current.CancellationToken)).ShouldBe(LogisticsProblem.NotKitted);
            foreach (var item in KittingTask.ChecklistItems)
            {
                (await work.SetChecklistItemAsync(taskId, item, true, TestContext.Current.CancellationToken)).ShouldBeNull();
            }

            (await work.ShipAsync(taskId, Carrier.Yamato, "123456789014", Today, Today.AddDays(2), TestContext.Current.CancellationToken)).ShouldBe(LogisticsProblem.InvalidTrackingNumber);
            (await work.ShipAsync(taskId, Carrier.Yamato, "123456789013", Today, Today.AddDays(2), TestContext.Current.CancellationToken)).ShouldBeNull();
        }

        await using (var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            (await scope.ServiceProvider.GetRequiredService<RecordDelivery>().ExecuteAsync(contractId, Today, TestContext.Current.CancellationToken)).ShouldBeNull();
        }

        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken);
        await CheckDocumentsAsync(contract);
        contract.Status.ShouldBe(ContractStatus.Delivered);
        contract.DeliveryCompletedOn.ShouldBe(Today);
        (await db.Appliances.Where(a => a.ContractId == contractId).Select(a => a.Status).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldAllBe(status => status == ApplianceStatus.AtCustomer);
    }

    [Fact]
    public async Task Arrange_WhenStockIsShort_ChangesNothing()
    {
        var contractId = await OrderedContractAsync(endpoints: 60_000);

        (await ArrangeAsync(contractId, DemoOrganisations.TohoHardwareVendor)).ShouldBe(LogisticsProblem.InsufficientStock);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken)).Status.ShouldBe(ContractStatus.Ordered);
        (await db.KittingTasks.AnyAsync(t => t.ContractId == contractId, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task KittingTasks_AreSeenOnlyByTheAssignedHardwareVendorAndTheContractsPartner()
    {
        var otherVendorId = await OtherHardwareVendorAsync();
        var contractId = await OrderedContractAsync();
        (await ArrangeAsync(contractId, otherVendorId)).ShouldBeNull();
        var taskId = await TaskOfAsync(contractId);

        await using var toho = app.CreateContext(TestScopes.HardwareVendor);
        await using var minato = app.CreateContext(TestScopes.MinatoStaff);
        await using var hokuriku = app.CreateContext(TestScopes.HokurikuStaff);
        (await toho.KittingTasks.AnyAsync(t => t.Id == taskId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await toho.Appliances.AnyAsync(a => a.ContractId == contractId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await minato.KittingTasks.AnyAsync(t => t.Id == taskId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await hokuriku.KittingTasks.AnyAsync(t => t.Id == taskId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await toho.Customers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);

        await using var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor);
        (await scope.ServiceProvider.GetRequiredService<KittingWork>().SetChecklistItemAsync(taskId, "Software", true, TestContext.Current.CancellationToken)).ShouldBe(LogisticsProblem.NotFound);
    }

    [Fact]
    public async Task SaveChanges_WhenPartnerTriesToChangeAKittingTask_IsRefused()
    {
        var contractId = await OrderedContractAsync();
        (await ArrangeAsync(contractId, DemoOrganisations.TohoHardwareVendor)).ShouldBeNull();

        await using var minato = app.CreateContext(TestScopes.MinatoStaff);
        var task = await minato.KittingTasks.SingleAsync(t => t.ContractId == contractId, TestContext.Current.CancellationToken);
        task.SetChecklistItem("Software", true);

        await Should.ThrowAsync<TenantAccessDeniedException>(() => minato.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pages_WhenHardwareVendorOpensAnotherVendorsTaskOrACustomer_ShowNothing()
    {
        var otherVendorId = await OtherHardwareVendorAsync();
        var contractId = await OrderedContractAsync();
        (await ArrangeAsync(contractId, otherVendorId)).ShouldBeNull();
        var taskId = await TaskOfAsync(contractId);
        var client = await HubSession.SignInAsync(app, "kitting@toho.example");

        var taskPage = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/kitting/{taskId}", UriKind.Relative), TestContext.Current.CancellationToken));
        var loanSlip = await client.GetAsync(new Uri($"/kitting/{taskId}/loan-slip.pdf", UriKind.Relative), TestContext.Current.CancellationToken);
        var contractPage = await client.GetAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), TestContext.Current.CancellationToken);

        taskPage.ShouldContain("data-testid=\"not-found\"");
        loanSlip.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        contractPage.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    // The contract summary shows the term that started on the receipt date (和暦 by default); the loan slip travels
    // with the shipment; another partner gets neither.
    private async Task CheckDocumentsAsync(ServiceContract contract)
    {
        var own = await HubSession.SignInAsync(app, "staff@minato.example");
        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");
        var taskId = await TaskOfAsync(contract.Id);

        var summary = await PdfText.ExtractAsync(await own.GetByteArrayAsync(new Uri($"/contracts/{contract.Id}/contract.pdf", UriKind.Relative), TestContext.Current.CancellationToken));
        var westernSummary = await PdfText.ExtractAsync(await own.GetByteArrayAsync(new Uri($"/contracts/{contract.Id}/contract.pdf?era=false", UriKind.Relative), TestContext.Current.CancellationToken));
        var loanSlip = await PdfText.ExtractAsync(await own.GetByteArrayAsync(new Uri($"/kitting/{taskId}/loan-slip.pdf", UriKind.Relative), TestContext.Current.CancellationToken));
        var denied = await other.GetAsync(new Uri($"/contracts/{contract.Id}/contract.pdf", UriKind.Relative), TestContext.Current.CancellationToken);
        var deniedSlip = await other.GetAsync(new Uri($"/kitting/{taskId}/loan-slip.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        summary.ShouldContain("サービス利用契約 内容確認書");
        summary.ShouldContain("令和");
        westernSummary.ShouldContain(Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年");
        westernSummary.ShouldContain("更新しない旨の通知期限");
        loanSlip.ShouldContain("機器類貸出書");
        loanSlip.ShouldContain("1234-5678-9013");
        denied.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        deniedSlip.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static DateOnly Today => PartnerHub.Infrastructure.Localization.JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    private async Task<LogisticsProblem?> ArrangeAsync(Guid contractId, Guid hardwareVendorId)
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        return await scope.ServiceProvider.GetRequiredService<ArrangeKitting>().ExecuteAsync(contractId, hardwareVendorId, TestContext.Current.CancellationToken);
    }

    private async Task<Guid> TaskOfAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.KittingTasks.Where(t => t.ContractId == contractId).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> OtherHardwareVendorAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var vendor = new Organisation(Guid.NewGuid(), OrganisationKind.HardwareVendor, "株式会社別キッティング", "ベツキッティング");
        db.Organisations.Add(vendor);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return vendor.Id;
    }

    private async Task<Guid> OrderedContractAsync(int endpoints = 100)
    {
        Guid customerId;
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var quote = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, Endpoints = Math.Min(endpoints, 5_000), BandwidthMbps = endpoints > 5_000 ? 60_000 : 100 }, TestContext.Current.CancellationToken);
        var order = await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(quote.QuoteId!.Value, TestContext.Current.CancellationToken);
        return order.ContractId!.Value;
    }
}
