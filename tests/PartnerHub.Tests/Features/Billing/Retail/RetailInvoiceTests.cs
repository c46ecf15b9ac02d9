using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>A partner invoicing its own customers: opting in, gapless numbers of its own, immutability, credit notes.</summary>
public class RetailInvoiceTests(HubAppFactory app)
{
    [Theory]
    [InlineData("T7000012050003")] // wrong check digit
    [InlineData("7000012050002")] // no T
    [InlineData("T700001205000")] // 12 digits
    public async Task SaveSettings_InvalidRegistrationNumber_IsRefusedAndNothingIsStored(string registration)
    {
        var retail = await RetailTestData.NewPartnerAsync(app, optIn: false);

        var result = await retail.SaveSettingsAsync(new RetailIssuerDetails("テスト販売店株式会社", registration, PriceBasis.TaxIncluded, RoundingMode.Down, 4, 30));

        result.Saved.ShouldBeFalse();
        result.Refusal.ShouldBe(RetailProfileRefusal.InvalidRegistrationNumber);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.RetailInvoicingProfiles.AnyAsync(p => p.PartnerId == retail.PartnerId, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task SaveSettings_AsPartnerStaff_IsNotAllowed()
    {
        var retail = await RetailTestData.NewPartnerAsync(app, optIn: false);
        await using var scope = retail.AsStaff();

        var result = await scope.ServiceProvider.GetRequiredService<RetailInvoicingSettings>().SaveAsync(
            new RetailIssuerDetails("テスト販売店株式会社", RetailTestData.RegistrationNumber, PriceBasis.TaxIncluded, RoundingMode.Down, 4, 30),
            TestContext.Current.CancellationToken);

        result.Problem.ShouldBe(InvoiceProblem.NotAllowed);
    }

    [Fact]
    public async Task CreateDraft_PartnerNotOptedIn_IsRefused()
    {
        var retail = await RetailTestData.NewPartnerAsync(app, optIn: false);
        await using var scope = retail.AsStaff();

        var result = await scope.ServiceProvider.GetRequiredService<CreateRetailInvoiceDraft>()
            .ExecuteAsync(retail.CustomerId, new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 2), TestContext.Current.CancellationToken);

        result.InvoiceId.ShouldBeNull();
        result.Problem.ShouldBe(InvoiceProblem.RetailNotEnabled);
    }

    [Fact]
    public async Task Issue_RetailInvoices_AreNumberedGaplessPerPartnerApartFromTheVendor()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var vendor = await BillingTestData.NewIssuerAsync(app);
        var first = await retail.DraftAsync();
        var second = await retail.DraftAsync();
        var wholesale = await vendor.DraftAsync(retail.PartnerId);

        var firstNumber = (await retail.IssueAsync(first)).Number;
        var wholesaleNumber = (await vendor.IssueAsync(wholesale)).Number;
        var secondNumber = (await retail.IssueAsync(second)).Number;

        firstNumber.ShouldBe("INV-2026-000001");
        secondNumber.ShouldBe("INV-2026-000002");
        // The vendor's series is its own: its first number, whatever the partner issued.
        wholesaleNumber.ShouldBe("INV-2026-000001");
        await using var db = app.CreateContext(TenantScope.System);
        var issued = await db.Invoices.AsNoTracking().IgnoreQueryFilters().Where(i => i.Id == first || i.Id == second).ToListAsync(TestContext.Current.CancellationToken);
        issued.ShouldAllBe(i => i.IssuerId == retail.PartnerId && i.RecipientKind == InvoiceRecipientKind.Customer
            && i.IssuerName == "テスト販売店株式会社" && i.IssuerRegistrationNumber == RetailTestData.RegistrationNumber && i.PdfSha256 != null);
        var counters = await db.InvoiceNumberCounters.AsNoTracking().Where(c => c.IssuerId == retail.PartnerId).ToListAsync(TestContext.Current.CancellationToken);
        counters.ShouldHaveSingleItem().LastNumber.ShouldBe(2);
    }

    [Fact]
    public async Task Issue_UnderThePartnersRounding_ComputesTaxOncePerRateThatWay()
    {
        var retail = await RetailTestData.NewPartnerAsync(app, rounding: RoundingMode.Up);
        // ¥10,001 tax included at 10%: tax 10,001 × 10/110 = 909.18… → 910 rounded up (909 rounded down).
        var id = await retail.IssuedAsync(unitPrice: 10_001);

        await using var db = app.CreateContext(TenantScope.System);
        var invoice = await db.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        invoice.Rounding.ShouldBe(RoundingMode.Up);
        invoice.TaxTotal.ShouldBe(new Yen(910));
    }

