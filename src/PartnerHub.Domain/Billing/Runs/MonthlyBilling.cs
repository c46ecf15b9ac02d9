using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Runs;

/// <summary>What one contract owes in a month: the charges still to bill, how many were billed already, or why it cannot be billed.</summary>
public sealed record ContractBilling(IReadOnlyList<BillableCharge> Charges, int AlreadyBilled, RefusedContract? Refused)
{
    public static ContractBilling Nothing { get; } = new([], 0, null);
}

/// <summary>
/// What the vendor bills a partner for a contract in a month (wholesale, on <see cref="ServiceContract.WholesaleAnnualFee"/>).
/// A charge belongs to the month its billing date falls in:
/// <list type="bullet">
/// <item>Annual terms (004 and the other plans): each term's fee on the term's first day — the first term once delivered (004
/// §4-2), each later term once the renewal run has rolled the contract into it (004 §4-3); payable after the issuer's payment term.</item>
/// <item>Fiscal-year plans (002 §13-3): the first term on the day the contract forms, for the months after the start month (the free
/// period, ①) × 1/12, payable by the 25th of that month, or of the next when formed on or after the 15th; each renewal year in full
/// in the month it falls due (the 25th, two months before April: ②), once the cancel-by date has passed and while the service
/// does not end before that year.</item>
/// <item>An early end (004 §4-5, §15-4, §21-2; 002 §11-2): on its last day of service, the penalty or the refund of the unexpired
/// part by the plan's cause rules (<see cref="ContractTimeline.EarlyTermination"/>); a refund the vendor only may grant (002 §12-5)
/// is not billed; a renewal year billed in advance is refunded in full when the service is discontinued before it (002 §11-2).</item>
/// </list>
/// Charges and credits decided elsewhere (swap costs, late returns, damage and loss, outage compensation 004 §7-2) are not contract
/// charges: they wait as pending charges (<see cref="Pending.PendingCharge"/>) and the run bills them with the partner's invoice.
/// </summary>
public static class MonthlyBilling
{
    /// <summary>
    /// The charges of <paramref name="contract"/> whose billing date is in <paramref name="month"/>, less those in
    /// <paramref name="billed"/> (issued before). <paramref name="paymentTermDays"/> gives the due date where the terms set none;
    /// <paramref name="calendars"/> (with the vendor's closures; the seeds' when null) the business days of a start not stored yet (002 §4-2).
    /// </summary>
    public static ContractBilling For(ContractFacts contract, BillingMonth month, int paymentTermDays, IReadOnlySet<ChargeKey> billed, BusinessCalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(billed);
        if (contract.Status == ContractStatus.Cancelled)
        {
            return ContractBilling.Nothing;
        }

        if (!contract.TryPolicy(out var policy))
        {
            bool mayOweThisMonth = !contract.IsClosedBefore(month) && (contract.DeliveryCompletedOn is not null || month.Contains(contract.OrderedOn));
            return mayOweThisMonth ? Refuse(contract, ChargeRefusal.PlanWithoutPolicy) : ContractBilling.Nothing;
        }

        try
        {
            return contract.Timeline(policy.On(calendars ?? BusinessCalendarSet.SeedsOnly)) is { } timeline ? Bill(contract, timeline, month, paymentTermDays, billed) : ContractBilling.Nothing;
        }
        catch (RuleViolationException)
        {
            // Stored dates the terms cannot hold (an end before the start): one contract must not stop the month's run.
            return Refuse(contract, ChargeRefusal.InconsistentDates);
        }
    }

    private static ContractBilling Bill(ContractFacts contract, ContractTimeline timeline, BillingMonth month, int paymentTermDays, IReadOnlySet<ChargeKey> billed)
    {

        var fee = contract.WholesaleAnnualFee ?? Yen.Zero;
        var due = TermFees(contract, timeline, month, fee, paymentTermDays)
            .Concat(EndingCharges(contract, timeline, month, fee, paymentTermDays, billed))
            .ToList();
        if (due.Count > 0 && contract.WholesaleAnnualFee is null)
        {
            return Refuse(contract, ChargeRefusal.NoWholesaleFee);
        }

        var owed = due.Where(c => c.Amount != Yen.Zero).ToList();
        var toBill = owed.Where(c => !billed.Contains(c.Key)).ToList();
        return new ContractBilling(toBill, owed.Count - toBill.Count, null);
    }

    private static IEnumerable<BillableCharge> TermFees(ContractFacts contract, ContractTimeline timeline, BillingMonth month, Yen fee, int paymentTermDays) =>
        timeline.Policy.FiscalYearAligned && timeline.Policy.RenewalPaidInAdvance
            ? FiscalYearTermFees(contract, timeline, month, fee)
            : AnnualTermFees(contract, timeline, month, fee, paymentTermDays);

