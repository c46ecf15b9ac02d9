using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>Where a contract stands on a day.</summary>
public enum ContractPhase
{
    /// <summary>Before the first day of service.</summary>
    NotStarted,

    /// <summary>Inside a term.</summary>
    InService,

    /// <summary>After the last day of service (expiry after non-renewal, or early termination).</summary>
    Ended,
}

/// <summary>What happens at the end of the current term.</summary>
public enum RenewalOutcome
{
    /// <summary>The term renews (no notice, or a notice after the cancel-by date, which applies to the next term: 004 §4-3).</summary>
    Renews,

    /// <summary>The service ends at the term's end: a notice came on or before the cancel-by date, or the plan does not renew (004 §4-4).</summary>
    EndsAtTermEnd,

    /// <summary>The contract was terminated before the term's end.</summary>
    EndsEarly,

    /// <summary>No term is running (not started or already ended).</summary>
    None,
}

/// <summary>Why a contract ends early; decides between penalty and refund.</summary>
public enum TerminationCause
{
    /// <summary>The customer cancels for its own reasons (004 §4-5: penalty; 002 §12-3: no refund).</summary>
    CustomerConvenience,

    /// <summary>The vendor terminates for the customer's fault (004 §4-5 second sentence: penalty too).</summary>
    CustomerFault,

    /// <summary>The customer terminates for the vendor's fault (004 §4-5: no penalty; 003 §8-5: refund by days).</summary>
    VendorFault,

    /// <summary>The customer cancels after a terms change (004 §21-2; 002 §12-5): unexpired part refunded.</summary>
    TermsChange,

    /// <summary>The vendor discontinues the service (004 §15-4; 002 §11-2; 003 §14-2): unexpired part refunded.</summary>
    ServiceDiscontinued,
}

/// <summary>The state of a contract on <paramref name="Date"/>.</summary>
/// <param name="Date">The day asked about.</param>
/// <param name="Phase">Not started, in service or ended.</param>
/// <param name="Term">The term containing <paramref name="Date"/>; null unless in service.</param>
/// <param name="Outcome">What happens at the end of <paramref name="Term"/>.</param>
/// <param name="LastTermNumber">The term after which the service stops, when known (notice given, or no auto-renewal).</param>
/// <param name="ServiceEnd">Last day of service, when known.</param>
/// <param name="CanStillGiveNotice">True when a non-renewal notice given on <paramref name="Date"/> would end the service at this term's end.</param>
public sealed record ContractPosition(
    DateOnly Date,
    ContractPhase Phase,
    ContractTerm? Term,
    RenewalOutcome Outcome,
    int? LastTermNumber,
    DateOnly? ServiceEnd,
    bool CanStillGiveNotice)
{
    /// <summary>The cancel-by date of the current term, if in service (see <see cref="ContractTerm.CancelByBusinessDay"/> for a closed day).</summary>
    public DateOnly? CancelBy => Term?.CancelBy;
}

/// <summary>An amount for part of a term, with the figures it came from so a statement can show the calculation.</summary>
/// <param name="Amount">The amount, rounded once by the policy's rounding.</param>
/// <param name="Mode">By months or by days.</param>
/// <param name="Units">Months or days counted.</param>
/// <param name="Basis">12 (months) or the days of the term year.</param>
/// <param name="From">First day counted (the day after the event).</param>
/// <param name="To">Last day counted (the term's end).</param>
public sealed record ProratedAmount(Yen Amount, ProrationMode Mode, int Units, int Basis, DateOnly From, DateOnly To);

/// <summary>The money consequences of an early termination.</summary>
/// <param name="Cause">Why the contract ends.</param>
/// <param name="LastServiceDay">The termination date (last day of service).</param>
/// <param name="Penalty">Owed by the customer, payable on the termination date (004 §4-5); null when none applies.</param>
/// <param name="Refund">Owed to the customer (004 §15-4, §21-2; 002 §11-2; 003 §8-5); null when none applies.</param>
/// <param name="HardwareReturn">The return obligation that follows (004 §17-1).</param>
/// <param name="RefundAtVendorDiscretion">
/// True when <paramref name="Refund"/> is the most the vendor may refund, at its discretion and only if asked in time
/// (002 §12-5), not an amount owed.
/// </param>
public sealed record EarlyTerminationSettlement(
    TerminationCause Cause,
    DateOnly LastServiceDay,
    ProratedAmount? Penalty,
    ProratedAmount? Refund,
    HardwareReturnObligation HardwareReturn,
    bool RefundAtVendorDiscretion = false)
{
    /// <summary>The next term's fee, already due before the service ended, refunded in full (002 §11-2, §13-3-②).</summary>
    public PrepaidRenewalRefund? PrepaidNextTerm { get; init; }
}

