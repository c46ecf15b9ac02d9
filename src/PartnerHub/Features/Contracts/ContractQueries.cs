using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;

namespace PartnerHub.Features.Contracts;

public sealed class ContractQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ContractListItem>> ListAsync(ContractStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contracts = db.Contracts.AsNoTracking();
        if (status is { } wanted)
        {
            contracts = contracts.Where(c => c.Status == wanted);
        }

        return await contracts
            .OrderByDescending(c => c.OrderedOn).ThenByDescending(c => c.Number)
            .Take(1000)
            .Join(db.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new { c, cu.Name })
            .Join(db.Organisations, x => x.c.PartnerId, o => o.Id, (x, o) => new ContractListItem(
                x.c.Id, x.c.Number, x.Name, o.Name, x.c.PlanCode, x.c.Units, x.c.AnnualFee.Amount, x.c.Status, x.c.OrderedOn, x.c.DeliveryCompletedOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<ContractDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var partner = await db.Organisations.AsNoTracking().Where(o => o.Id == contract.PartnerId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new ContractDetail(contract, customer, partner);
    }

    /// <summary>The contract made from a quote, if it was ordered.</summary>
    public async Task<Guid?> FindByQuoteAsync(Guid quoteId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contracts.AsNoTracking().Where(c => c.QuoteId == quoteId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
    }
}

public sealed record ContractListItem(Guid Id, string Number, string CustomerName, string PartnerName, string PlanCode, int Units, long AnnualFee,
    ContractStatus Status, DateOnly OrderedOn, DateOnly? DeliveredOn);

public sealed record ContractDetail(ServiceContract Contract, Customer Customer, string PartnerName);
