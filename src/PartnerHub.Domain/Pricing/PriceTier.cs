using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>
/// One band of a price list by monitored-endpoint count (004 別紙2 §2-4-③: the fee is based on the number of
/// monitored endpoints): the partner's purchase price from the vendor and the suggested retail price.
/// </summary>
/// <param name="MinEndpoints">Smallest endpoint count of the band, inclusive (at least 1).</param>
/// <param name="MaxEndpoints">Largest endpoint count, inclusive; null for "and above" (only the last band).</param>
/// <param name="WholesalePrice">What the partner pays the vendor (仕切価格).</param>
/// <param name="SuggestedRetailPrice">What the vendor suggests the partner charge the customer (希望小売価格).</param>
public sealed record PriceTier(int MinEndpoints, int? MaxEndpoints, Yen WholesalePrice, Yen SuggestedRetailPrice)
{
    /// <summary>True when <paramref name="endpoints"/> falls in the band.</summary>
    public bool Covers(int endpoints) => endpoints >= MinEndpoints && (MaxEndpoints is null || endpoints <= MaxEndpoints);
}
