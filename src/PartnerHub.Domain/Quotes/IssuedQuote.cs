using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Quotes;

/// <summary>
/// A quote a partner issued to its customer: the network it was sized for and a snapshot of the prices and tax,
/// so the document reads the same after price lists change.
/// </summary>
public sealed class IssuedQuote : IPartnerOwned
{
    /// <summary>Snapshots <paramref name="quote"/> for <paramref name="customerId"/>.</summary>
    public IssuedQuote(Guid id, string number, Guid partnerId, Guid customerId, ServicePlan plan, int endpoints, long bandwidthMbps,
        Quote quote, DateOnly issuedOn, DateOnly validUntil, DateTimeOffset issuedAt, string issuedBy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(quote);
        Id = id;
        Number = number;
        PartnerId = partnerId;
        CustomerId = customerId;
        PlanCode = plan.Code;
        Endpoints = endpoints;
        BandwidthMbps = bandwidthMbps;
        Units = quote.Sizing.Units;
        Quantity = quote.Quantity;
        PriceBasis = quote.Price.Basis;
        PriceListName = quote.Price.PriceList.Name;
        UnitWholesale = quote.Price.WholesalePrice;
        UnitRetail = quote.Price.SuggestedRetailPrice;
        WholesaleTaxExcluded = quote.Wholesale.TaxExcludedTotal;
        WholesaleTax = quote.Wholesale.TaxTotal;
        WholesaleTotal = quote.Wholesale.GrandTotal;
        RetailTaxExcluded = quote.Retail.TaxExcludedTotal;
        RetailTax = quote.Retail.TaxTotal;
        RetailTotal = quote.Retail.GrandTotal;
        TaxRatePercent = quote.Retail.PerRate.Count > 0 ? quote.Retail.PerRate[0].Rate.Percent : 0;
        IssuedOn = issuedOn;
        ValidUntil = validUntil;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
    }

    private IssuedQuote()
    {
        Number = PlanCode = PriceListName = IssuedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Quote number printed on the document, e.g. Q-20261122-0001.</summary>
    public string Number { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer quoted.</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The plan quoted.</summary>
    public string PlanCode { get; private set; }

    /// <summary>Monitored endpoints the customer declared.</summary>
    public int Endpoints { get; private set; }

    /// <summary>Monitored bandwidth in Mbps.</summary>
    public long BandwidthMbps { get; private set; }

    /// <summary>Appliances needed (per-model limits, 004 別紙2).</summary>
    public int Units { get; private set; }

    /// <summary>Units charged (appliances for per-appliance prices, else 1).</summary>
    public int Quantity { get; private set; }

    /// <summary>Whether the unit prices include tax.</summary>
    public PriceBasis PriceBasis { get; private set; }

    /// <summary>The price list the prices came from.</summary>
    public string PriceListName { get; private set; }

    /// <summary>The partner's purchase price per unit.</summary>
    public Yen UnitWholesale { get; private set; }

    /// <summary>Suggested retail price per unit.</summary>
    public Yen UnitRetail { get; private set; }

    /// <summary>Wholesale amount before tax.</summary>
    public Yen WholesaleTaxExcluded { get; private set; }

    /// <summary>Consumption tax on the wholesale amount (once per rate).</summary>
    public Yen WholesaleTax { get; private set; }

    /// <summary>Wholesale amount including tax.</summary>
    public Yen WholesaleTotal { get; private set; }

    /// <summary>Retail amount before tax.</summary>
    public Yen RetailTaxExcluded { get; private set; }

    /// <summary>Consumption tax on the retail amount (once per rate).</summary>
    public Yen RetailTax { get; private set; }

    /// <summary>Retail amount including tax: what the customer is quoted.</summary>
    public Yen RetailTotal { get; private set; }

    /// <summary>The consumption tax rate applied, in percent.</summary>
    public int TaxRatePercent { get; private set; }

    /// <summary>Issue date (Tokyo).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Last day the quote holds.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Who issued it.</summary>
    public string IssuedBy { get; private set; }
}
