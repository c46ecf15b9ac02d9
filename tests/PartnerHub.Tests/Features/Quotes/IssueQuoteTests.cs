using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Quotes;

public class IssueQuoteTests(HubAppFactory app)
{
    [Fact]
    [Trait("Article", "004 別紙2 §2-4")]
    public async Task Execute_WhenNetworkExceedsOneAppliance_SizesTwoAndPricesTheEndpointTier()
    {
        var customer = await CustomerAsync(DemoOrganisations.MinatoPartner, CustomerSegment.Standard);

        var quote = await IssueAsync(TestScopes.MinatoStaff, new QuoteRequest
        {
            CustomerId = customer.Id, PlanCode = ServicePlan.SensorService.Code, Endpoints = 1_500, BandwidthMbps = 800,
        });

        quote.Units.ShouldBe(2);
        quote.UnitRetail.Amount.ShouldBe(3_200_000);
        quote.RetailTaxExcluded.Amount.ShouldBe(3_200_000);
        quote.RetailTax.Amount.ShouldBe(320_000);
        quote.RetailTotal.Amount.ShouldBe(3_520_000);
        quote.WholesaleTotal.Amount.ShouldBe(2_640_000);
        quote.Number.ShouldStartWith("Q-");
    }

    [Fact]
    [Trait("Article", "002 別表")]
    public async Task Execute_WhenChamberMemberTakesTheUtmPlan_QuotesTheTaxIncludedMemberFee()
    {
        var quote = await IssueChamberMemberUtmQuoteAsync();

        quote.Units.ShouldBe(1);
        quote.RetailTotal.Amount.ShouldBe(79_200);
        quote.RetailTax.Amount.ShouldBe(7_200);
    }

    [Fact]
    public async Task Execute_WhenCustomerBelongsToAnotherPartner_IsRefused()
    {
        var other = await CustomerAsync(DemoOrganisations.HokurikuPartner, CustomerSegment.Standard);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var result = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = other.Id, Endpoints = 10, BandwidthMbps = 10 }, TestContext.Current.CancellationToken);

        result.Problem.ShouldBe(QuoteProblem.CustomerNotFound);
    }

    [Fact]
    public async Task Execute_WhenEndpointsExceedThePriceList_ExplainsThatNoPriceApplies()
    {
        var customer = await CustomerAsync(DemoOrganisations.MinatoPartner, CustomerSegment.Standard);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var result = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customer.Id, Endpoints = 8_000, BandwidthMbps = 100 }, TestContext.Current.CancellationToken);

        result.Problem.ShouldBe(QuoteProblem.NoPrice);
        result.PriceFailure.ShouldBe(PriceLookupFailure.AboveMaximumEndpoints);
    }

    [Fact]
    public async Task QuotePdf_WhenDownloaded_IsAJapaneseQuotationAndHiddenFromOtherPartners()
    {
        var customer = await CustomerAsync(DemoOrganisations.MinatoPartner, CustomerSegment.Standard);
        var quote = await IssueAsync(TestScopes.MinatoStaff, new QuoteRequest { CustomerId = customer.Id, Endpoints = 120, BandwidthMbps = 300 });
        var own = await HubSession.SignInAsync(app, "staff@minato.example");
        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var pdf = await own.GetByteArrayAsync(new Uri($"/quotes/{quote.Id}/quote.pdf", UriKind.Relative), TestContext.Current.CancellationToken);
        var denied = await other.GetAsync(new Uri($"/quotes/{quote.Id}/quote.pdf", UriKind.Relative), TestContext.Current.CancellationToken);
        var deniedPage = WebUtility.HtmlDecode(await other.GetStringAsync(new Uri($"/quotes/{quote.Id}", UriKind.Relative), TestContext.Current.CancellationToken));

        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain("御見積書");
        text.ShouldContain(customer.Name);
        text.ShouldContain("¥880,000");
        denied.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        deniedPage.ShouldContain("data-testid=\"not-found\"");
        deniedPage.ShouldNotContain(quote.Number);
    }

    [Fact]
    [Trait("Article", "002 §12-3, §12-6; 004 §4-5")]
    public async Task QuotePdf_ForTheChamberUtmPlan_PrintsItsOwnNotesAndNot004sPenalty()
    {
        var quote = await IssueChamberMemberUtmQuoteAsync();
        var own = await HubSession.SignInAsync(app, "admin@sakura.example");

        var pdf = await own.GetByteArrayAsync(new Uri($"/quotes/{quote.Id}/quote.pdf", UriKind.Relative), TestContext.Current.CancellationToken);

        // Lines wrap wherever the PDF breaks them: compare without white space.
        var text = string.Concat((await PdfText.ExtractAsync(pdf)).Where(c => !char.IsWhiteSpace(c)));
        text.ShouldContain("第12条第6項");
        text.ShouldNotContain("第4条第5項");
        text.ShouldNotContain("1,000端末");
    }

    // A chamber member's UTM plan quote (002), issued by the Sakura partner's admin.
    private async Task<Domain.Quotes.IssuedQuote> IssueChamberMemberUtmQuoteAsync()
    {
        var customer = await CustomerAsync(DemoOrganisations.SakuraPartner, CustomerSegment.ChamberMember);
        var sakura = new TenantScope("u", "admin@sakura.example", DemoOrganisations.SakuraPartner, OrganisationKind.SalesPartner);
        return await IssueAsync(sakura, new QuoteRequest { CustomerId = customer.Id, PlanCode = ServicePlan.ChamberUtm.Code, Endpoints = 80, BandwidthMbps = 100 });
    }

    private async Task<Domain.Quotes.IssuedQuote> IssueAsync(TenantScope user, QuoteRequest request)
    {
        await using var scope = app.ScopeFor(user, HubRoles.PartnerStaff);
        var result = await scope.ServiceProvider.GetRequiredService<IssueQuote>().ExecuteAsync(request, TestContext.Current.CancellationToken);
        result.QuoteId.ShouldNotBeNull($"{result.Problem} {result.PriceFailure}");
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Quotes.SingleAsync(q => q.Id == result.QuoteId, TestContext.Current.CancellationToken);
    }

    private async Task<Customer> CustomerAsync(Guid partnerId, CustomerSegment segment)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Customers.AsNoTracking().Where(c => c.PartnerId == partnerId && c.Segment == segment).OrderBy(c => c.NameKana).FirstAsync(TestContext.Current.CancellationToken);
    }
}
