using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>
/// A quote for a customer network: the appliances needed, the price tier for its endpoints, and the totals at
/// both the partner's purchase price and the suggested retail price, taxed by the qualified-invoice rules
/// (one tax per rate from the total, <see cref="InvoiceCalculator"/>).
/// </summary>
/// <param name="Sizing">Appliances needed and why.</param>
/// <param name="Price">The tier price used.</param>
/// <param name="Quantity">Units charged: the appliance count for per-appliance prices, else 1.</param>
/// <param name="Wholesale">Totals at the partner's purchase price.</param>
/// <param name="Retail">Totals at the suggested retail price.</param>
public sealed record Quote(ApplianceSizing Sizing, PricePoint Price, int Quantity, InvoiceTotals Wholesale, InvoiceTotals Retail)
{
    /// <summary>
    /// Quotes <paramref name="planCode"/> for a customer of <paramref name="segment"/> with the given network, at the
    /// prices and tax rates of <paramref name="date"/>.
    /// </summary>
    /// <returns>The quote, or the lookup failure when no price applies.</returns>
    public static QuoteResult Calculate(
        PriceCatalog catalog,
        ApplianceModel model,
        string planCode,
        CustomerSegment segment,
        int endpoints,
        long bandwidthMbps,
        DateOnly date,
        RoundingMode rounding,
        TaxRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rates);
        ApplianceSizing sizing = ApplianceSizing.For(model, endpoints, bandwidthMbps);
        PriceLookupResult lookup = catalog.Lookup(planCode, segment, endpoints, date);
        if (!lookup.IsFound)
        {
            return new QuoteResult(null, lookup.Failure);
        }

        PricePoint price = lookup.Price;
        int quantity = price.Entry.Unit == PriceUnit.PerAppliance ? sizing.Units : 1;
        var policy = new InvoiceTaxPolicy(price.Basis, rounding, rates);
        InvoiceTotals wholesale = InvoiceCalculator.Compute(
            [InvoiceLine.Charge(planCode, quantity, price.WholesalePrice, price.Entry.TaxCategory)], date, policy);
        InvoiceTotals retail = InvoiceCalculator.Compute(
            [InvoiceLine.Charge(planCode, quantity, price.SuggestedRetailPrice, price.Entry.TaxCategory)], date, policy);
        return new QuoteResult(new Quote(sizing, price, quantity, wholesale, retail), null);
    }
}

/// <summary>The outcome of a quote: the quote, or why no price applies.</summary>
/// <param name="Quote">The quote; null on failure.</param>
/// <param name="Failure">Why there is no price; null on success.</param>
public sealed record QuoteResult(Quote? Quote, PriceLookupFailure? Failure)
{
    /// <summary>True when a quote was produced.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Quote))]
    public bool IsQuoted => Quote is not null;
}
