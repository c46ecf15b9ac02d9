using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>A partner reads its own payments and balance only: never another partner's money, nor a bank record not yet assigned.</summary>
public class PaymentIsolationTests(HubAppFactory app)
{
    [Fact]
    public async Task List_AsPartnerStaff_HoldsOwnPaymentsOnly()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var own = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;
        var other = (await data.RecordAsync(DemoOrganisations.HokurikuPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;
        var unassigned = (await data.ImportAsync("u.txt", PaymentTestData.NewFile()
            .Add(new ZenginNotice(1, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ")).ToBytes(lineBreaks: true))).Records.Single().PaymentId!.Value;

        var seen = await ListAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var vendorSees = await ListAsync(TestScopes.VendorAdmin, HubRoles.VendorAdmin);

        seen.ShouldContain(own);
        seen.ShouldNotContain(other);
        seen.ShouldNotContain(unassigned);
        vendorSees.ShouldContain(own);
        vendorSees.ShouldContain(other);
        vendorSees.ShouldContain(unassigned);
    }

    [Fact]
    public async Task Get_AnotherPartnersPayment_IsNotFoundByQueryOrPage()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var other = (await data.RecordAsync(DemoOrganisations.HokurikuPartner, amount, allocate: false)).PaymentId!.Value;
        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            (await scope.ServiceProvider.GetRequiredService<PaymentQueries>().GetAsync(other, TestContext.Current.CancellationToken)).ShouldBeNull();
        }

        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var response = await client.GetAsync(new Uri($"/billing/payments/{other}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("data-testid=\"not-found\"");
        body.ShouldNotContain(amount.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture));
        body.ShouldNotContain("北陸ビジネスソリューションズ");
    }

    [Fact]
    public async Task Get_OwnPaymentPage_ShowsIt()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var own = (await data.RecordAsync(DemoOrganisations.MinatoPartner, amount, allocate: false)).PaymentId!.Value;
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/payments/{own}", UriKind.Relative), TestContext.Current.CancellationToken));

        body.ShouldContain(amount.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture));
        body.ShouldNotContain("data-testid=\"payment-assign\"");
    }

    [Fact]
    public async Task Balances_AsPartnerStaff_HoldOwnPartnerOnly()
    {
        var data = await PaymentTestData.CreateAsync(app);
        await data.IssuedInvoiceAsync(DemoOrganisations.MinatoPartner);
        await data.IssuedInvoiceAsync(DemoOrganisations.HokurikuPartner);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<ReceivableQueries>();

        var balances = await queries.BalancesAsync(PaymentTestData.Today, TestContext.Current.CancellationToken);
        var receivables = await queries.OpenReceivablesAsync(PaymentTestData.Today, TestContext.Current.CancellationToken);

        balances.Select(b => b.PartnerId).ShouldBe([DemoOrganisations.MinatoPartner]);
        receivables.ShouldAllBe(r => r.Counterparty == DemoOrganisations.MinatoPartner.ToString("N"));
        receivables.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Record_AsPartnerAdmin_IsNotAllowed()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        var result = await scope.ServiceProvider.GetRequiredService<RecordPayment>().ExecuteAsync(
            new ManualReceipt(DemoOrganisations.MinatoPartner, PaymentTestData.Today, 1_000, "ｶ)ﾐﾅﾄ", null, true), TestContext.Current.CancellationToken);

        result.Problem.ShouldBe(PaymentProblem.NotAllowed);
    }

    [Fact]
    public async Task ImportPage_AsPartnerAdmin_IsNotShown()
    {
        var client = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await client.GetAsync(new Uri("/billing/payments/import", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        body.ShouldNotContain("payment-import-upload");
    }

    private async Task<List<Guid>> ListAsync(TenantScope user, string role)
    {
        await using var scope = app.ScopeFor(user, role);
        var queries = scope.ServiceProvider.GetRequiredService<PaymentQueries>();
        var ids = new List<Guid>();
        for (int page = 0; ; page++)
        {
            var result = await queries.ListAsync(new PaymentListFilter(), new ListRequest(page, ListRequest.MaxPageSize), TestContext.Current.CancellationToken);
            ids.AddRange(result.Page.Items.Select(i => i.Id));
            if (ids.Count >= result.Page.TotalCount || result.Page.Items.Count == 0)
            {
                return ids;
            }
        }
    }
}
