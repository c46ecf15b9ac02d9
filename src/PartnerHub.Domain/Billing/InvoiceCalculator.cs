using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// Computes qualified-invoice totals. Tax is computed ONCE per invoice per rate category from that category's
/// total, never per line and summed (消費税法施行令 §70-10: one rounding per rate per invoice); per-line rounding
/// would drift by up to a yen per line. Credits inside an invoice reduce their category's total before the tax.
/// </summary>
public static class InvoiceCalculator
{
    /// <summary>
    /// Totals <paramref name="lines"/> per tax category at the rates of <paramref name="taxDate"/> (the transaction
    /// date; for a credit note, the date of the sale being credited).
    /// </summary>
    /// <exception cref="InvalidOperationException">A line's category had no rate on <paramref name="taxDate"/>.</exception>
    public static InvoiceTotals Compute(IEnumerable<InvoiceLine> lines, DateOnly taxDate, InvoiceTaxPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(policy);

        List<RateTotal> perRate = [];
        foreach (IGrouping<TaxCategory, InvoiceLine> group in lines.GroupBy(l => l.TaxCategory).OrderBy(g => g.Key))
        {
            TaxRate rate = policy.Rates.RateFor(group.Key, taxDate);
            Yen total = Yen.Sum(group.Select(l => l.Amount));
            perRate.Add(TotalForRate(group.Key, rate, total, policy));
        }

        Yen excluded = Yen.Sum(perRate.Select(r => r.TaxExcludedAmount));
        Yen tax = Yen.Sum(perRate.Select(r => r.Tax));
        return new InvoiceTotals(policy.Basis, perRate, excluded, tax, excluded + tax);
    }

    /// <summary>One category's amounts from its lines' total: the single place where invoice tax is rounded.</summary>
    public static RateTotal TotalForRate(TaxCategory category, TaxRate rate, Yen linesTotal, InvoiceTaxPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Basis == PriceBasis.TaxExcluded)
        {
            Yen tax = rate.TaxOnExcluded(linesTotal, policy.Rounding);
            return new RateTotal(category, rate, linesTotal, linesTotal, tax, linesTotal + tax);
        }

        Yen carvedOut = rate.TaxInIncluded(linesTotal, policy.Rounding);
        return new RateTotal(category, rate, linesTotal, linesTotal - carvedOut, carvedOut, linesTotal);
    }
}
