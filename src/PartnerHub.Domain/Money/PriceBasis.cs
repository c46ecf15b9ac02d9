namespace PartnerHub.Domain.Money;

/// <summary>
/// Whether stated prices include consumption tax (税込) or not (税抜). It decides how an invoice derives the tax
/// from each rate's total: rate/100 of a tax-excluded total, rate/(100+rate) of a tax-included one.
/// </summary>
public enum PriceBasis
{
    /// <summary>Prices exclude tax (税抜); tax is added on top.</summary>
    TaxExcluded,

    /// <summary>Prices include tax (税込), as 002 §13-1 states its annual fees; the tax is carved out.</summary>
    TaxIncluded,
}
