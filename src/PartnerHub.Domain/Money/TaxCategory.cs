namespace PartnerHub.Domain.Money;

/// <summary>
/// Which consumption-tax rate a supply falls under. Qualified invoices total and tax each category
/// separately (消費税法 §57-4), so the category, not the bare percentage, is the grouping key: the old 8%
/// standard rate and the reduced 8% rate were different categories even while their numbers matched.
/// </summary>
public enum TaxCategory
{
    /// <summary>Standard rate (標準税率), 10% since 2019-10-01.</summary>
    Standard,

    /// <summary>Reduced rate (軽減税率), 8% since 2019-10-01 (food, newspapers).</summary>
    Reduced,

    /// <summary>
    /// No consumption tax: exempt (免税), non-taxable (非課税) or outside the tax's scope (不課税), e.g. most
    /// damage compensation. Shown on the invoice with a 0% rate and no tax.
    /// </summary>
    Exempt,
}
