using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>A customer's receipt in a statement: what it paid, how, and how much of it went to the customer's invoices.</summary>
public sealed record StatementReceipt(Guid PaymentId, DateOnly ReceivedOn, string PayerName, PaymentMethod? Method, Yen Amount, Yen Applied, DateOnly? ReversedOn);

/// <summary>What a statement row is.</summary>
public enum StatementEntryKind
{
    Invoice,
    CreditNote,
    Receipt,
}

/// <summary>One row of the statement in date order, with the balance after it (documents add, receipts subtract what they applied).</summary>
public sealed record StatementEntry(DateOnly On, StatementEntryKind Kind, string Reference, DateOnly? DueDate, Yen Charge, Yen Applied, Yen Balance, StatementReceipt? Receipt);

/// <summary>
/// A customer's statement (取引明細書) from its partner for a period: the partner's account with the customer (<see cref="StatementBody"/>, the
/// same rule as the vendor's monthly statement to a partner), the receipts of the period and the customer's credit (receipts not applied
/// to any invoice) at its end.
/// </summary>
public sealed record CustomerStatement(Guid CustomerId, string CustomerName, string? CustomerAddress, InvoiceIssuer Issuer, DateOnly From, DateOnly To,
    StatementBody Body, IReadOnlyList<StatementReceipt> Receipts, Yen Credit)
{
    /// <summary>Documents and receipts in date order (documents first on a day) with the running balance, from the opening to the closing balance.</summary>
    public IReadOnlyList<StatementEntry> Entries
    {
        get
        {
            var rows = Body.Lines.Select(l => (l.TransactionDate, Order: 0, Kind: l.Kind == InvoiceKind.CreditNote ? StatementEntryKind.CreditNote : StatementEntryKind.Invoice,
                    Reference: l.Number, Due: l.Kind == InvoiceKind.Invoice ? l.DueDate : (DateOnly?)null, Charge: l.GrandTotal, Applied: Yen.Zero, Receipt: (StatementReceipt?)null))
                .Concat(Receipts.Select(r => (TransactionDate: r.ReceivedOn, Order: 1, Kind: StatementEntryKind.Receipt, Reference: r.PayerName, Due: (DateOnly?)null,
                    Charge: Yen.Zero, r.Applied, Receipt: (StatementReceipt?)r)))
                .OrderBy(r => r.TransactionDate).ThenBy(r => r.Order);
            var balance = Body.OpeningBalance;
            var entries = new List<StatementEntry>();
            foreach (var row in rows)
            {
                balance = balance + row.Charge - row.Applied;
                entries.Add(new StatementEntry(row.TransactionDate, row.Kind, row.Reference, row.Due, row.Charge, row.Applied, balance, row.Receipt));
            }

            return entries;
        }
    }
}

/// <summary>
/// Reads a customer's statement for its partner's users: the customer must be one of the partner's (the tenant filter), the documents are
/// the partner's issued retail invoices and credit notes to it, the receipts those the partner recorded from it. Another partner's
/// customer, or a vendor user, gets null (not found).
/// </summary>
public sealed class CustomerStatementQueries(IDbContextFactory<HubDbContext> contextFactory, IOpenReceivableSource receivables, CurrentUser currentUser,
    IOptions<BillingOptions> billing)
{
    /// <summary>The longest period one statement covers.</summary>
    public const int MaxDays = 366 * 3;

    /// <summary>Whether <paramref name="from"/>–<paramref name="to"/> is a period a statement can cover.</summary>
    public static bool IsValidPeriod(DateOnly from, DateOnly to) => from <= to && to.DayNumber - from.DayNumber < MaxDays;

    public async Task<CustomerStatement?> GetAsync(Guid customerId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        Guid partnerId = currentUser.Scope.PartnerId;
        if (!currentUser.IsInAnyRole(BillingPermissions.RetailRoles) || partnerId == Guid.Empty || !IsValidPeriod(from, to))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId && c.PartnerId == partnerId)
            .Select(c => new { c.Name, c.PostalCode, c.Prefecture, c.Address }).SingleOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var issuer = (await InvoiceIssuers.LoadAsync(db, [partnerId], billing.Value, cancellationToken))[partnerId];
        var body = await StatementQueries.BodyAsync(db, receivables,
            new ReceivableFilter(IssuerId: partnerId, CounterpartyId: customerId, Recipients: InvoiceRecipientKind.Customer), from, to, cancellationToken);
        var paid = await db.Payments.AsNoTracking()
            .Where(p => p.PayeePartnerId == partnerId && p.CustomerId == customerId && p.ReceivedOn <= to)
            .Select(p => new { p.Id, p.ReceivedOn, p.RecordedAt, p.PayerName, p.Method, p.Amount, p.ReversedOn, p.ReversedAt, Allocated = p.Allocations.Select(a => a.Amount).ToList() })
            .ToListAsync(cancellationToken);
        // In the order they were received, those of one day in the order they were recorded.
        var receipts = paid.Where(p => p.ReceivedOn >= from).OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAt)
            .Select(p => new StatementReceipt(p.Id, p.ReceivedOn, p.PayerName, p.Method, p.Amount, Yen.Sum(p.Allocated), p.ReversedOn)).ToList();
        // What the customer paid and no invoice has taken yet (over-payments), as of the period's end.
        var credit = Yen.Sum(paid.Where(p => p.ReversedAt == null).Select(p => p.Amount - Yen.Sum(p.Allocated)));
        return new CustomerStatement(customerId, customer.Name, InvoicePrinter.AddressOf(customer.PostalCode, customer.Prefecture + customer.Address), issuer, from, to,
            body, receipts, credit);
    }
}
