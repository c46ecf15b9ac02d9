using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// One line of an invoice or credit note: quantity × unit price, stated on the invoice's price basis.
/// Lines carry no tax of their own: a qualified invoice computes tax once per rate from the rate's total.
/// </summary>
public sealed record InvoiceLine
{
    /// <summary>Creates a line; the unit price's sign must suit <paramref name="kind"/> (credits negative, others not).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is not positive or the price has the wrong sign.</exception>
    public InvoiceLine(string description, long quantity, Yen unitPrice, TaxCategory taxCategory, InvoiceLineKind kind = InvoiceLineKind.Charge)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        bool signFits = kind == InvoiceLineKind.Credit ? unitPrice.IsNegative : !unitPrice.IsNegative;
        if (!signFits)
        {
            throw new ArgumentOutOfRangeException(
                nameof(unitPrice), unitPrice, kind == InvoiceLineKind.Credit ? "A credit is negative." : "A charge cannot be negative.");
        }

        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        TaxCategory = taxCategory;
        Kind = kind;
    }

    /// <summary>What was supplied (取引内容); reduced-rate lines must be marked as such when rendered.</summary>
    public string Description { get; }

    /// <summary>How many units (appliances, months, licences).</summary>
    public long Quantity { get; }

    /// <summary>Price per unit on the invoice's price basis; negative for credits.</summary>
    public Yen UnitPrice { get; }

    /// <summary>The tax rate category the line falls under.</summary>
    public TaxCategory TaxCategory { get; }

    /// <summary>Charge, damage charge or credit.</summary>
    public InvoiceLineKind Kind { get; }

    /// <summary>Quantity × unit price: exact, as both are whole numbers.</summary>
    public Yen Amount => UnitPrice * Quantity;

    /// <summary>A sale of <paramref name="quantity"/> units at <paramref name="unitPrice"/>.</summary>
    public static InvoiceLine Charge(string description, long quantity, Yen unitPrice, TaxCategory taxCategory) =>
        new(description, quantity, unitPrice, taxCategory);

    /// <summary>A damage, loss or late-return charge for loaned hardware (004 §6-1, 別紙4).</summary>
    public static InvoiceLine DamageCharge(string description, Yen amount, TaxCategory taxCategory) =>
        new(description, 1, amount, taxCategory, InvoiceLineKind.DamageCharge);

    /// <summary>A credit of <paramref name="amount"/> (given as a positive magnitude; the line stores it negated).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public static InvoiceLine Credit(string description, Yen amount, TaxCategory taxCategory)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount.Amount, nameof(amount));
        return new(description, 1, -amount, taxCategory, InvoiceLineKind.Credit);
    }
}
