using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// A partner's monthly statement: what it owed at the start of the month, the invoices and credit notes addressed to it in the
/// month, the payments received in the month and applied to them, and what it owes at the end (balances from
/// <see cref="IOpenReceivableSource"/>).
/// Read through the tenant filters: a partner's user gets its own partner's statement, never another's (null = not found).
/// </summary>
public sealed class StatementQueries(IDbContextFactory<HubDbContext> contextFactory, IOpenReceivableSource receivables)
{
    public async Task<PartnerStatement?> GetAsync(Guid partnerId, YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Tenant.SeesAllPartners && db.Tenant.PartnerId != partnerId)
        {
            return null;
        }

        var partner = await db.Organisations.AsNoTracking().Where(o => o.Id == partnerId && o.Kind == Domain.Partners.OrganisationKind.SalesPartner)
            .Select(o => new { o.Name, o.PostalCode, o.Address }).SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var body = await BodyAsync(db, receivables, new ReceivableFilter(CounterpartyId: partnerId), month.FirstDay, month.LastDay, cancellationToken);
        // Payments the bank took back in the month: their invoices are open again, so the partner is told why.
        var reversals = await db.Payments.AsNoTracking()
            .Where(p => p.PartnerId == partnerId && p.ReversedOn >= month.FirstDay && p.ReversedOn <= month.LastDay)
            .OrderBy(p => p.ReversedOn).ThenBy(p => p.ReceivedOn)
            .Select(p => new StatementReversal(p.ReversedOn!.Value, p.ReceivedOn, p.PayerName, p.Amount, p.ReversalReason ?? string.Empty))
            .ToListAsync(cancellationToken);
        return new PartnerStatement(partnerId, partner.Name, InvoicePrinter.AddressOf(partner.PostalCode, partner.Address), month, body.OpeningBalance, body.Lines,
            body.Received, body.ClosingBalance, reversals);
    }

    /// <summary>
    /// One account's movements from <paramref name="from"/> to <paramref name="to"/>, the one rule behind every statement (a partner's
    /// monthly statement here, a customer's statement in <c>Retail/CustomerStatementQueries</c>): what the counterparty owed the day
    /// before (<see cref="IOpenReceivableSource"/>), the invoices and credit notes of the period, the payments received in the period
    /// and applied to its invoices, and what it owed at the end. Read through <paramref name="db"/>'s tenant filters.
    /// </summary>
    internal static async Task<StatementBody> BodyAsync(HubDbContext db, IOpenReceivableSource receivables, ReceivableFilter filter, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var lines = await IssuedDocuments.Of(db, filter)
            .Where(i => i.TransactionDate >= from && i.TransactionDate <= to)
            .OrderBy(i => i.TransactionDate).ThenBy(i => i.Number)
            .Select(i => new StatementLine(i.TransactionDate, i.Number ?? string.Empty, i.Kind, i.IssuerName ?? string.Empty, i.OriginalNumber, i.DueDate,
                i.TaxExcludedTotal, i.TaxTotal, i.GrandTotal))
            .ToListAsync(cancellationToken);
        // Money received in the period and applied to the counterparty's invoices; what is not applied stays its credit.
        var invoiceIds = IssuedDocuments.Of(db, filter).Where(i => i.Kind == InvoiceKind.Invoice).Select(i => i.Id);
        var received = Yen.Sum(await db.Payments.AsNoTracking()
            .Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to)
            .SelectMany(p => p.Allocations).Where(a => invoiceIds.Contains(a.InvoiceId)).Select(a => a.Amount)
            .ToListAsync(cancellationToken));
        var opening = Yen.Sum((await receivables.OpenAsync(filter, from.AddDays(-1), cancellationToken)).Select(o => o.OpenAmount));
        var closing = Yen.Sum((await receivables.OpenAsync(filter, to, cancellationToken)).Select(o => o.OpenAmount));
        return new StatementBody(opening, lines, received, closing);
    }
}

/// <summary>
/// An account over a period: <c>OpeningBalance</c> + <see cref="Invoiced"/> + <see cref="Credited"/> (negative) − <c>Received</c> (applied to its
/// invoices) = <c>ClosingBalance</c>.
/// </summary>
public sealed record StatementBody(Yen OpeningBalance, IReadOnlyList<StatementLine> Lines, Yen Received, Yen ClosingBalance)
{
    /// <summary>Invoiced in the period.</summary>
    public Yen Invoiced => Yen.Sum(Lines.Where(l => l.Kind == InvoiceKind.Invoice).Select(l => l.GrandTotal));

    /// <summary>Credited in the period (negative).</summary>
    public Yen Credited => Yen.Sum(Lines.Where(l => l.Kind == InvoiceKind.CreditNote).Select(l => l.GrandTotal));
}

/// <summary>One document on a statement.</summary>
public sealed record StatementLine(
    DateOnly TransactionDate, string Number, InvoiceKind Kind, string IssuerName, string? OriginalNumber, DateOnly DueDate, Yen TaxExcludedTotal, Yen TaxTotal, Yen GrandTotal);

/// <summary>A payment the bank took back (組戻し / 取消) in the statement's month.</summary>
public sealed record StatementReversal(DateOnly ReversedOn, DateOnly ReceivedOn, string PayerName, Yen Amount, string Reason);

/// <summary>The statement of one partner for one month.</summary>
public sealed record PartnerStatement(
    Guid PartnerId, string PartnerName, string? PartnerAddress, YearMonth Month, Yen OpeningBalance, IReadOnlyList<StatementLine> Lines,
    Yen Received, Yen ClosingBalance, IReadOnlyList<StatementReversal> Reversals)
{
    /// <summary>Invoiced in the month.</summary>
    public Yen Invoiced => Yen.Sum(Lines.Where(l => l.Kind == InvoiceKind.Invoice).Select(l => l.GrandTotal));

    /// <summary>Credited in the month (negative).</summary>
    public Yen Credited => Yen.Sum(Lines.Where(l => l.Kind == InvoiceKind.CreditNote).Select(l => l.GrandTotal));
}
