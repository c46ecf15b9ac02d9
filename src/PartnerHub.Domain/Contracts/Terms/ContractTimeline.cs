using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>
/// The dates and amounts of one contract under a <see cref="ServicePlanPolicy"/>: terms and renewals with the
/// cancel-by date of each, where the contract stands on any day, the insurance years, the penalty and refunds for
/// partial terms, the outage credit, liability caps, notice periods and the hardware return at the end.
/// </summary>
/// <remarks>
/// Terms follow the Civil Code (民法 §140, §143, see <see cref="CivilPeriod"/>): the first day of service is the day
/// after a start event that happens during a day (004: delivery completion) and the event's day itself where the terms
/// start at 0:00 (002), see <see cref="StartFor"/>; the first term is
/// <see cref="ServicePlanPolicy.TermMonths"/> months from the first day of service, and each renewal is
/// <see cref="ServicePlanPolicy.RenewalMonths"/> months from the day after the previous expiry (004 §4-3: 自動的に1年間
/// 延長). A year from 2028-02-29 therefore ends 2029-02-28 and renewals then run March 1 – end of February; a start on
/// Jan 31 gives terms Jan 31 – Jan 30 for ever. Every cancel-by date is computed from its own term's end, never
/// from the original start: the corresponding day two months before it (DOMAIN.md "Decisions").
/// </remarks>
public sealed class ContractTimeline
{
    /// <summary>A timeline for a contract whose service started on <paramref name="serviceStart"/>.</summary>
    /// <param name="policy">The plan's rules.</param>
    /// <param name="serviceStart">
    /// First day of service, as <see cref="StartFor"/> gives it (004 §4-2: the day after the delivery completion date;
    /// 002 §4-2: the 利用開始日) or as stored for a contract whose dates predate the rule.
    /// </param>
    /// <param name="nonRenewalNoticeOn">Day the customer's non-renewal notice reached the vendor, if any.</param>
    /// <param name="terminatedOn">Last day of service after an early termination, if any.</param>
    /// <exception cref="RuleViolationException">The notice or termination precedes the service start.</exception>
    public ContractTimeline(ServicePlanPolicy policy, DateOnly serviceStart, DateOnly? nonRenewalNoticeOn = null, DateOnly? terminatedOn = null)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        ServiceStart = serviceStart;
        if (terminatedOn < serviceStart)
        {
            throw new RuleViolationException(RuleViolation.BeforeServiceStart, "The termination date precedes the service start.", nameof(terminatedOn));
        }

