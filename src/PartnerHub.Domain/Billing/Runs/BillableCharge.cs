using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Runs;

/// <summary>What identifies a contract charge: billed once, ever (the invoice line's <see cref="InvoiceLineSource"/>).</summary>
public readonly record struct ChargeKey(Guid ContractId, int Term, ContractCharge Charge)
{
    /// <summary>The key of a stored contract line; null for a manual line.</summary>
    public static ChargeKey? Of(InvoiceLineSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source is { ContractId: { } contract, Term: { } term } ? new ChargeKey(contract, term, source.Charge ?? ContractCharge.TermFee) : null;
    }

    /// <summary>The line source that records this charge on an invoice.</summary>
    public InvoiceLineSource ToSource() => InvoiceLineSource.ContractTerm(ContractId, Term, Charge);
}

/// <summary>
/// One amount the vendor bills a partner for a contract (wholesale), with the dates and figures behind it.
/// </summary>
/// <param name="Key">Contract, term and charge.</param>
/// <param name="ContractNumber">The contract's number, printed on the line.</param>
/// <param name="PartnerId">The partner billed.</param>
/// <param name="PlanCode">The plan.</param>
/// <param name="BilledOn">The billing date: decides the month, and is the line's transaction date.</param>
/// <param name="DueOn">When the charge is payable by its rule (002 §13-3), or by the issuer's payment term.</param>
/// <param name="Amount">Tax included like the fees; negative for a refund.</param>
/// <param name="PeriodFrom">First day the charge covers.</param>
/// <param name="PeriodTo">Last day the charge covers.</param>
/// <param name="Months">For a prorated charge by months, the months counted; otherwise null.</param>
/// <param name="Days">For a prorated charge by days, the days counted; otherwise null.</param>
public sealed record BillableCharge(
    ChargeKey Key, string ContractNumber, Guid PartnerId, string PlanCode, DateOnly BilledOn, DateOnly DueOn, Yen Amount,
    DateOnly PeriodFrom, DateOnly PeriodTo, int? Months = null, int? Days = null)
{
    /// <summary>A refund (a credit line).</summary>
    public bool IsCredit => Amount.IsNegative;

    internal static BillableCharge Prorated(ChargeKey key, ContractFacts contract, DateOnly billedOn, DateOnly dueOn, ProratedAmount part, bool credit) =>
        new(key, contract.Number, contract.PartnerId, contract.PlanCode, billedOn, dueOn, credit ? -part.Amount : part.Amount, part.From, part.To,
            part.Mode == ProrationMode.ByMonths ? part.Units : null, part.Mode == ProrationMode.ByDays ? part.Units : null);
}

/// <summary>Why a contract with something to bill in the month could not be billed; finance fixes the contract, then runs again.</summary>
public enum ChargeRefusal
{
    /// <summary>The contract has no wholesale annual fee (no quote or price to take it from).</summary>
    NoWholesaleFee,

    /// <summary>The contract's plan names no known policy, so its terms cannot be computed.</summary>
    PlanWithoutPolicy,

    /// <summary>The stored dates contradict the terms (e.g. an end before the service start).</summary>
    InconsistentDates,
}

/// <summary>A contract the run could not bill, and why.</summary>
public sealed record RefusedContract(Guid ContractId, string ContractNumber, Guid PartnerId, ChargeRefusal Reason);
