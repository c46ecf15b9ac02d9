using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

public class PlaceOrderTests(HubAppFactory app)
{
    [Fact]
    [Trait("Article", "004 §1-4")]
    public async Task Execute_WhenPartnerOrdersAQuote_CreatesAnOrderedContractWithTheQuotedFee()
    {
        var quoteId = await QuoteAsync(TestScopes.MinatoStaff);

        var result = await OrderAsync(TestScopes.MinatoStaff, quoteId);

        result.ContractId.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == result.ContractId, TestContext.Current.CancellationToken);
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, TestContext.Current.CancellationToken);
        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.PartnerId.ShouldBe(DemoOrganisations.MinatoPartner);
        contract.AnnualFee.ShouldBe(quote.RetailTotal);
        contract.WholesaleAnnualFee.ShouldBe(quote.WholesaleTotal);
        contract.Units.ShouldBe(quote.Units);
        contract.Events.Single().By.ShouldBe(TestScopes.MinatoStaff.UserName);
    }

    [Fact]
    public async Task Execute_WhenQuoteAlreadyOrdered_RefusesASecondContract()
    {
        var quoteId = await QuoteAsync(TestScopes.MinatoStaff);
        (await OrderAsync(TestScopes.MinatoStaff, quoteId)).ContractId.ShouldNotBeNull();

        var second = await OrderAsync(TestScopes.MinatoStaff, quoteId);

        second.Problem.ShouldBe(OrderProblem.AlreadyOrdered);
    }

    [Fact]
    public async Task Execute_WhenAnotherPartnerOrdersTheQuote_CannotFindIt()
    {
        var quoteId = await QuoteAsync(TestScopes.MinatoStaff);

        var result = await OrderAsync(TestScopes.HokurikuStaff, quoteId);

        result.Problem.ShouldBe(OrderProblem.QuoteNotFound);
    }

    [Fact]
    public async Task ContractPage_WhenAnotherPartnerOpensIt_ShowsNotFound()
    {
        var quoteId = await QuoteAsync(TestScopes.MinatoStaff);
        var contractId = (await OrderAsync(TestScopes.MinatoStaff, quoteId)).ContractId!.Value;
        var own = await HubSession.SignInAsync(app, "staff@minato.example");
        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var ownPage = WebUtility.HtmlDecode(await own.GetStringAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), TestContext.Current.CancellationToken));
        var otherPage = WebUtility.HtmlDecode(await other.GetStringAsync(new Uri($"/contracts/{contractId}", UriKind.Relative), TestContext.Current.CancellationToken));

        ownPage.ShouldContain("data-testid=\"contract-steps\"");
        otherPage.ShouldContain("data-testid=\"not-found\"");
        otherPage.ShouldNotContain("data-testid=\"contract-steps\"");
    }

    private async Task<PlaceOrderResult> OrderAsync(TenantScope user, Guid quoteId)
    {
        await using var scope = app.ScopeFor(user, HubRoles.PartnerStaff);
        return await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(quoteId, TestContext.Current.CancellationToken);
    }

    private async Task<Guid> QuoteAsync(TenantScope user)
    {
        Guid customerId;
        await using (var db = app.CreateContext(user))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(user, HubRoles.PartnerStaff);
        var result = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, Endpoints = 300, BandwidthMbps = 500 }, TestContext.Current.CancellationToken);
        return result.QuoteId!.Value;
    }
}
