using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>An invoice that can still take money: its open balance and due date.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="DueDate">When it fell or falls due.</param>
/// <param name="OpenBalance">Total − allocations − credit notes.</param>
public sealed record OpenInvoice(Guid InvoiceId, DateOnly DueDate, Yen OpenBalance);

/// <summary>An amount to put on one invoice.</summary>
public sealed record PlannedAllocation(Guid InvoiceId, Yen Amount);

/// <summary>The allocations an amount settles and what is left over as the partner's credit.</summary>
public sealed record AllocationPlan(IReadOnlyList<PlannedAllocation> Allocations, Yen Remainder);

/// <summary>Receivable arithmetic: open balances and how a payment spreads over them.</summary>
public static class ReceivableAllocation
{
    /// <summary>
    /// An invoice's open balance: its total less the payments allocated to it and its issued credit notes (whose totals are
    /// negative, so they are added). Never below zero: a credit note larger than what is left is the partner's credit, not a
    /// negative invoice.
    /// </summary>
    public static Yen OpenBalance(Yen grandTotal, Yen allocated, Yen creditNotesTotal)
    {
        var open = grandTotal - allocated + creditNotesTotal;
        return open > Yen.Zero ? open : Yen.Zero;
    }

    /// <summary>
    /// Spreads <paramref name="amount"/> over the open invoices, earliest due first (then in the order given): each invoice
    /// takes up to its open balance, a partial payment leaves the last one partly open, and what exceeds them all is the
    /// remainder (credit).
    /// </summary>
    public static AllocationPlan OldestFirst(Yen amount, IEnumerable<OpenInvoice> openInvoices)
    {
        ArgumentNullException.ThrowIfNull(openInvoices);
        ArgumentOutOfRangeException.ThrowIfLessThan(amount.Amount, 0L, nameof(amount));
        var left = amount;
        var allocations = new List<PlannedAllocation>();
        foreach (var invoice in openInvoices.Where(i => i.OpenBalance > Yen.Zero).OrderBy(i => i.DueDate))
        {
            if (left == Yen.Zero)
            {
                break;
            }

            var take = invoice.OpenBalance < left ? invoice.OpenBalance : left;
            allocations.Add(new PlannedAllocation(invoice.InvoiceId, take));
            left -= take;
        }

        return new AllocationPlan(allocations, left);
    }
}
