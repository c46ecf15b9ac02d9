using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Quotes;

namespace PartnerHub.Features.Quotes;

public sealed class QuoteQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<QuoteListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Quotes.AsNoTracking()
            .OrderByDescending(q => q.IssuedAt)
            .Take(500)
            .Join(db.Customers, q => q.CustomerId, c => c.Id, (q, c) => new QuoteListItem(q.Id, q.Number, c.Name, q.PlanCode, q.Units, q.RetailTotal.Amount, q.IssuedOn, q.ValidUntil))
            .ToListAsync(cancellationToken);
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

    public async Task<IReadOnlyList<CustomerChoice>> ListCustomersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().OrderBy(c => c.NameKana)
            .Select(c => new CustomerChoice(c.Id, c.Name, c.Segment))
            .ToListAsync(cancellationToken);
    }
}

public sealed record QuoteListItem(Guid Id, string Number, string CustomerName, string PlanCode, int Units, long RetailTotal, DateOnly IssuedOn, DateOnly ValidUntil);

public sealed record QuoteDetail(IssuedQuote Quote, Customer Customer, Organisation Partner);

public sealed record CustomerChoice(Guid Id, string Name, CustomerSegment Segment);
