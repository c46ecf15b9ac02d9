using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// How an invoice turns line totals into tax: the price basis of its lines, the rounding of each rate's tax
/// (003 §8-7 rounds up; a policy setting per contract), and the dated rate table.
/// </summary>
/// <param name="Basis">Whether the lines' prices include tax.</param>
/// <param name="Rounding">How each rate's tax is rounded to a whole yen.</param>
/// <param name="Rates">The consumption-tax rates by date.</param>
public sealed record InvoiceTaxPolicy(PriceBasis Basis, RoundingMode Rounding, TaxRateTable Rates)
{
    /// <summary>Tax-excluded prices, fractions rounded up (003 §8-7), Japan's rates.</summary>
    public static InvoiceTaxPolicy TaxExcludedRoundUp { get; } = new(PriceBasis.TaxExcluded, RoundingMode.Up, TaxRateTable.Japan);

    /// <summary>Tax-included prices (as 002 §13-1 states its fees), fractions dropped, Japan's rates.</summary>
    public static InvoiceTaxPolicy TaxIncludedRoundDown { get; } = new(PriceBasis.TaxIncluded, RoundingMode.Down, TaxRateTable.Japan);
}