/// <summary>A next term's fee that fell due before the service was discontinued, refunded in full (002 §11-2).</summary>
/// <param name="NextTerm">The term the fee was for.</param>
/// <param name="DueOn">The day it fell due (002 §13-3-②).</param>
/// <param name="Amount">The fee refunded, if it was received.</param>
public sealed record PrepaidRenewalRefund(ContractTerm NextTerm, DateOnly DueOn, Yen Amount);

/// <summary>An insurance coverage year.</summary>
/// <param name="From">First day covered (004 別紙5: the 1st of the month after the service start).</param>
/// <param name="To">Last day of the coverage year.</param>
/// <param name="Limit">Limit per company (004 別紙5: ¥3,000,000); null when the terms name no amount (002 §4-1-3).</param>
/// <param name="CausesCoveredUntil">
/// Last day whose causes are covered: the coverage year's end, or the service's end if earlier (002 §4-3: no payment
/// for causes after the service term ended without renewal).
/// </param>
public sealed record InsuranceCoverage(DateOnly From, DateOnly To, Yen? Limit, DateOnly CausesCoveredUntil);

/// <summary>The outage credit of 004 §7-2.</summary>
/// <param name="FullDays">Full 24-hour periods from when the vendor learned of the outage to restoration.</param>
/// <param name="DaysInTermYear">Days of the term year the outage started in (365 or 366).</param>
/// <param name="DayPrice">Annual licence price / <paramref name="DaysInTermYear"/>, rounded by policy.</param>
/// <param name="Amount"><paramref name="DayPrice"/> × <paramref name="FullDays"/>.</param>
public sealed record OutageCreditAmount(int FullDays, int DaysInTermYear, Yen DayPrice, Yen Amount);

/// <summary>A fee payment received from the customer, for look-back liability caps.</summary>
/// <param name="On">Day the payment was received.</param>
/// <param name="Amount">Amount received (not negative).</param>
public sealed record FeePayment(DateOnly On, Yen Amount);

/// <summary>The vendor's liability cap for a damage.</summary>
/// <param name="Total">Cap on the cumulative compensation.</param>
/// <param name="PerIncident">Cap per incident (002 §16-3: a twelfth of the annual fee); null when the terms set none.</param>
/// <param name="ClaimDeadline">Last day to claim (002 §16-4: 20 months; 003 §25-3: 6 months); null when the terms set none.</param>
/// <param name="LookbackFrom">First day of the payment window, for look-back caps.</param>
public sealed record LiabilityCap(Yen Total, Yen? PerIncident, DateOnly? ClaimDeadline, DateOnly? LookbackFrom);

/// <summary>The customer's duty to return the hardware at the end (004 §4-4, §17-1; 002 §12-6).</summary>
/// <param name="ServiceEnd">Last day of service.</param>
/// <param name="ReturnFrom">The day the duty starts (the day after the service end); 004 says 遅滞なく, without a fixed deadline.</param>
/// <param name="ShippingPaidBy">Who pays for shipping.</param>
/// <param name="ExpectedBy">The hub's follow-up date for the return (<see cref="ServicePlanPolicy.ReturnExpectedWithin"/>).</param>
public sealed record HardwareReturnObligation(DateOnly ServiceEnd, DateOnly ReturnFrom, ReturnShippingPayer ShippingPaidBy, DateOnly ExpectedBy);

/// <summary>The cure period after a written demand (004 §16-3; 002 §10-1-3).</summary>
/// <param name="DemandReceivedOn">Day the demand was received.</param>
/// <param name="CureBy">Last day to cure.</param>
/// <param name="TerminableFrom">First day the contract may be terminated if not cured.</param>
public sealed record BreachCureWindow(DateOnly DemandReceivedOn, DateOnly CureBy, DateOnly TerminableFrom);
