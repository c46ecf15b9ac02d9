using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Retail;

/// <summary>Why a partner's retail invoicing details were not stored.</summary>
public enum RetailProfileRefusal
{
    /// <summary>The issuer name printed on the invoices is empty.</summary>
    IssuerNameRequired,

    /// <summary>The registration number is not "T" + 13 digits with a valid check digit (<see cref="InvoiceRegistrationNumber"/>).</summary>
    InvalidRegistrationNumber,

    /// <summary>The fiscal year's first month is not a month.</summary>
    InvalidFiscalYearStart,

    /// <summary>The payment term is negative or longer than a year.</summary>
    InvalidPaymentTerm,
}

/// <summary>What a partner administrator records to invoice its own customers: the qualified-invoice issuer and its policy.</summary>
public sealed record RetailIssuerDetails(string? IssuerName, string? RegistrationNumber, PriceBasis PriceBasis, RoundingMode Rounding, int FiscalYearStartMonth,
    int PaymentTermDays);

/// <summary>
/// A sales partner's choice to invoice its customers (partner → customer, retail) through the hub, with its own qualified-invoice
/// issuer details — the partner's counterpart of the vendor's <c>Organisation.InvoiceRegistrationNumber</c> and <c>Billing</c>
/// settings: the name and registration number printed on its invoices (消費税法 §57-4), its price basis and rounding (端数処理, once
/// per rate per invoice), its fiscal year (its numbers restart each year) and its payment term. A partner that has not opted in, or
/// has opted out, drafts no retail invoice; what it issued stays issued.
/// </summary>
public sealed class RetailInvoicingProfile : IPartnerOwned, IVersioned
{
    private RetailInvoicingProfile(Guid partnerId)
    {
        PartnerId = partnerId;
        IssuerName = string.Empty;
        RegistrationNumber = string.Empty;
        ChangedBy = string.Empty;
    }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>Whether the partner invoices its customers through the hub.</summary>
    public bool Enabled { get; private set; }

    /// <summary>The issuer's name as printed (usually the partner's registered name).</summary>
    public string IssuerName { get; private set; }

    /// <summary>"T" + 13 digits, validated.</summary>
    public string RegistrationNumber { get; private set; }

    /// <summary>Whether line prices include tax (the contracts' retail fees do).</summary>
    public PriceBasis PriceBasis { get; private set; }

    /// <summary>How each rate's tax is rounded, once per invoice.</summary>
    public RoundingMode Rounding { get; private set; }

    /// <summary>The month the partner's fiscal year starts in; its invoice numbers restart then.</summary>
    public int FiscalYearStartMonth { get; private set; }

    /// <summary>Days from a draft's transaction date to the due date it proposes.</summary>
    public int PaymentTermDays { get; private set; }

    /// <summary>When the details last changed.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Who changed them.</summary>
    public string ChangedBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>The tax policy the partner's drafts are made under.</summary>
    public InvoiceTaxPolicy TaxPolicy => new(PriceBasis, Rounding, TaxRateTable.Japan);

    /// <summary>The partner's fiscal year.</summary>
    public FiscalYearPolicy FiscalYear => new(FiscalYearStartMonth);

    /// <summary>The validated registration number.</summary>
    public InvoiceRegistrationNumber? Registration => InvoiceRegistrationNumber.Validate(RegistrationNumber) is { IsValid: true } valid ? valid.Value : null;

    /// <summary>The partner opts in with <paramref name="details"/>; nothing is made when they are not valid.</summary>
    public static (RetailInvoicingProfile? Profile, RetailProfileRefusal? Refusal) OptIn(Guid partnerId, RetailIssuerDetails details, DateTimeOffset at, string by)
    {
        var profile = new RetailInvoicingProfile(partnerId);
        var refusal = profile.Change(details, at, by);
        return refusal is null ? (profile, null) : (null, refusal);
    }

    /// <summary>Replaces the issuer details and opts in (again); the invoices already issued keep what they printed.</summary>
    public RetailProfileRefusal? Change(RetailIssuerDetails details, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.IssuerName))
        {
            return RetailProfileRefusal.IssuerNameRequired;
        }

        var registration = InvoiceRegistrationNumber.Validate(details.RegistrationNumber);
        if (!registration.IsValid)
        {
            return RetailProfileRefusal.InvalidRegistrationNumber;
        }

        if (details.FiscalYearStartMonth is < 1 or > 12)
        {
            return RetailProfileRefusal.InvalidFiscalYearStart;
        }

        if (details.PaymentTermDays is < 0 or > 365)
        {
            return RetailProfileRefusal.InvalidPaymentTerm;
        }

        Enabled = true;
        IssuerName = details.IssuerName.Trim();
        RegistrationNumber = registration.Value.Value;
        PriceBasis = details.PriceBasis;
        Rounding = details.Rounding;
        FiscalYearStartMonth = details.FiscalYearStartMonth;
        PaymentTermDays = details.PaymentTermDays;
        ChangedAt = at;
        ChangedBy = by;
        return null;
    }

    /// <summary>Stops drafting retail invoices; the details and the issued invoices stay.</summary>
    public void OptOut(DateTimeOffset at, string by)
    {
        Enabled = false;
        ChangedAt = at;
        ChangedBy = by;
    }
}