    [Fact]
    public async Task ChangeIssued_RetailInvoice_IsRefusedAndTheStoredPdfStays()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var id = await retail.IssuedAsync(unitPrice: 220_000);
        await using var before = app.CreateContext(TenantScope.System);
        var issued = await before.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);

        await using var scope = retail.AsAdmin();
        var added = await scope.ServiceProvider.GetRequiredService<AddInvoiceLine>().ExecuteAsync(id,
            new ManualLineInput("追加作業", 1, 1_000, TaxCategory.Standard, "後から追加"), TestContext.Current.CancellationToken);
        var removed = await scope.ServiceProvider.GetRequiredService<RemoveInvoiceLine>().ExecuteAsync(id, issued.Items[0].Id, TestContext.Current.CancellationToken);
        var reissued = await scope.ServiceProvider.GetRequiredService<IssueInvoice>().ExecuteAsync(id, TestContext.Current.CancellationToken);

        added.Refusal.ShouldBe(InvoiceRefusal.NotDraft);
        removed.Refusal.ShouldBe(InvoiceRefusal.NotDraft);
        reissued.Problem.ShouldBe(InvoiceProblem.NotDraft);
        await using var after = app.CreateContext(TenantScope.System);
        var stored = await after.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        stored.GrandTotal.ShouldBe(new Yen(220_000));
        stored.Number.ShouldBe(issued.Number);
        var pdf = await after.InvoicePdfs.AsNoTracking().IgnoreQueryFilters().SingleAsync(p => p.InvoiceId == id, TestContext.Current.CancellationToken);
        InvoicePdf.HashOf(pdf.Content).ShouldBe(issued.PdfSha256);
    }

    [Fact]
    public async Task CreditNote_ForARetailInvoice_ReversesItInFullUnderThePartnersOwnSeries()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var id = await retail.IssuedAsync(unitPrice: 55_000);
        await using var scope = retail.AsStaff();

        var note = await scope.ServiceProvider.GetRequiredService<CreateCreditNote>().ExecuteAsync(id, TestContext.Current.CancellationToken);
        var noteId = note.InvoiceId.ShouldNotBeNull();
        var issued = await retail.IssueAsync(noteId);

        issued.Number.ShouldBe("CN-2026-000001");
        await using var db = app.CreateContext(TenantScope.System);
        var original = await db.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken);
        original.Status.ShouldBe(InvoiceStatus.Cancelled);
        original.CancelledByCreditNoteId.ShouldBe(noteId);
        var credit = await db.Invoices.AsNoTracking().IgnoreQueryFilters().SingleAsync(i => i.Id == noteId, TestContext.Current.CancellationToken);
        credit.IssuerId.ShouldBe(retail.PartnerId);
        credit.RecipientKind.ShouldBe(InvoiceRecipientKind.Customer);
        credit.GrandTotal.ShouldBe(new Yen(-55_000));
    }

    [Fact]
    public async Task Issue_RetailDraftAsVendorFinance_IsNotAllowed()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var draft = await retail.DraftAsync();
        var vendor = await BillingTestData.NewIssuerAsync(app);

        var result = await vendor.IssueAsync(draft);

        // The vendor does not even find it: a partner's retail documents are outside its reach.
        result.Problem.ShouldBe(InvoiceProblem.NotFound);
    }

    [Fact]
    public async Task List_RetailBook_HoldsThePartnersOwnDocumentsAndNotTheVendorsToIt()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var vendor = await BillingTestData.NewIssuerAsync(app);
        var own = await retail.IssuedAsync(unitPrice: 77_777);
        var draft = await retail.DraftAsync();
        var fromVendor = await vendor.IssuedAsync(retail.PartnerId);
        await using var scope = retail.AsStaff();
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();

        var retailBook = await queries.ListAsync(new InvoiceListFilter(Book: InvoiceBook.Retail), new ListRequest(PageSize: 100),
            TestContext.Current.CancellationToken);
        var wholesaleBook = await queries.ListAsync(new InvoiceListFilter(), new ListRequest(PageSize: 100), TestContext.Current.CancellationToken);
        var byAmount = await queries.ListAsync(new InvoiceListFilter(MinAmount: 77_777, MaxAmount: 77_777, Search: "請求テスト", Book: InvoiceBook.Retail),
            new ListRequest(PageSize: 100), TestContext.Current.CancellationToken);

        retailBook.Items.Select(i => i.Id).ShouldBe([own, draft], ignoreOrder: true);
        retailBook.TotalCount.ShouldBe(2);
        wholesaleBook.Items.Select(i => i.Id).ShouldBe([fromVendor]);
        byAmount.Items.Select(i => i.Id).ShouldBe([own]);
    }
}
