using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>
/// The tax-excluded revenue of each line of an issued document. Tax is computed once per rate (not per line), so a line's
/// own net amount does not exist on the document: each rate's tax-excluded total is shared over that rate's lines in
/// proportion to their amounts, rounded toward zero, the rate's last line taking the remainder. The shares of a rate
/// therefore add up to its printed tax-excluded amount exactly (what the deferred revenue schedule recognises).
/// </summary>
public static class LineNetAmounts
{
    /// <summary>Net amount per item id.</summary>
    public static IReadOnlyDictionary<Guid, Yen> Of(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var shares = new Dictionary<Guid, Yen>();
        foreach (var rate in invoice.RateTotals)
        {
            var items = invoice.Items.Where(i => i.TaxCategory == rate.Category).OrderBy(i => i.Position).ToList();
            Yen allocated = Yen.Zero;
            for (int i = 0; i < items.Count; i++)
            {
                Yen share = i == items.Count - 1 ? rate.TaxExcludedAmount - allocated
                    : rate.LinesTotal == Yen.Zero ? items[i].Amount
                    : rate.TaxExcludedAmount.MultiplyFraction(
                        Math.Sign(rate.LinesTotal.Amount) * items[i].Amount.Amount, Math.Abs(rate.LinesTotal.Amount), RoundingMode.Down);
                allocated += share;
                shares[items[i].Id] = share;
            }
        }

        return shares;
    }
}
