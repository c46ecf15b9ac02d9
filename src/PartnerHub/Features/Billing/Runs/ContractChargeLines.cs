using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// Turns a contract charge (<see cref="BillableCharge"/>) into its invoice line: the description printed (plan, contract, term, period)
/// and the tax category its kind takes. The vendor's run bills wholesale charges with it; a partner's retail invoice its own fees.
/// </summary>
public sealed class ContractChargeLines(IStringLocalizer<RunStrings> strings)
{
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");

    /// <summary>The invoice line of <paramref name="charge"/>, described in Japanese (the stored legal document).</summary>
    public InvoiceLine LineOf(BillableCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        string description;
        using (CultureScope.Use(s_japanese))
        {
            description = Describe(charge);
        }

        return charge.Key.Charge switch
        {
            // 004 §4-5's lump sum compensates the broken term (損害賠償の性質): outside consumption tax's scope, like damage charges.
            ContractCharge.EarlyTerminationPenalty => new InvoiceLine(description, 1, charge.Amount, TaxCategory.Exempt),
            _ when charge.IsCredit => InvoiceLine.Credit(description, -charge.Amount, TaxCategory.Standard),
            _ => InvoiceLine.Charge(description, 1, charge.Amount, TaxCategory.Standard),
        };
    }

    private string Describe(BillableCharge charge)
    {
        string plan = ServicePlan.Find(charge.PlanCode)?.NameJa ?? charge.PlanCode;
        string period = strings["Period", JapaneseFormat.ShortDate(charge.PeriodFrom), JapaneseFormat.ShortDate(charge.PeriodTo)];
        string measure = charge switch
        {
            { Months: { } months } when months != 12 => strings["Months", months],
            { Days: { } days } => strings["Days", days],
            _ => string.Empty,
        };
        return strings["Line_" + charge.Key.Charge, plan, charge.ContractNumber, charge.Key.Term, measure, period].Value.Replace("  ", " ", StringComparison.Ordinal).Trim();
    }
}
