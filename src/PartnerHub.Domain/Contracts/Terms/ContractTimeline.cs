using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>
/// The dates and amounts of one contract under a <see cref="ServicePlanPolicy"/>: terms and renewals, the
/// cancel-by date of each term, the insurance period, and the penalty and refunds for partial terms.
/// Every term is computed from the original start (never from the previous term), so month-end and leap-day starts
/// do not drift over renewals.
/// </summary>
public sealed class ContractTimeline
{
    /// <summary>A timeline for a contract whose service started on <paramref name="serviceStart"/>.</summary>
    public ContractTimeline(ServicePlanPolicy policy, DateOnly serviceStart)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        ServiceStart = serviceStart;
    }

    /// <summary>The plan's rules.</summary>
    public ServicePlanPolicy Policy { get; }

    /// <summary>First day of service (004 §4-2: the delivery completion date).</summary>
    public DateOnly ServiceStart { get; }

    /// <summary>
    /// The service start for a plan whose start depends on the application date (002 §4): application on or before
    /// the 5th → 5th business day of the next month, otherwise of the month after. For 004 the start is the delivery
    /// date itself.
    /// </summary>
    public static DateOnly StartFor(ServicePlanPolicy policy, DateOnly applicationOrDeliveryDate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.TermStart == TermStartRule.DeliveryCompletion)
        {
            return applicationOrDeliveryDate;
        }

        var month = new DateOnly(applicationOrDeliveryDate.Year, applicationOrDeliveryDate.Month, 1).AddMonths(applicationOrDeliveryDate.Day <= 5 ? 1 : 2);
        return policy.Calendar.NthBusinessDayOfMonth(month.Year, month.Month, 5);
    }

    /// <summary>Term <paramref name="number"/> (1-based).</summary>
    public ContractTerm Term(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), "Terms are numbered from 1.");
        }

        DateOnly start;
        DateOnly end;
        if (Policy.FiscalYearAligned)
        {
            // 002 §4: the first term ends on the first March 31 after the start; then April–March years.
            int firstEndYear = ServiceStart.Month <= 3 ? ServiceStart.Year : ServiceStart.Year + 1;
            start = number == 1 ? ServiceStart : new DateOnly(firstEndYear + number - 2, 4, 1);
            end = new DateOnly(firstEndYear + number - 1, 3, 31);
        }
        else
        {
            start = ServiceStart.AddMonths(Policy.TermMonths * (number - 1));
            end = ServiceStart.AddMonths(Policy.TermMonths * number).AddDays(-1);
        }

        return new ContractTerm(number, start, end, CancelByFor(end));
    }

    /// <summary>The term that contains <paramref name="date"/>, assuming every renewal happened; null before the start.</summary>
    public ContractTerm? TermOn(DateOnly date)
    {
        if (date < ServiceStart)
        {
            return null;
        }

        int number = 1;
        // Jump close, then step: a term is at most 12 months (plus 002's first partial year).
        if (!Policy.FiscalYearAligned)
        {
            number = Math.Max(1, ((((date.Year - ServiceStart.Year) * 12) + date.Month - ServiceStart.Month) / Policy.TermMonths) - 1);
        }

        var term = Term(number);
        while (term.End < date)
        {
            term = Term(++number);
        }

        return term;
    }

    /// <summary>
    /// The term at whose end the service stops after a non-renewal notice given on <paramref name="noticeDate"/>:
    /// the current term if the notice came on or before its cancel-by date, otherwise the next (004 §4-3, §4-4).
    /// Without auto-renewal the first term ends the contract.
    /// </summary>
    public ContractTerm LastTermAfterNotice(DateOnly noticeDate)
    {
        if (!Policy.AutoRenews)
        {
            return Term(1);
        }

        var term = TermOn(noticeDate) ?? Term(1);
        return noticeDate <= term.CancelBy ? term : Term(term.Number + 1);
    }

    /// <summary>The insurance coverage: from the 1st of the month after the start, for the policy's months (004 別紙5).</summary>
    public (DateOnly From, DateOnly To, Yen Limit) InsuranceCoverage()
    {
        var from = Policy.InsuranceStartsNextMonth ? new DateOnly(ServiceStart.Year, ServiceStart.Month, 1).AddMonths(1) : ServiceStart;
        return (from, from.AddMonths(Policy.InsuranceMonths).AddDays(-1), Policy.InsuranceLimit);
    }

    /// <summary>
    /// The penalty for the customer ending the contract early: the fee of the remaining term, payable on the
    /// termination date (004 §4-5). The remaining term is the days after <paramref name="terminationDate"/> to the term
    /// end (by days), or the whole months after the termination month (by months), prorated from the annual fee.
    /// </summary>
    public Yen EarlyTerminationPenalty(Yen annualFee, DateOnly terminationDate)
    {
        var term = TermOn(terminationDate) ?? throw new ArgumentOutOfRangeException(nameof(terminationDate), "The service had not started.");
        return RemainingFee(annualFee, term, terminationDate);
    }

    /// <summary>
    /// The refund of the unexpired part of a prepaid term when the vendor ends the service or changes the terms and
    /// the customer cancels (004 §15-4, §21-2; 002 §11-2; 003 §8-5).
    /// </summary>
    public Yen UnexpiredRefund(Yen prepaidFee, DateOnly lastServiceDay)
    {
        var term = TermOn(lastServiceDay) ?? throw new ArgumentOutOfRangeException(nameof(lastServiceDay), "The service had not started.");
        return RemainingFee(prepaidFee, term, lastServiceDay);
    }

    /// <summary>The earliest effective date of a vendor termination noticed on <paramref name="noticeDate"/> (004 §15-2).</summary>
    public DateOnly EarliestVendorTermination(DateOnly noticeDate) => noticeDate.AddMonths(Policy.VendorTerminationNoticeMonths);

    /// <summary>The earliest effective date of a terms change announced on <paramref name="noticeDate"/> (004 §21-1).</summary>
    public DateOnly EarliestTermsChange(DateOnly noticeDate) => noticeDate.AddDays(Policy.TermsChangeNoticeDays);

    /// <summary>The day termination for an uncured breach may take effect after written notice (004 §16-3).</summary>
    public DateOnly BreachTerminationFrom(DateOnly noticeDate) => noticeDate.AddDays(Policy.BreachCureDays);

    private Yen RemainingFee(Yen fee, ContractTerm term, DateOnly lastDay) => Policy.Proration switch
    {
        ProrationMode.ByDays => Proration.ByDays(fee, term.End.DayNumber - lastDay.DayNumber, term.Days, Policy.Rounding),
        ProrationMode.ByMonths => Proration.RefundByMonths(fee, lastDay, term.End, Policy.Rounding),
    };

    private DateOnly CancelByFor(DateOnly termEnd) =>
        Policy.Calendar.MonthsBefore(termEnd, Policy.NonRenewalNoticeMonths, Policy.NoticeDeadlineRollsBack);
}
