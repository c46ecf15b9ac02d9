using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>
/// The prices of one plan for one customer segment (002 §13-1: chamber members ¥79,200, others ¥99,000 a year),
/// as endpoint tiers.
/// </summary>
/// <param name="PlanCode">The product plan, e.g. "SOC-BOX-1Y".</param>
/// <param name="Segment">The customer segment the prices apply to.</param>
/// <param name="Unit">Whether a tier price is per contract or per appliance.</param>
/// <param name="TaxCategory">The tax category of the supply (services are standard-rated).</param>
/// <param name="Tiers">The endpoint bands; validated by <see cref="PriceList.Create"/>.</param>
public sealed record PriceListEntry(
    string PlanCode, CustomerSegment Segment, PriceUnit Unit, TaxCategory TaxCategory, IReadOnlyList<PriceTier> Tiers);
