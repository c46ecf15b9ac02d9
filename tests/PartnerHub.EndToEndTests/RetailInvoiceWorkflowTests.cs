using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// Issue 12, retail invoices (partner → customer): the Minato administrator (opted in by the demo) drafts an invoice to a customer on
/// /billing/retail-invoices, adds the contract fees it owes this month, issues it and downloads the PDF as issued. Another partner's
/// user finds nothing at its address, and the vendor's users see no retail invoice at all.
/// </summary>
public partial class RetailInvoiceWorkflowTests(HubServer hub)
{
    private const long AnnualFee = 600_000;

    [Fact]
    public async Task PartnerAdmin_DraftsAddsContractFeesAndIssuesAnInvoiceToItsCustomer_PdfCarriesTheNumberAndOnlyThePartnerSeesIt()
    {
        var (customerName, contractNumber) = await MinatoCustomerWhoseFirstTermStartsTodayAsync();
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("admin@minato.example");
        await partner.GotoInteractiveAsync("/billing/retail-invoices");

        var customerField = partner.GetByLabel("請求先の顧客");
        await customerField.FillAsync(customerName);
        var suggestion = partner.Locator(".mud-popover-open .mud-list-item").GetByText(customerName, new() { Exact = true });
        await suggestion.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await suggestion.ClickAsync();
        await suggestion.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Expect(customerField).ToHaveValueAsync(customerName);
        await Expect(partner.GetByTestId("retail-new-create")).ToBeEnabledAsync();
        await partner.GetByTestId("retail-new-create").ClickAsync();
        await partner.WaitForURLAsync(DetailAddress());
        var invoiceUrl = new Uri(partner.Url).AbsolutePath;
        await Expect(partner.GetByTestId("invoice-number")).ToHaveTextAsync("（下書き・番号未採番）");
        await Expect(partner.GetByTestId("invoice-recipient")).ToHaveTextAsync(customerName);

        await partner.GetByTestId("retail-add-contract-fees").ClickAsync();
        var lines = partner.GetByTestId("invoice-lines").Locator("tbody tr");
        await Expect(lines).ToHaveCountAsync(1);
        await Expect(lines).ToContainTextAsync(contractNumber);
        await Expect(partner.GetByTestId("invoice-total")).ToHaveTextAsync(JapaneseFormat.Yen(AnnualFee));

        await partner.GetByTestId("invoice-issue").ClickAsync();
        await Expect(partner.GetByTestId("invoice-number")).ToHaveTextAsync(InvoiceNumber());
        var number = (await partner.GetByTestId("invoice-number").InnerTextAsync()).Trim();
        await Expect(partner.GetByTestId("invoice-issue")).ToHaveCountAsync(0);
        await Expect(partner.GetByTestId("invoice-remove-line")).ToHaveCountAsync(0);

        var download = await partner.RunAndWaitForDownloadAsync(() => partner.GetByTestId("invoice-pdf").ClickAsync());
        download.SuggestedFilename.ShouldBe($"請求書_{number}.pdf");
        var pdf = await download.BytesAsync();
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain(number);
        text.ShouldContain(contractNumber);

        // The partner's register lists it, issued, under its number.
        await partner.GotoInteractiveAsync($"/billing/retail-invoices?search={Uri.EscapeDataString(customerName)}");
        var row = partner.GetByTestId("invoice-table").Locator("tbody tr", new() { HasText = number });
        await Expect(row).ToContainTextAsync(JapaneseFormat.Yen(AnnualFee));

        // Another partner's user: nothing at the invoice's address, nor at its PDF's.
        var otherPartner = await hub.NewPageAsync();
        await new LoginPage(otherPartner).SignInAsync("admin@hokuriku.example");
        await otherPartner.GotoInteractiveAsync(invoiceUrl);
        await otherPartner.GetByTestId("not-found").WaitForAsync();
        (await otherPartner.ContentAsync()).ShouldNotContain(customerName);
        (await otherPartner.Context.APIRequest.GetAsync($"{invoiceUrl}/invoice.pdf")).Status.ShouldBe(404);

        // The vendor's users: the retail book is not theirs, and their own register does not hold the partner's invoice.
        var finance = await hub.NewPageAsync();
        await new LoginPage(finance).SignInAsync("finance@vendor.example");
        await finance.GotoAsync("/billing/retail-invoices");
        await finance.WaitForURLAsync(url => url.Contains("/Account/AccessDenied", StringComparison.Ordinal));
        await finance.GetByText("このページを表示する権限がありません。").WaitForAsync();
        var wholesaleUrl = invoiceUrl.Replace("/billing/retail-invoices/", "/billing/invoices/", StringComparison.Ordinal);
        await finance.GotoInteractiveAsync(wholesaleUrl);
        await finance.GetByTestId("not-found").WaitForAsync();
        (await finance.Context.APIRequest.GetAsync($"{wholesaleUrl}/invoice.pdf")).Status.ShouldBe(404);
        await finance.GotoInteractiveAsync($"/billing/invoices?search={Uri.EscapeDataString(customerName)}");
        var register = finance.GetByTestId("invoice-table");
        await Expect(register.Locator("tbody")).ToContainTextAsync("該当するデータがありません。");
        await Expect(register).Not.ToContainTextAsync(customerName);
    }

    // A Minato customer of this test with a 004 contract delivered yesterday: its first term starts today, so the draft of today owes its
    // first-term fee (billing date: the term's first day).
    private async Task<(string CustomerName, string ContractNumber)> MinatoCustomerWhoseFirstTermStartsTodayAsync()
    {
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var customer = new Customer(Guid.NewGuid(), DemoOrganisations.MinatoPartner, "小売請求テスト株式会社 " + suffix, "コウリセイキュウテスト",
            new ServiceContact("田中 一郎", "タナカ イチロウ", "tanaka@retail-customer.example", "03-1111-2222", "総務部"), at);
        var number = $"C-E2E-RT-{suffix}";
        var contract = new ServiceContract(Guid.NewGuid(), number, DemoOrganisations.MinatoPartner, customer.Id, ServicePlan.SensorService.Code, 1,
            new Yen(AnnualFee), null, today.AddDays(-30), at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(today.AddDays(-1), at, "e2e").ShouldBeNull();
        contract.ServiceStartOn.ShouldBe(today);
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        db.Customers.Add(customer);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (customer.Name, number);
    }

    [GeneratedRegex(@"/billing/retail-invoices/[0-9a-f-]{36}$")]
    private static partial Regex DetailAddress();

    [GeneratedRegex(@"^INV-\d{4}-\d{6}$")]
    private static partial Regex InvoiceNumber();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
