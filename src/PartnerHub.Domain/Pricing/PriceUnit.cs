namespace PartnerHub.Domain.Pricing;

/// <summary>What one tier price buys.</summary>
public enum PriceUnit
{
    /// <summary>The tier price covers the whole contract, however many appliances it needs (002: one annual fee).</summary>
    PerContract,

    /// <summary>The tier price is charged per appliance the sizing calls for (quote = units × tier price).</summary>
    PerAppliance,
}
