using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// The totals of one tax-rate category on a qualified invoice: the amount per rate, the rate and the tax per rate
/// that 消費税法 §57-4 requires on the face of the invoice.
/// </summary>
/// <param name="Category">The tax category.</param>
/// <param name="Rate">The rate on the transaction date.</param>
/// <param name="LinesTotal">Sum of the category's line amounts, on the invoice's price basis.</param>
/// <param name="TaxExcludedAmount">The category's amount without tax (課税標準).</param>
/// <param name="Tax">The category's tax, computed once from its total and rounded by policy.</param>
/// <param name="TaxIncludedAmount">The category's amount with tax.</param>
public sealed record RateTotal(
    TaxCategory Category, TaxRate Rate, Yen LinesTotal, Yen TaxExcludedAmount, Yen Tax, Yen TaxIncludedAmount);

/// <summary>The totals of an invoice: one <see cref="RateTotal"/> per category present, and the grand totals.</summary>
/// <param name="Basis">The price basis the lines were stated on.</param>
/// <param name="PerRate">Totals per category, in <see cref="TaxCategory"/> order.</param>
/// <param name="TaxExcludedTotal">Sum of the categories' tax-excluded amounts.</param>
/// <param name="TaxTotal">Sum of the categories' taxes.</param>
/// <param name="GrandTotal">The amount to pay (negative on a credit note): tax-excluded total plus tax.</param>
public sealed record InvoiceTotals(
    PriceBasis Basis, IReadOnlyList<RateTotal> PerRate, Yen TaxExcludedTotal, Yen TaxTotal, Yen GrandTotal);
