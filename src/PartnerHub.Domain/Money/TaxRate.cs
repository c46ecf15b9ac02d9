namespace PartnerHub.Domain.Money;

/// <summary>
/// A consumption-tax rate in whole percent. Every Japanese rate so far (3, 5, 8, 10) is a whole percent,
/// which keeps tax arithmetic exact in integers until the single, explicit rounding step.
/// </summary>
public readonly record struct TaxRate
{
    /// <summary>No tax (exempt or non-taxable supplies).</summary>
    public static readonly TaxRate None = new(0);

    /// <summary>Creates a rate of <paramref name="percent"/>%.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative or above 100.</exception>
    public TaxRate(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        Percent = percent;
    }

    /// <summary>The rate in percent, e.g. 10.</summary>
    public int Percent { get; }

    /// <summary>
    /// Tax on a tax-excluded amount: amount × rate / 100, rounded by <paramref name="rounding"/> (003 §8-7 rounds up).
    /// A negative amount (a credit) rounds its magnitude the same way as the matching charge.
    /// </summary>
    public Yen TaxOnExcluded(Yen taxExcluded, RoundingMode rounding) =>
        taxExcluded.MultiplyFraction(Percent, 100, rounding);

    /// <summary>
    /// Tax contained in a tax-included amount: amount × rate / (100 + rate), rounded by <paramref name="rounding"/>.
    /// </summary>
    public Yen TaxInIncluded(Yen taxIncluded, RoundingMode rounding) =>
        taxIncluded.MultiplyFraction(Percent, 100 + Percent, rounding);

    /// <summary>The rate as "10%".</summary>
    public override string ToString() => Percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
