using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts;

public sealed class ContractQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<ContractListItem> s_sorts = new SortMap<ContractListItem>(nameof(ContractListItem.OrderedOn), defaultDescending: true)
        .Add(nameof(ContractListItem.OrderedOn), c => c.OrderedOn)
        .Add(nameof(ContractListItem.Number), c => c.Number)
        .Add(nameof(ContractListItem.CustomerName), c => c.CustomerKana)
        .Add(nameof(ContractListItem.PartnerName), c => c.PartnerKana)
        .Add(nameof(ContractListItem.PlanCode), c => c.PlanCode)
        .Add(nameof(ContractListItem.Units), c => c.Units)
        .Add(nameof(ContractListItem.AnnualFee), c => c.AnnualFee)
        .Add(nameof(ContractListItem.Status), c => c.Status)
        .Add(nameof(ContractListItem.DeliveredOn), c => c.DeliveredOn)
        .ThenAlwaysBy(c => c.Number);

    public async Task<PagedResult<ContractListItem>> ListAsync(ContractListFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contracts = Contracts(db, filter);
        // A contract's customer and partner always exist and are its partner's (customers with contracts are never moved), so
        // the joins for their names drop no row: the contracts alone give the total, from an index.
        return await s_sorts.Apply(Rows(db, contracts), request).ToPageAsync(request, page => page, contracts.CountAsync, cancellationToken);
    }

    /// <summary>
    /// Every contract matching <paramref name="filter"/>, in the list's default order, read row by row while the export is
    /// written (50,000 contracts never sit in memory at once).
    /// </summary>
    public IEnumerable<ContractListItem> StreamForExport(ContractListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var db = contextFactory.CreateDbContext();
        foreach (var row in s_sorts.Apply(Rows(db, Contracts(db, filter)), new ListRequest()).AsEnumerable())
        {
            yield return row;
        }
    }

    private static IQueryable<ServiceContract> Contracts(HubDbContext db, ContractListFilter filter)
    {
        var contracts = db.Contracts.AsNoTracking().OfOwnPartner(db.Tenant);
        if (filter.Status is { } wanted)
        {
            contracts = contracts.Where(c => c.Status == wanted);
        }

        if (filter.PartnerId is { } partnerId)
        {
            contracts = contracts.Where(c => c.PartnerId == partnerId);
        }

        if (filter.Search is { } term)
        {
            // The matching customers are found once (one pass over the customers), not by reading every contract's customer.
            var customers = db.Customers.OfOwnPartner(db.Tenant).Where(cu => cu.Name.Contains(term) || cu.NameKana.Contains(term)).Select(cu => cu.Id);
            contracts = contracts.Where(c => c.Number.Contains(term) || customers.Contains(c.CustomerId));
        }

        return contracts;
    }

    private static IQueryable<ContractListItem> Rows(HubDbContext db, IQueryable<ServiceContract> contracts) =>
        contracts
            .Join(db.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new { Contract = c, Customer = cu })
            .Join(db.Organisations, x => x.Contract.PartnerId, o => o.Id, (x, o) => new { x.Contract, x.Customer, Partner = o })
            .Select(x => new ContractListItem
            {
                Id = x.Contract.Id,
                Number = x.Contract.Number,
                CustomerName = x.Customer.Name,
                CustomerKana = x.Customer.NameKana,
                PartnerName = x.Partner.Name,
                PartnerKana = x.Partner.NameKana,
                PlanCode = x.Contract.PlanCode,
                Units = x.Contract.Units,
                AnnualFee = x.Contract.AnnualFee,
                Status = x.Contract.Status,
                OrderedOn = x.Contract.OrderedOn,
                DeliveredOn = x.Contract.DeliveryCompletedOn,
            });

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

/// <summary>The contract list's filters, as they travel in its URL.</summary>
public sealed record ContractListFilter(string? Search = null, ContractStatus? Status = null, Guid? PartnerId = null)
{
    public static ContractListFilter FromUrl(string? search, string? status, string? partner) =>
        new(QueryValue.Text(search), QueryValue.Enum<ContractStatus>(status), QueryValue.Id(partner));
}

/// <summary>A row of the contract list; settable members (not a positional record) so the database can sort by them.</summary>
public sealed record ContractListItem
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string CustomerName { get; init; }

    public required string CustomerKana { get; init; }

    public required string PartnerName { get; init; }

    public required string PartnerKana { get; init; }

    public required string PlanCode { get; init; }

    public required int Units { get; init; }

    // Yen rather than its Amount: EF translates an ORDER BY on the converted column, not on a member of it.
    public required Yen AnnualFee { get; init; }

    public required ContractStatus Status { get; init; }

    public required DateOnly OrderedOn { get; init; }

    public DateOnly? DeliveredOn { get; init; }
}

public sealed record ContractDetail(ServiceContract Contract, Customer Customer, string PartnerName);
