using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Quotes;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Quotes;

public sealed class QuoteQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<QuoteListItem> s_sorts = new SortMap<QuoteListItem>(nameof(QuoteListItem.IssuedOn), defaultDescending: true)
        .Add(nameof(QuoteListItem.IssuedOn), q => q.IssuedOn)
        .Add(nameof(QuoteListItem.Number), q => q.Number)
        .Add(nameof(QuoteListItem.CustomerName), q => q.CustomerKana)
        .Add(nameof(QuoteListItem.PlanCode), q => q.PlanCode)
        .Add(nameof(QuoteListItem.Units), q => q.Units)
        .Add(nameof(QuoteListItem.RetailTotal), q => q.RetailTotal)
        .Add(nameof(QuoteListItem.ValidUntil), q => q.ValidUntil)
        .ThenAlwaysBy(q => q.Number);

    public async Task<PagedResult<QuoteListItem>> ListAsync(QuoteListFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Quotes.AsNoTracking().Join(db.Customers, q => q.CustomerId, c => c.Id, (q, c) => new { Quote = q, Customer = c });
        if (filter.Search is { } term)
        {
            rows = rows.Where(x => x.Quote.Number.Contains(term) || x.Customer.Name.Contains(term) || x.Customer.NameKana.Contains(term));
        }

        var items = rows.Select(x => new QuoteListItem
        {
            Id = x.Quote.Id,
            Number = x.Quote.Number,
            CustomerName = x.Customer.Name,
            CustomerKana = x.Customer.NameKana,
            PlanCode = x.Quote.PlanCode,
            Units = x.Quote.Units,
            RetailTotal = x.Quote.RetailTotal,
            IssuedOn = x.Quote.IssuedOn,
            ValidUntil = x.Quote.ValidUntil,
        });
        return await s_sorts.Apply(items, request).ToPageAsync(request, page => page, cancellationToken);
    }

    /// <summary>The quote with its customer and issuing partner, or null outside the user's reach.</summary>
    public async Task<QuoteDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (quote is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == quote.CustomerId, cancellationToken);
        var partner = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == quote.PartnerId, cancellationToken);
        return new QuoteDetail(quote, customer, partner);
    }
}

/// <summary>The quote list's filters, as they travel in its URL.</summary>
public sealed record QuoteListFilter(string? Search = null)
{
    public static QuoteListFilter FromUrl(string? search) => new(QueryValue.Text(search));
}

/// <summary>A row of the quote list; settable members (not a positional record) so the database can sort by them.</summary>
public sealed record QuoteListItem
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string CustomerName { get; init; }

    public required string CustomerKana { get; init; }

    public required string PlanCode { get; init; }

    public required int Units { get; init; }

    // Yen rather than its Amount: EF translates an ORDER BY on the converted column, not on a member of it.
    public required Yen RetailTotal { get; init; }

    public required DateOnly IssuedOn { get; init; }

    public required DateOnly ValidUntil { get; init; }
}

public sealed record QuoteDetail(IssuedQuote Quote, Customer Customer, Organisation Partner);

