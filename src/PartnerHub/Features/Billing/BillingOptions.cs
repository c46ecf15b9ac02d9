using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing;

/// <summary>The issuer's invoicing policy (section <c>Billing</c>).</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>The month the issuer's fiscal year starts in; invoice numbers restart each fiscal year. April by default.</summary>
    [Range(1, 12)]
    public int FiscalYearStartMonth { get; set; } = 4;

    /// <summary>Whether line prices include tax; included by default, as the contracts state their fees (002 §13-1).</summary>
    public PriceBasis PriceBasis { get; set; } = PriceBasis.TaxIncluded;

    /// <summary>How each rate's tax is rounded once per invoice (端数処理).</summary>
    public RoundingMode Rounding { get; set; } = RoundingMode.Down;

    /// <summary>Days from the transaction date to the due date a new draft proposes.</summary>
    [Range(0, 365)]
    public int PaymentTermDays { get; set; } = 30;

    /// <summary>Whether invoice PDFs print dates in the Japanese era (和暦, 令和8年4月1日) instead of the Western calendar.</summary>
    public bool JapaneseEraDates { get; set; }

    public FiscalYearPolicy FiscalYear => new(FiscalYearStartMonth);

    public InvoiceTaxPolicy TaxPolicy => new(PriceBasis, Rounding, TaxRateTable.Japan);
}
