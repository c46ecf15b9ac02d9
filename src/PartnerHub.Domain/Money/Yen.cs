using System.Globalization;

namespace PartnerHub.Domain.Money;

/// <summary>
/// An amount of Japanese yen. Always an integer: the yen has no minor unit in invoices or contracts.
/// </summary>
public readonly record struct Yen(long Amount) : IComparable<Yen>
{
    /// <summary>Zero yen.</summary>
    public static readonly Yen Zero = new(0);

    /// <summary>Sum of two amounts.</summary>
    public static Yen operator +(Yen left, Yen right) => new(checked(left.Amount + right.Amount));

    /// <summary>Difference of two amounts.</summary>
    public static Yen operator -(Yen left, Yen right) => new(checked(left.Amount - right.Amount));

    /// <summary>The opposite amount: turns a charge into the matching credit.</summary>
    public static Yen operator -(Yen value) => new(checked(-value.Amount));

    /// <summary>An amount times a whole quantity.</summary>
    public static Yen operator *(Yen left, long quantity) => new(checked(left.Amount * quantity));

    /// <summary>Compares amounts.</summary>
    public static bool operator <(Yen left, Yen right) => left.Amount < right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >(Yen left, Yen right) => left.Amount > right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator <=(Yen left, Yen right) => left.Amount <= right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >=(Yen left, Yen right) => left.Amount >= right.Amount;

    /// <summary>
    /// This amount × numerator / denominator, settled to a whole yen by <paramref name="rounding"/>.
    /// The one place where fractions of a yen arise (proration, daily prices, tax), so rounding is never implicit.
    /// </summary>
    public Yen MultiplyFraction(long numerator, long denominator, RoundingMode rounding)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        // Rounding works on the magnitude so that a credit (negative amount) rounds like the matching charge.
        Int128 product = (Int128)Amount * numerator;
        Int128 magnitude = Int128.Abs(product);
        Int128 quotient = magnitude / denominator;
        Int128 remainder = magnitude % denominator;
        if (remainder != 0)
        {
            quotient += rounding switch
            {
                RoundingMode.Down => 0,
                RoundingMode.Up => 1,
                RoundingMode.HalfUp => remainder * 2 >= denominator ? 1 : 0,
            };
        }

        if (product < 0)
        {
            quotient = -quotient;
        }

        return new Yen(checked((long)quotient));
    }

    /// <summary>True for a credit (an amount below zero).</summary>
    public bool IsNegative => Amount < 0;

    /// <summary>The total of <paramref name="amounts"/>; zero when there are none. Overflow throws instead of wrapping.</summary>
    public static Yen Sum(IEnumerable<Yen> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (Yen amount in amounts)
        {
            total = checked(total + amount.Amount);
        }

        return new Yen(total);
    }

    /// <inheritdoc />
    public int CompareTo(Yen other) => Amount.CompareTo(other.Amount);

    /// <summary>The amount as Japanese notation, e.g. ¥1,234 (culture-independent).</summary>
    public override string ToString() => "¥" + Amount.ToString("#,##0", CultureInfo.InvariantCulture);
}
