using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Customers;

/// <summary>Read side of customers. Tenant filters scope every query to what the signed-in user may see.</summary>
public sealed class CustomerQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<PagedResult<CustomerListItem>> ListAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customers = Filter(db, query);
        int total = await customers.CountAsync(cancellationToken);
        var ordered = query.SortBy switch
        {
            CustomerSort.Prefecture => query.Descending ? customers.OrderByDescending(c => c.Prefecture).ThenBy(c => c.NameKana) : customers.OrderBy(c => c.Prefecture).ThenBy(c => c.NameKana),
            CustomerSort.Partner => query.Descending ? customers.OrderByDescending(c => c.PartnerId).ThenBy(c => c.NameKana) : customers.OrderBy(c => c.PartnerId).ThenBy(c => c.NameKana),
            CustomerSort.Name => query.Descending ? customers.OrderByDescending(c => c.NameKana) : customers.OrderBy(c => c.NameKana),
        };
        var page = await ordered
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Join(db.Organisations, c => c.PartnerId, o => o.Id, (c, o) => new CustomerListItem(
                c.Id, c.Name, c.NameKana, c.Prefecture, c.Segment, c.ServiceContact.Name, o.Name))
            .ToListAsync(cancellationToken);
        return new PagedResult<CustomerListItem>(page, total);
    }

    /// <summary>
    /// Every customer matching the list's filters, for the Excel export, ordered by kana and read row by row while the
    /// workbook is written (100,000 customers never sit in memory at once).
    /// </summary>
    public IEnumerable<CustomerExportRow> StreamForExport(CustomerListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var db = contextFactory.CreateDbContext();
        var rows = Filter(db, query)
            .OrderBy(c => c.NameKana).ThenBy(c => c.Id)
            .Join(db.Organisations, c => c.PartnerId, o => o.Id, (c, o) => new CustomerExportRow(
                c.Name, c.NameKana, c.CorporateNumber, c.PostalCode, c.Prefecture, c.Address, c.Phone, c.Industry, c.Segment,
                c.ServiceContact.Name, c.ServiceContact.Email, c.ServiceContact.Phone, o.Name))
            .AsEnumerable();
        foreach (var row in rows)
        {
            yield return row;
        }
    }

    public async Task<CustomerDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking()
            .Include(c => c.ContactHistory)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var partnerName = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == customer.PartnerId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        return new CustomerDetail(customer, partnerName ?? string.Empty,
            customer.ContactHistory.OrderByDescending(r => r.RegisteredFrom).ToList());
    }

    private static IQueryable<Customer> Filter(HubDbContext db, CustomerListQuery query)
    {
        // The partner's own condition stated plainly, so its (PartnerId, NameKana) index serves the count and the kana order.
        var customers = db.Customers.AsNoTracking().OfOwnPartner(db.Tenant);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            customers = customers.Where(c => c.Name.Contains(term) || c.NameKana.Contains(term)
                || c.ServiceContact.Name.Contains(term) || (c.CorporateNumber != null && c.CorporateNumber.Contains(term)));
        }

        if (query.Segment is { } segment)
        {
            customers = customers.Where(c => c.Segment == segment);
        }

        if (!string.IsNullOrWhiteSpace(query.Prefecture))
        {
            customers = customers.Where(c => c.Prefecture == query.Prefecture);
        }

        if (query.PartnerId is { } partnerId)
        {
            customers = customers.Where(c => c.PartnerId == partnerId);
        }

        return customers;
    }

    public async Task<IReadOnlyList<string>> ListPrefecturesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking()
            .Where(c => c.Prefecture != null)
            .Select(c => c.Prefecture!)
            .Distinct()
            .OrderBy(p => p)
            .ToListAsync(cancellationToken);
    }
}

public enum CustomerSort
{
    Name,
    Prefecture,
    Partner,
}

/// <summary>The customer list's filters, as they travel in its URL (the export reads the same parameters).</summary>
public sealed record CustomerListFilter(string? Search = null, CustomerSegment? Segment = null, string? Prefecture = null)
{
    public static CustomerListFilter FromUrl(string? search, string? segment, string? prefecture) =>
        new(QueryValue.Text(search), QueryValue.Enum<CustomerSegment>(segment), QueryValue.Text(prefecture));
}

public sealed record CustomerListQuery(
    string? Search = null,
    CustomerSegment? Segment = null,
    string? Prefecture = null,
    Guid? PartnerId = null,
    CustomerSort SortBy = CustomerSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record CustomerListItem(Guid Id, string Name, string NameKana, string? Prefecture, CustomerSegment Segment, string ServiceContactName, string PartnerName);

public sealed record CustomerExportRow(
    string Name, string NameKana, string? CorporateNumber, string? PostalCode, string? Prefecture, string? Address, string? Phone,
    string? Industry, CustomerSegment Segment, string ContactName, string ContactEmail, string ContactPhone, string PartnerName);

public sealed record CustomerDetail(Customer Customer, string PartnerName, IReadOnlyList<ServiceContactRecord> ContactHistory);
