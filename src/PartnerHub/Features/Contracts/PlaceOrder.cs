using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts;

/// <summary>
/// Turns an issued quote into an order: the usage contract forms when the customer buys the service right from the
/// partner (004 §1-4). The quote's appliance count and retail total become the contract's units and annual fee.
/// </summary>
public sealed class PlaceOrder(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
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

        string prefix = "C-" + today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
        int orderedToday = await db.Contracts.IgnoreQueryFilters().CountAsync(c => c.Number.StartsWith(prefix), cancellationToken);
        // Numbers are per day; concurrent orders may pick the same one, so the unique index decides and the loser retries.
        for (int attempt = 1; ; attempt++)
        {
            var contract = new ServiceContract(Guid.NewGuid(), prefix + (orderedToday + attempt).ToString("D4", CultureInfo.InvariantCulture),
                quote.PartnerId, quote.CustomerId, quote.PlanCode, quote.Units, quote.RetailTotal, quote.Id, today, now,
                currentUser.Name);
            db.Contracts.Add(contract);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new PlaceOrderResult(contract.Id, null);
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                db.ChangeTracker.Clear();
            }
        }
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
