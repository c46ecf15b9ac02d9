using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Numbering;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts;

/// <summary>
/// Turns an issued quote into an order: the usage contract forms when the customer buys the service right from the
/// partner (004 §1-4). The quote's appliance count and retail total become the contract's units and annual fee, its
/// wholesale total the amount the vendor bills the partner. The contract keeps the plan's policy version in force on the
/// day the quote was issued, as it keeps the quote's prices: a version the vendor schedules later never changes it.
/// </summary>
public sealed class PlaceOrder(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, IPlanPolicySource policies)
{
    public async Task<PlaceOrderResult> ExecuteAsync(Guid quoteId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(ContractsPermissions.OrderRoles))
        {
            return new PlaceOrderResult(null, OrderProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken);
        if (quote is null)
        {
            return new PlaceOrderResult(null, OrderProblem.QuoteNotFound);
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        if (today > quote.ValidUntil)
        {
            return new PlaceOrderResult(null, OrderProblem.QuoteExpired);
        }

        if (await db.Contracts.AnyAsync(c => c.QuoteId == quoteId, cancellationToken))
        {
            return new PlaceOrderResult(null, OrderProblem.AlreadyOrdered);
        }

        var policyVersion = (await policies.CurrentAsync(cancellationToken)).VersionInForce(quote.PlanCode, quote.IssuedOn);
        var contract = await DailyNumbers.SaveWithNextNumberAsync(db, "C", today,
            prefix => db.Contracts.IgnoreQueryFilters().CountAsync(c => c.Number.StartsWith(prefix), cancellationToken),
            number => db.Contracts.Add(new ServiceContract(Guid.NewGuid(), number, quote.PartnerId, quote.CustomerId, quote.PlanCode, quote.Units,
                quote.RetailTotal, quote.Id, today, now, currentUser.Name, wholesaleAnnualFee: quote.WholesaleTotal, policyVersion: policyVersion)).Entity,
            cancellationToken);
        return new PlaceOrderResult(contract.Id, null);
    }
}

public enum OrderProblem
{
    NotAllowed,
    QuoteNotFound,
    QuoteExpired,
    AlreadyOrdered,
}

public sealed record PlaceOrderResult(Guid? ContractId, OrderProblem? Problem);