    private static IEnumerable<BillableCharge> AnnualTermFees(ContractFacts contract, ContractTimeline timeline, BillingMonth month, Yen fee, int paymentTermDays)
    {
        if (contract.DeliveryCompletedOn is null)
        {
            yield break;
        }

        foreach (var term in timeline.Terms().TakeWhile(t => t.Start <= month.Last))
        {
            bool renewedInto = term.Number == 1 || contract.CurrentTerm >= term.Number;
            if (month.Contains(term.Start) && renewedInto && !EndsBefore(timeline, term))
            {
                yield return new BillableCharge(new ChargeKey(contract.Id, term.Number, ContractCharge.TermFee), contract.Number, contract.PartnerId,
                    contract.PlanCode, term.Start, term.Start.AddDays(paymentTermDays), fee, term.Start, term.End);
            }
        }
    }

    private static IEnumerable<BillableCharge> FiscalYearTermFees(ContractFacts contract, ContractTimeline timeline, BillingMonth month, Yen fee)
    {
        var start = timeline.ServiceStart;
        if (month.Contains(contract.OrderedOn))
        {
            var first = timeline.Term(1);
            yield return new BillableCharge(new ChargeKey(contract.Id, 1, ContractCharge.TermFee), contract.Number, contract.PartnerId, contract.PlanCode,
                contract.OrderedOn, FiscalYearPlanBilling.FirstPaymentDueDate(contract.OrderedOn),
                FiscalYearPlanBilling.FirstTermFee(fee, start, timeline.Policy.Rounding), FiscalYearPlanBilling.FreePeriodEnd(start).AddDays(1), first.End,
                Months: FiscalYearPlanBilling.FirstTermChargeableMonths(start));
        }

        foreach (var term in timeline.Terms().Skip(1))
        {
            var dueOn = FiscalYearPlanBilling.RenewalPaymentDueDate(term.Start);
            // A contract formed in the due month itself (a March start, whose free first term is followed by the April year: 002 §13-3
            // なお書き) is billed for it from the day it forms.
            var billedOn = Later(new DateOnly(dueOn.Year, dueOn.Month, 1), contract.OrderedOn);
            if (billedOn > month.Last)
            {
                yield break;
            }

            // Billed once the notice that would stop the renewal can no longer come (the previous term's cancel-by date).
            bool renewalCertain = billedOn > timeline.Term(term.Number - 1).CancelBy;
            if (month.Contains(billedOn) && renewalCertain && !EndsBefore(timeline, term))
            {
                yield return new BillableCharge(new ChargeKey(contract.Id, term.Number, ContractCharge.TermFee), contract.Number, contract.PartnerId,
                    contract.PlanCode, billedOn, dueOn, fee, term.Start, term.End, Months: 12);
            }
        }
    }

    private static IEnumerable<BillableCharge> EndingCharges(
        ContractFacts contract, ContractTimeline timeline, BillingMonth month, Yen fee, int paymentTermDays, IReadOnlySet<ChargeKey> billed)
    {
        if (contract is not { EarlyEndOn: { } lastDay, EarlyEndCause: { } cause } || !month.Contains(lastDay) || timeline.TermOn(lastDay) is not { } term)
        {
            yield break;
        }

        var settlement = timeline.EarlyTermination(lastDay, cause, fee);
        var dueOn = lastDay.AddDays(paymentTermDays);
        if (settlement.Penalty is { } penalty)
        {
            yield return BillableCharge.Prorated(new ChargeKey(contract.Id, term.Number, ContractCharge.EarlyTerminationPenalty), contract, lastDay, dueOn, penalty, credit: false);
        }

        if (settlement is { Refund: { } refund, RefundAtVendorDiscretion: false })
        {
            yield return BillableCharge.Prorated(new ChargeKey(contract.Id, term.Number, ContractCharge.UnexpiredRefund), contract, lastDay, dueOn, refund, credit: true);
        }

        if (settlement.PrepaidNextTerm is { } prepaid && billed.Contains(new ChargeKey(contract.Id, prepaid.NextTerm.Number, ContractCharge.TermFee)))
        {
            yield return new BillableCharge(new ChargeKey(contract.Id, prepaid.NextTerm.Number, ContractCharge.PrepaidRenewalRefund), contract.Number,
                contract.PartnerId, contract.PlanCode, lastDay, dueOn, -prepaid.Amount, prepaid.NextTerm.Start, prepaid.NextTerm.End, Months: 12);
        }
    }

    private static DateOnly Later(DateOnly one, DateOnly other) => one > other ? one : other;

    private static bool EndsBefore(ContractTimeline timeline, ContractTerm term) => timeline.ServiceEnd is { } end && end < term.Start;

    private static bool IsClosedBefore(this ContractFacts contract, BillingMonth month) =>
        contract.Status is ContractStatus.Ended or ContractStatus.Terminated && (contract.EarlyEndOn ?? contract.OrderedOn) < month.First;

    private static ContractBilling Refuse(ContractFacts contract, ChargeRefusal reason) =>
        new([], 0, new RefusedContract(contract.Id, contract.Number, contract.PartnerId, reason));
}
