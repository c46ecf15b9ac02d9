using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.Quotes;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Numbering;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Quotes;

/// <summary>Issues a numbered quote for one of the user's customers, snapshotting sizing, prices and tax.</summary>
public sealed class IssueQuote(IDbContextFactory<HubDbContext> contextFactory, QuoteCalculator calculator, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<IssueQuoteResult> ExecuteAsync(QuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(QuotesPermissions.Roles))
        {
            return IssueQuoteResult.Fail(QuoteProblem.NotAllowed);
        }

        var problem = request.Validate();
        if (problem is not null)
        {
            return IssueQuoteResult.Fail(problem.Value);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
        if (customer is null)
        {
            return IssueQuoteResult.Fail(QuoteProblem.CustomerNotFound);
        }

        var plan = ServicePlan.Find(request.PlanCode)!;
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var result = await calculator.CalculateAsync(plan, customer.Segment, request.Endpoints, request.BandwidthMbps, today, cancellationToken);
        if (!result.IsQuoted)
        {
            return IssueQuoteResult.Fail(QuoteProblem.NoPrice, result.Failure);
        }

        var quote = await DailyNumbers.SaveWithNextNumberAsync(db, "Q", today,
            prefix => db.Quotes.IgnoreQueryFilters().CountAsync(q => q.Number.StartsWith(prefix), cancellationToken),
            number => db.Quotes.Add(new IssuedQuote(Guid.NewGuid(), number, customer.PartnerId, customer.Id, plan, request.Endpoints, request.BandwidthMbps,
                result.Quote, today, today.AddDays(QuotesPermissions.ValidityDays), now, currentUser.Name)).Entity,
            cancellationToken);
        return new IssueQuoteResult(quote.Id, null, null);
    }
}

/// <summary>What the partner asks to be quoted.</summary>
public sealed class QuoteRequest
{
    /// <summary>Upper bound the form accepts; larger networks are quoted by the vendor individually.</summary>
    public const int MaxEndpoints = 100_000;

    public Guid? CustomerId { get; set; }

    public string PlanCode { get; set; } = ServicePlan.SensorService.Code;

    public int Endpoints { get; set; } = 100;

    public long BandwidthMbps { get; set; } = 100;

    public QuoteProblem? Validate() =>
        CustomerId is null ? QuoteProblem.CustomerRequired
        : ServicePlan.Find(PlanCode) is null ? QuoteProblem.UnknownPlan
        : Endpoints is < 1 or > MaxEndpoints ? QuoteProblem.EndpointsOutOfRange
        : BandwidthMbps is < 1 or > 100_000 ? QuoteProblem.BandwidthOutOfRange
        : null;
}

public enum QuoteProblem
{
    NotAllowed,
    CustomerRequired,
    CustomerNotFound,
    UnknownPlan,
    EndpointsOutOfRange,
    BandwidthOutOfRange,
    NoPrice,
}

public sealed record IssueQuoteResult(Guid? QuoteId, QuoteProblem? Problem, PriceLookupFailure? PriceFailure)
{
    public static IssueQuoteResult Fail(QuoteProblem problem, PriceLookupFailure? priceFailure = null) => new(null, problem, priceFailure);
}