        NonRenewalNoticeOn = nonRenewalNoticeOn;
        TerminatedOn = terminatedOn;
    }

    /// <summary>The plan's rules.</summary>
    public ServicePlanPolicy Policy { get; }

    /// <summary>First day of service (004 §4-2: the day after delivery completion; 002 §4-2: the 利用開始日).</summary>
    public DateOnly ServiceStart { get; }

    /// <summary>Day the non-renewal notice was received, if any.</summary>
    public DateOnly? NonRenewalNoticeOn { get; }

    /// <summary>Last day of service after an early termination, if any.</summary>
    public DateOnly? TerminatedOn { get; }

    /// <summary>
    /// The first day of service for a start event on <paramref name="eventDate"/>: the delivery completion (004 §4-2;
    /// 003 §15-2) or the contract's formation (000 §7-2; 001 §3-6) for those rules, and for 002 the 5th business day of
    /// the next month after an application on or before the 5th, otherwise of the month after (002 §4-2). When the
    /// policy does not count the event's day (<see cref="ServicePlanPolicy.CountsFirstDay"/> false, 民法 §140), the
    /// first day is the next day, so the term ends on the event's anniversary: delivered 2026-04-10 → 2026-04-11 …
    /// 2027-04-10.
    /// </summary>
    /// <param name="policy">The plan's rules.</param>
    /// <param name="eventDate">Day of the delivery completion, the contract's formation, or the application (002).</param>
    public static DateOnly StartFor(ServicePlanPolicy policy, DateOnly eventDate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var startDay = eventDate;
        if (policy.TermStart == TermStartRule.FifthBusinessDayAfterApplication)
        {
            var month = new DateOnly(eventDate.Year, eventDate.Month, 1).AddMonths(eventDate.Day <= 5 ? 1 : 2);
            startDay = policy.Calendar.NthBusinessDayOfMonth(month.Year, month.Month, 5);
        }

        return policy.CountsFirstDay ? startDay : startDay.AddDays(1);
    }

    /// <summary>Term <paramref name="number"/> (1-based), assuming every renewal happens.</summary>
    /// <exception cref="RuleViolationException"><paramref name="number"/> is below 1.</exception>
    public ContractTerm Term(int number)
    {
        if (number < 1)
        {
            throw new RuleViolationException(RuleViolation.NonPositiveCount, "Terms are numbered from 1.", nameof(number));
        }

        var term = FirstTerm();
        while (term.Number < number)
        {
            term = NextTerm(term);
        }

        return term;
    }

    /// <summary>Terms 1, 2, … assuming every renewal happens (an endless sequence: take what you need).</summary>
    public IEnumerable<ContractTerm> Terms()
    {
        for (var term = FirstTerm(); ; term = NextTerm(term))
        {
            yield return term;
        }
    }

    /// <summary>The term that contains <paramref name="date"/>, assuming every renewal happened; null before the start.</summary>
    public ContractTerm? TermOn(DateOnly date)
    {
        if (date < ServiceStart)
        {
            return null;
        }

        var term = FirstTerm();
        while (term.End < date)
        {
            term = NextTerm(term);
        }

        return term;
    }

    /// <summary>
    /// The term at whose end the service stops after a non-renewal notice given on <paramref name="noticeDate"/>: the
    /// current term if the notice came on or before its cancel-by date, otherwise the next one (004 §4-3, §4-4). A
    /// notice before the start counts for the first term. Without auto-renewal the first term ends the contract.
    /// </summary>
    public ContractTerm LastTermAfterNotice(DateOnly noticeDate)
    {
        if (!Policy.AutoRenews)
        {
            return FirstTerm();
        }

        var term = TermOn(noticeDate) ?? FirstTerm();
        return noticeDate <= term.CancelBy ? term : NextTerm(term);
    }

    /// <summary>The last term when it is known (a notice was given, or the plan does not renew); null while the contract keeps renewing.</summary>
    public ContractTerm? LastTerm => NonRenewalNoticeOn is { } notice ? LastTermAfterNotice(notice) : Policy.AutoRenews ? null : FirstTerm();

    /// <summary>The last day of service when known: the early termination date, or the end of the last term.</summary>
    public DateOnly? ServiceEnd
    {
        get
        {
            var atTermEnd = LastTerm?.End;
            return TerminatedOn is { } terminated && (atTermEnd is null || terminated < atTermEnd) ? terminated : atTermEnd;
        }
    }

    /// <summary>Where the contract stands on <paramref name="date"/>: the phase, the term, its cancel-by date and what happens at its end.</summary>
    public ContractPosition PositionOn(DateOnly date)
    {
        var end = ServiceEnd;
        int? lastNumber = LastTerm?.Number;
        if (date < ServiceStart)
        {
            return new ContractPosition(date, ContractPhase.NotStarted, null, RenewalOutcome.None, lastNumber, end, false);
        }

        if (date > end)
        {
            return new ContractPosition(date, ContractPhase.Ended, null, RenewalOutcome.None, lastNumber, end, false);
        }

        var term = TermOn(date)!;
        RenewalOutcome outcome;
        if (end is { } last && last < term.End)
        {
            outcome = RenewalOutcome.EndsEarly;
        }
        else if (lastNumber == term.Number)
        {
            outcome = RenewalOutcome.EndsAtTermEnd;
        }
        else
        {
            outcome = RenewalOutcome.Renews;
        }

        bool canGiveNotice = Policy.AutoRenews && NonRenewalNoticeOn is null && TerminatedOn is null && date <= term.CancelBy;
        return new ContractPosition(date, ContractPhase.InService, term, outcome, lastNumber, end, canGiveNotice);
    }

    /// <summary>
    /// Insurance year <paramref name="year"/> (1-based): the first runs a year from the 1st of the month after the
    /// service start (004 別紙5; 002 §4-3), each later one follows it (002 §4-4). Null when the plan has no insurance
    /// (<see cref="ServicePlanPolicy.HasInsurance"/>: 003, 001, 000).
    /// </summary>
    /// <exception cref="RuleViolationException"><paramref name="year"/> is below 1.</exception>
    public InsuranceCoverage? InsuranceCoverage(int year = 1)
    {
        if (year < 1)
        {
            throw new RuleViolationException(RuleViolation.NonPositiveCount, "Insurance years are numbered from 1.", nameof(year));
        }

        return Policy.HasInsurance ? InsuranceYear(year) : null;
    }

    /// <summary>
    /// The insurance year that covers <paramref name="date"/>: coverage renews by a year while the contract runs (002
    /// §4-4), and causes after the service's end are not covered (002 §4-3). Null before coverage starts or after the
    /// service has ended, and always for a plan without insurance.
    /// </summary>
    public InsuranceCoverage? InsuranceCoverageOn(DateOnly date)
    {
        if (!Policy.HasInsurance)
        {
            return null;
        }

        var first = InsuranceYear(1);
        if (date < first.From || date > ServiceEnd)
        {
            return null;
        }

        var year = first;
        for (int n = 2; year.To < date; n++)
        {
            year = InsuranceYear(n);
        }

        return year;
    }

    /// <summary>
    /// The penalty for the customer ending the contract early (004 §4-5: 残存期間分の利用料金総額, payable on the
    /// termination date). The remaining term is measured from the day after <paramref name="terminationDate"/> (the last
    /// day of service) to the end of the term that contains it: by days, annual fee × remaining days / days of the term
    /// year; by months, annual fee / 12 × the months after the termination month through the term's last month. One
    /// rounding, by policy. A termination on the term's last day owes nothing.
    /// </summary>
    public ProratedAmount EarlyTerminationPenalty(Yen annualFee, DateOnly terminationDate) => RemainingPart(annualFee, terminationDate);

    /// <summary>
    /// The refund of the unexpired part of the term when the vendor ends the service or the customer cancels after a
    /// terms change (004 §15-4, §21-2; 002 §11-2; 003 §8-5): measured as in <see cref="EarlyTerminationPenalty"/>,
    /// from the day after <paramref name="lastServiceDay"/>.
    /// </summary>
    public ProratedAmount UnexpiredRefund(Yen annualFee, DateOnly lastServiceDay) => RemainingPart(annualFee, lastServiceDay);

    /// <summary>
    /// Penalty or refund, by cause, for an early termination whose last day of service is
    /// <paramref name="terminationDate"/>: a penalty for the customer's convenience or fault where the plan has one (004
    /// §4-5); a refund on the vendor's fault where the plan gives one (003 §8-5); after a terms change as
    /// <see cref="ServicePlanPolicy.RefundAfterTermsChange"/> says (004 §21-2: the unexpired part; 002 §12-5: at the
    /// vendor's discretion, flagged; 003: none); on the service's discontinuation where the plan refunds (004 §15-4; 002
    /// §11-2; 003 §14-2).
    /// </summary>
    public EarlyTerminationSettlement EarlyTermination(DateOnly terminationDate, TerminationCause cause, Yen annualFee)
    {
        var remaining = RemainingPart(annualFee, terminationDate);
        var (penalty, refund) = cause switch
        {
            TerminationCause.CustomerConvenience or TerminationCause.CustomerFault => (Policy.EarlyTerminationPenalty ? remaining : null, (ProratedAmount?)null),
            TerminationCause.VendorFault => (null, Policy.RefundsOnVendorFault ? remaining : null),
            TerminationCause.TermsChange => (null, Policy.RefundAfterTermsChange == TermsChangeRefund.None ? null : remaining),
            TerminationCause.ServiceDiscontinued => (null, Policy.RefundsOnDiscontinuation ? remaining : null),
        };
        bool discretionary = cause == TerminationCause.TermsChange && Policy.RefundAfterTermsChange == TermsChangeRefund.AtVendorDiscretion;
        return new EarlyTerminationSettlement(cause, terminationDate, penalty, refund, ReturnAfter(terminationDate), discretionary)
        {
            PrepaidNextTerm = cause == TerminationCause.ServiceDiscontinued && Policy.RefundsOnDiscontinuation ? PrepaidNextTerm(terminationDate, annualFee) : null,
        };
    }

    /// <summary>
    /// The next term's fee that fell due before <paramref name="lastServiceDay"/> under a plan that bills renewals in
    /// advance (002 §13-3-②: February 25 for a term from April 1); null when none did (the service ends before that
    /// day, the contract does not renew, or the plan bills no renewal in advance).
    /// </summary>
    public PrepaidRenewalRefund? PrepaidNextTerm(DateOnly lastServiceDay, Yen annualFee)
    {
        if (!Policy.RenewalPaidInAdvance || TermOn(lastServiceDay) is not { } term || LastTerm is { } last && last.Number <= term.Number)
        {
            return null;
        }

        var next = Term(term.Number + 1);
        var due = Billing.FiscalYearPlanBilling.RenewalPaymentDueDate(next.Start);
        return lastServiceDay >= due ? new PrepaidRenewalRefund(next, due, annualFee) : null;
    }

    /// <summary>
    /// The outage credit of 004 §7-2: for every full 24 hours from <paramref name="vendorAwareAt"/> (when the vendor
    /// learned of the total outage) to <paramref name="restoredAt"/>, one day's worth of the licence price. The day
    /// price is the annual price / days of the term year the outage started in (365 or 366), rounded by policy.
    /// Whether the exclusions of §7-1 apply is decided before calling.
    /// </summary>
    public OutageCreditAmount OutageCredit(Yen annualLicencePrice, DateTimeOffset vendorAwareAt, DateTimeOffset restoredAt)
    {
        if (!Policy.OutageCreditPerFullDay)
        {
            throw new RuleViolationException(RuleViolation.NotProvidedByPolicy, $"Plan {Policy.Code} has no outage credit.");
        }

        RequireNotNegative(annualLicencePrice, nameof(annualLicencePrice));
        if (restoredAt < vendorAwareAt)
        {
            throw new RuleViolationException(RuleViolation.EndBeforeStart, "Restoration precedes awareness.", nameof(restoredAt));
        }

        var term = TermOn(BusinessCalendar.TokyoDate(vendorAwareAt))
            ?? throw new RuleViolationException(RuleViolation.BeforeServiceStart, "The outage started before the service.", nameof(vendorAwareAt));
        int fullDays = (int)((restoredAt - vendorAwareAt).Ticks / TimeSpan.TicksPerDay);
        var dayPrice = annualLicencePrice.MultiplyFraction(1, term.DaysInTermYear, Policy.Rounding);
        return new OutageCreditAmount(fullDays, term.DaysInTermYear, dayPrice, dayPrice * fullDays);
    }

    /// <summary>
    /// The vendor's liability cap for a damage on <paramref name="damageOn"/>: 004 §18-2, the fees paid in the year up
    /// to that day; 003 §25-1, the fees received in the 6 months up to it, claims within 6 months; 002 §16-3/4, a
    /// twelfth of <paramref name="annualFee"/> per incident and the annual fee in total, claims within 20 months.
    /// </summary>
    /// <param name="damageOn">Day of the damage (the day the cap is assessed for).</param>
    /// <param name="annualFee">Annual fee of the year of the damage (used by fee-based caps).</param>
    /// <param name="payments">Payments received (used by look-back caps).</param>
    public LiabilityCap LiabilityCap(DateOnly damageOn, Yen annualFee, IEnumerable<FeePayment> payments)
    {
        ArgumentNullException.ThrowIfNull(payments);
        RequireNotNegative(annualFee, nameof(annualFee));
        var rule = Policy.Liability;
        DateOnly? claimDeadline = rule.ClaimPeriodMonths is { } months ? CivilPeriod.EndOfMonths(damageOn.AddDays(1), months) : null;
        if (rule.Basis == LiabilityBasis.AnnualFee)
        {
            return new LiabilityCap(annualFee, annualFee.MultiplyFraction(1, 12, Policy.Rounding), claimDeadline, null);
        }

        // The look-back window is the months up to and including the damage day: the same day N months earlier, plus one.
        var from = damageOn.AddDays(1).AddMonths(-rule.LookbackMonths);
        var paid = Yen.Zero;
        foreach (var payment in payments)
        {
            RequireNotNegative(payment.Amount, nameof(payments));
            if (payment.On >= from && payment.On <= damageOn)
            {
                paid += payment.Amount;
            }
        }

        return new LiabilityCap(paid, null, claimDeadline, from);
    }

    /// <summary>The hardware return that follows the end of service (004 §4-4, §17-1); null while the end is not known.</summary>
    public HardwareReturnObligation? HardwareReturn() => ServiceEnd is { } end ? ReturnAfter(end) : null;

    /// <summary>The earliest day a vendor termination noticed on <paramref name="noticeDate"/> can take effect (004 §15-2).</summary>
    public DateOnly EarliestVendorTermination(DateOnly noticeDate) => Policy.VendorTerminationNotice.EarliestEffectiveDate(noticeDate);

    /// <summary>The last day the vendor can give notice of ending the service on <paramref name="effectiveDate"/> (004 §15-2; 002 §11-1).</summary>
    public DateOnly LatestVendorTerminationNotice(DateOnly effectiveDate) => Policy.VendorTerminationNotice.LatestNoticeDate(effectiveDate);

    /// <summary>
    /// The earliest effective date of a terms change announced on <paramref name="noticeDate"/> (004 §21-1; 002 §3-3;
    /// 003 §2-4); the notice day itself when the plan sets no minimum (000 §3-2: applies from its posting).
    /// </summary>
    public DateOnly EarliestTermsChange(DateOnly noticeDate) => Policy.TermsChangeNotice?.EarliestEffectiveDate(noticeDate) ?? noticeDate;

    /// <summary>
    /// The last day to announce a terms change effective on <paramref name="effectiveDate"/> (004 §21-1; 003 §2-4); the
    /// effective date itself when the plan sets no minimum (000 §3-2).
    /// </summary>
    public DateOnly LatestTermsChangeNotice(DateOnly effectiveDate) => Policy.TermsChangeNotice?.LatestNoticeDate(effectiveDate) ?? effectiveDate;

    /// <summary>
    /// The last day a customer can cancel after a terms change announced on <paramref name="changeNoticeDate"/> and still
    /// ask for the refund (002 §12-5: ２か月以内, rolled back to a business day); null when the plan sets no window.
    /// </summary>
    public DateOnly? TermsChangeCancellationDeadline(DateOnly changeNoticeDate) => TermsChangeCancellationWindow.Deadline(Policy, changeNoticeDate);

    /// <summary>The window in which a customer may cancel because of a terms change (<see cref="TermsChangeCancellationWindow.For"/>).</summary>
    public TermsChangeCancellationWindow TermsChangeCancellation(DateOnly notifiedOn, DateOnly effectiveOn) =>
        TermsChangeCancellationWindow.For(Policy, notifiedOn, effectiveOn);

    /// <summary>
    /// The cure window after a written demand received on <paramref name="demandReceivedOn"/> (004 §16-3; 002 §10-1-3;
    /// 003 §7-1-10); null when the plan sets no cure period (000, 001).
    /// </summary>
    public BreachCureWindow? BreachCure(DateOnly demandReceivedOn)
    {
        if (Policy.BreachCure is not { } period)
        {
            return null;
        }

        var cureBy = period.EndWhenStartingOn(demandReceivedOn.AddDays(1));
        return new BreachCureWindow(demandReceivedOn, cureBy, cureBy.AddDays(1));
    }

    /// <summary>
    /// The earliest day the vendor can stop a user and end the contract after notifying the reason and date on
    /// <paramref name="noticeDate"/> (000 §21-2: 利用中止日の１週間前までに); null when the plan sets no period.
    /// </summary>
    public DateOnly? EarliestUserStop(DateOnly noticeDate) => Policy.UserStopNotice?.EarliestEffectiveDate(noticeDate);

    /// <summary>
    /// The reminder days before <paramref name="term"/>'s cancel-by date: for each lead time of
    /// <see cref="ServicePlanPolicy.CancelByReminderBusinessDays"/> (default 20 and 5), that many business days before
    /// the last business day on or before the cancel-by date (<see cref="ContractTerm.CancelByBusinessDay"/>), earliest
    /// first.
    /// </summary>
    public IReadOnlyList<DateOnly> CancelByReminders(ContractTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return [.. Policy.CancelByReminderBusinessDays.Where(n => n > 0).Select(n => Policy.Calendar.AddBusinessDays(term.CancelByBusinessDay, -n)).Distinct().Order()];
    }

    /// <summary>
    /// The day by which the customer's stored data is deleted or anonymised: the end of the retention period that starts
    /// the day after the service's last day (001 §16; 004 §10-4; <see cref="ServicePlanPolicy.DataRetentionAfterEnd"/>);
    /// null while the end is not known.
    /// </summary>
    public DateOnly? DataDeletionDue() => ServiceEnd is { } end ? Policy.DataRetentionAfterEnd.EndWhenStartingOn(end.AddDays(1)) : null;

    /// <summary>
    /// The last day to notify a mid-term cancellation whose desired last day is <paramref name="desiredLastDay"/> (002
    /// §12-1: 中途解約希望日の２か月前, rolled back to a business day); null when the plan sets no such notice.
    /// </summary>
    public DateOnly? LatestMidTermCancellationNotice(DateOnly desiredLastDay) =>
        Policy.MidTermCancellationNotice is { } notice ? Deadline(notice.LatestNoticeDate(desiredLastDay.AddDays(1))) : null;

    private ContractTerm FirstTerm()
    {
        DateOnly end;
        if (Policy.FiscalYearAligned)
        {
            // 002 §4-2: 最初に到来する３月31日.
            int endYear = ServiceStart.Month <= 3 ? ServiceStart.Year : ServiceStart.Year + 1;
            end = new DateOnly(endYear, 3, 31);
        }
        else
        {
            end = CivilPeriod.EndOfMonths(ServiceStart, Policy.TermMonths);
        }

        return Make(1, ServiceStart, end);
    }

    private ContractTerm NextTerm(ContractTerm term)
    {
        var start = term.End.AddDays(1);
        return Make(term.Number + 1, start, CivilPeriod.EndOfMonths(start, Policy.RenewalMonths));
    }

    private ContractTerm Make(int number, DateOnly start, DateOnly end)
    {
        var cancelBy = Policy.NonRenewalNotice is { } notice ? Deadline(notice.LatestNoticeDate(end.AddDays(1))) : end;
        // A term shorter than the notice period (a late 002 start) cannot be cancelled by notice within itself: its
        // deadline falls before the start, and a notice from the start on then applies to the next term.
        return new ContractTerm(number, start, end, cancelBy, Policy.Calendar.OnOrBefore(cancelBy));
    }

    private DateOnly Deadline(DateOnly date) => Policy.NoticeDeadlineRollsBack ? Policy.Calendar.OnOrBefore(date) : date;

    private ProratedAmount RemainingPart(Yen annualFee, DateOnly lastServiceDay)
    {
        RequireNotNegative(annualFee, nameof(annualFee));
        var term = TermOn(lastServiceDay)
            ?? throw new RuleViolationException(RuleViolation.BeforeServiceStart, "The service had not started.", nameof(lastServiceDay));
        if (TerminatedOn is { } terminated && lastServiceDay > terminated)
        {
            throw new RuleViolationException(RuleViolation.AfterServiceEnd, "The service had already ended.", nameof(lastServiceDay));
        }

        var from = lastServiceDay.AddDays(1);
        if (Policy.Proration == ProrationMode.ByDays)
        {
            int days = term.End.DayNumber - lastServiceDay.DayNumber;
            return new ProratedAmount(annualFee.MultiplyFraction(days, term.DaysInTermYear, Policy.Rounding), ProrationMode.ByDays, days, term.DaysInTermYear, from, term.End);
        }

        int months = MonthIndex(term.End) - MonthIndex(lastServiceDay);
        return new ProratedAmount(annualFee.MultiplyFraction(months, 12, Policy.Rounding), ProrationMode.ByMonths, months, 12, from, term.End);
    }

    private InsuranceCoverage InsuranceYear(int number)
    {
        var first = Policy.InsuranceStartsNextMonth ? new DateOnly(ServiceStart.Year, ServiceStart.Month, 1).AddMonths(1) : ServiceStart;
        var from = first.AddMonths(Policy.InsuranceMonths * (number - 1));
        var to = CivilPeriod.EndOfMonths(from, Policy.InsuranceMonths);
        var causesUntil = ServiceEnd is { } end && end < to ? end : to;
        return new InsuranceCoverage(from, to, Policy.InsuranceLimit, causesUntil);
    }

    private HardwareReturnObligation ReturnAfter(DateOnly serviceEnd) =>
        new(serviceEnd, serviceEnd.AddDays(1), Policy.ReturnShipping, Policy.ReturnExpectedWithin.EndWhenStartingOn(serviceEnd.AddDays(1)));

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static void RequireNotNegative(Yen amount, string name)
    {
        if (amount.IsNegative)
        {
            throw new RuleViolationException(RuleViolation.NegativeAmount, "The amount cannot be negative.", name);
        }
    }
}
