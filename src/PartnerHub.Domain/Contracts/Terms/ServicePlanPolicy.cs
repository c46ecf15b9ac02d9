using System.Diagnostics.CodeAnalysis;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>How a contract's first term starts.</summary>
public enum TermStartRule
{
    /// <summary>
    /// On the hardware delivery completion date (004 §4-2: 納入完了日から1年間; 003 §15-2: the loan's delivery). Whether
    /// that day itself counts is <see cref="ServicePlanPolicy.CountsFirstDay"/>.
    /// </summary>
    DeliveryCompletion,

    /// <summary>
    /// Application on or before the 5th: the 5th business day of the next month; otherwise of the month after
    /// (002 §4-2).
    /// </summary>
    FifthBusinessDayAfterApplication,

    /// <summary>
    /// When the contract forms or the service is opened (000 §7-2: the user ID is issued; 001 §3-6: the 利用開始日, the
    /// day the vendor starts the service). Whether that day counts is <see cref="ServicePlanPolicy.CountsFirstDay"/>.
    /// </summary>
    ContractFormation,
}

/// <summary>What a customer cancelling after a terms change gets back.</summary>
public enum TermsChangeRefund
{
    /// <summary>Nothing (003 §8-5: no refund unless the vendor is at fault; 000 §18-1 and 001 §10: the service is free).</summary>
    None,

    /// <summary>The unexpired part of the term (004 §21-2: 未経過残存期間に相当する金額).</summary>
    UnexpiredPart,

    /// <summary>
    /// The unexpired part at the vendor's discretion, only when asked within a window after the change notice (002 §12-5:
    /// 通知日を起点にして２か月以内…本所は返金する場合があります; the months after the cancellation month).
    /// </summary>
    AtVendorDiscretion,
}

/// <summary>How refunds and penalties for part of a term are prorated (a policy setting).</summary>
public enum ProrationMode
{
    /// <summary>
    /// By whole months: annual fee / 12 × the months after the month of the event through the month of the term's
    /// end (002 §11-2: 廃止日の属する月の翌月から利用期間満了日の属する月までの月数).
    /// </summary>
    ByMonths,

    /// <summary>By days: annual fee × the days after the event to the term's end / days of the term year (003 §8-5: 日割り).</summary>
    ByDays,
}

/// <summary>Who pays for shipping the hardware back at the end.</summary>
public enum ReturnShippingPayer
{
    /// <summary>The customer (004 §17-1: 返還に要する送料は利用者の負担).</summary>
    Customer,

    /// <summary>The vendor side, cash on delivery (002 §12-6: NEC…が着払いにて負担).</summary>
    Vendor,
}

/// <summary>
/// What a customer owes for the lent hardware at its return (004 別紙4 §4-3/§4-4 and §6-1: 相応の損害金; 002 §5-3:
/// 実費相当額; 003 §15-1: 損害を賠償). The seeds name no amounts: these are the vendor's standard amounts per plan, which
/// people may still waive on the pending charge.
/// </summary>
/// <param name="LateReturn">For a return later than the deadline without just reason (004 別紙4 §4-3); null when the terms charge nothing for lateness.</param>
/// <param name="Damage">For a unit returned damaged or with parts missing (004 別紙4 §4-4; 002 §5-3: 原状での返却ができない場合; 003 §15-1: 毀損).</param>
/// <param name="Loss">For a unit lost, stolen or not returned (004 §6-1-3, 別紙4 §4-4; 002 §5-3: 返却しない場合; 003 §15-1: 滅失).</param>
public sealed record ReturnChargePolicy(Yen? LateReturn, Yen Damage, Yen Loss);

/// <summary>What a liability cap is measured from.</summary>
public enum LiabilityBasis
{
    /// <summary>The fees the customer paid in a look-back window (004 §18-2: 1 year; 003 §25-1: 6 months).</summary>
    PaymentsInLookback,

    /// <summary>The annual fee of the year of the damage, in total; a twelfth of it per incident (002 §16-3).</summary>
    AnnualFee,
}

/// <summary>The vendor's liability cap rule.</summary>
/// <param name="Basis">What the cap is measured from.</param>
/// <param name="LookbackMonths">The look-back window for <see cref="LiabilityBasis.PaymentsInLookback"/>.</param>
/// <param name="ClaimPeriodMonths">Months after the damage within which a claim must be made (002 §16-4: 20; 003 §25-3: 6); null when the terms set none.</param>
public sealed record LiabilityPolicy(LiabilityBasis Basis, int LookbackMonths, int? ClaimPeriodMonths);

/// <summary>
/// The contract rules of one service plan, as data, so the hub can express each seed's terms. Presets:
/// <see cref="SensorService004"/>, <see cref="ChamberUtm002"/>, <see cref="SecurityVendor003"/>,
/// <see cref="ConsultationPilot001"/>, <see cref="ThreatSharing000"/>. Every plan names its policy
/// (<see cref="Pricing.ServicePlan.PolicyCode"/>); a plan without one is refused (<see cref="ForPlan"/>), never read as 004.
/// </summary>
public sealed record ServicePlanPolicy
{
    /// <summary>The hub's reminder lead times before a cancel-by date, in business days, when a policy sets none.</summary>
    public static IReadOnlyList<int> DefaultCancelByReminders { get; } = [20, 5];

    /// <summary>Seed code of the terms the policy expresses (004, 002, 003, 001, 000) or a custom code.</summary>
    public required string Code { get; init; }

    /// <summary>How the first term starts.</summary>
    public required TermStartRule TermStart { get; init; }

    /// <summary>
    /// Whether the day of the start event is the first day of the term. False when the term starts on something that
    /// happens during a day (004 §4-2: delivery completion; 003 §15-2: the loan): 民法 §140 does not count that day, the
    /// term starts the next day and ends on the event's anniversary (§143). True when the text starts the term at 0:00 of
    /// the day (002 §4-2: 利用開始日の0:00). See <see cref="ContractTimeline.StartFor"/>.
    /// </summary>
    public bool CountsFirstDay { get; init; }

    /// <summary>Length of the first term in months (004 §4-2: 1 year). Ignored when <see cref="FiscalYearAligned"/>.</summary>
    public int TermMonths { get; init; } = 12;

    /// <summary>
    /// First term ends on the first March 31 after the start; renewals run April 1 – March 31 (002 §4-2, §12-2).
    /// </summary>
    public bool FiscalYearAligned { get; init; }

    /// <summary>Whether the contract renews unless notice is given (004 §4-3; 002 §12-2).</summary>
    public bool AutoRenews { get; init; } = true;

    /// <summary>Length of each renewal in months (004 §4-3: 1年間延長; 002 §12-2: 4月から1年間).</summary>
    public int RenewalMonths { get; init; } = 12;

    /// <summary>
    /// Notice of non-renewal before expiry (004 §4-3: 満了の2か月前までに; 002 §12-1: 2か月前まで); null when a notice
    /// up to the last day ends the contract at the term's end (000 §19-2: the withdrawal ends it on acceptance).
    /// </summary>
    public NoticePeriod? NonRenewalNotice { get; init; } = NoticePeriod.Months(2);

    /// <summary>
    /// Whether a notice deadline that is not a business day moves to the previous business day (002 §12-1). 004 has no
    /// such rule: its deadline stays, and <see cref="ContractTerm.CancelByBusinessDay"/> tells the worklist to warn.
    /// </summary>
    public bool NoticeDeadlineRollsBack { get; init; }

    /// <summary>
    /// Reminders to the partner before each cancel-by date, in business days of <see cref="Calendar"/> before the last
    /// business day on or before it (issue 11: default 20 and 5; see <see cref="ContractTimeline.CancelByReminders"/>).
    /// </summary>
    public IReadOnlyList<int> CancelByReminderBusinessDays { get; init; } = DefaultCancelByReminders;

    /// <summary>Notice before a mid-term cancellation date (002 §12-1: 中途解約希望日の２か月前); null when the terms set none.</summary>
    public NoticePeriod? MidTermCancellationNotice { get; init; }

    /// <summary>Whether a customer ending the contract early pays the remaining term's fee (004 §4-5); 002 §12-3 has no penalty (and no refund).</summary>
    public bool EarlyTerminationPenalty { get; init; } = true;

    /// <summary>Whether a termination for the vendor's fault refunds the unused prepaid fee (003 §8-5).</summary>
    public bool RefundsOnVendorFault { get; init; }

    /// <summary>What a customer cancelling after a terms change gets back (004 §21-2; 002 §12-5; 003 §8-5).</summary>
    public TermsChangeRefund RefundAfterTermsChange { get; init; } = TermsChangeRefund.UnexpiredPart;

    /// <summary>
    /// The window after a terms-change notice in which a cancellation asks for the refund (002 §12-5: ２か月以内, rolled
    /// back to a business day like every 002 deadline); null when the terms set none.
    /// </summary>
    public NoticePeriod? TermsChangeCancellationWindow { get; init; }

    /// <summary>Whether the vendor ending the service refunds the unexpired part (004 §15-4; 002 §11-2; 003 §14-2).</summary>
    public bool RefundsOnDiscontinuation { get; init; } = true;

    /// <summary>
    /// Whether a renewal's fee is paid before the next term starts (002 §13-3-②: by the 25th two months before, i.e.
    /// February 25 for a term from April 1). A discontinuation between that day and the next term then refunds the paid
    /// next-term fee too (002 §11-2: the months after the abolition month, 受領済みの場合に限る).
    /// </summary>
    public bool RenewalPaidInAdvance { get; init; }

    /// <summary>
    /// Whether the plan carries insurance (004 §3-1-4, 別紙5; 002 §4-1-3, §4-3). Without it the timeline gives no
    /// insurance year (<see cref="ContractTimeline.InsuranceCoverage"/> is null) and documents print no insurance line.
    /// </summary>
    public bool HasInsurance { get; init; }

    /// <summary>Insurance coverage starts on the 1st of the month after the service start (004 別紙5; 002 §4-3).</summary>
    public bool InsuranceStartsNextMonth { get; init; } = true;

    /// <summary>Insurance coverage length in months (002 §4-3: 1年間).</summary>
    public int InsuranceMonths { get; init; } = 12;

    /// <summary>
    /// Insurance limit per company (004 別紙5: 1企業あたり最大300万円); null when the terms name no amount (002 §4-1-3
    /// only says a 保険金上限額 exists).
    /// </summary>
    public Yen? InsuranceLimit { get; init; }

    /// <summary>
    /// Notice the vendor gives before ending the service (004 §15-2: 2 months; 002 §11-1: 4; 003 §14-1: 3; 000 §23-2: 1).
    /// Its effective date is the first day without service, so a month-based deadline is counted from the day before.
    /// </summary>
    public NoticePeriod VendorTerminationNotice { get; init; } = NoticePeriod.Months(2);

    /// <summary>
    /// Notice before a terms change takes effect (004 §21-1: 1 week; 002 §3-3: 30 days; 003 §2-4: 15 days); null when the
    /// terms let a change apply as soon as it is announced (000 §3-2: from its posting on the web site).
    /// </summary>
    public NoticePeriod? TermsChangeNotice { get; init; } = NoticePeriod.Weeks(1);

    /// <summary>
    /// Notice before the vendor stops the service for maintenance or suspends it (000 §23-2: 休止する１カ月前までに電子メールで);
    /// null when the terms ask for notice before the stop without a period (004 §14-2: 停止する理由, 日時及び期間を通知,
    /// except in an emergency). See <see cref="ServiceNotices.NoticeLeadTime"/>.
    /// </summary>
    public NoticePeriod? SuspensionNotice { get; init; }

    /// <summary>
    /// Whether the terms let a terms change go out later than <see cref="TermsChangeNotice"/> in an emergency, the reason
    /// recorded (004 §21-1: 緊急でやむを得ない場合を除き); 002 §3-3 and 003 §2-4 give no such exception.
    /// </summary>
    public bool TermsChangeEmergencyException { get; init; }

    /// <summary>
    /// Whether the terms let the end of the service be announced later than <see cref="VendorTerminationNotice"/> in an
    /// emergency, the reason recorded (000 §23-2: 緊急のためやむを得ない場合はこの限りではない); 004 §15-2, 002 §11-1 and 003
    /// §14-1 give no such exception.
    /// </summary>
    public bool VendorTerminationEmergencyException { get; init; }

    /// <summary>
    /// The article that keeps the fee payable while the service is stopped (004 §14-3: 停止期間中の利用料金の支払を要する; 002
    /// §12-5: 当該サービスがあったものとして取扱います); null when the terms say nothing (no article reduces the fee either).
    /// </summary>
    public string? SuspensionFeesArticle { get; init; }

    /// <summary>
    /// When a notice's letter to the registered postal address counts as delivered. 001 §21-3: when it reaches the address, so a
    /// letter that comes back is not delivered (<see cref="ServiceNotices.LetterDeliveryRule.ReachesAddress"/>); 003 §10-2: when it
    /// would normally arrive, even if it does not (<see cref="ServiceNotices.LetterDeliveryRule.NormalArrival"/>). 004, 002 and 000
    /// say nothing of it: the general rule applies, a notice takes effect when it reaches the recipient (民法 §97-1; DOMAIN.md
    /// "Accounts and notices": when the letter arrives), so their presets need the letter to arrive.
    /// </summary>
    public ServiceNotices.LetterDeliveryRule LetterDelivery { get; init; } = ServiceNotices.LetterDeliveryRule.ReachesAddress;

    /// <summary>
    /// Time to cure a breach after receiving a written demand (004 §16-3: 14 days; 002 §10-1-3: 30 days; 003 §7-1-10: 14
    /// days without response); null when the terms set none.
    /// </summary>
    public NoticePeriod? BreachCure { get; init; } = NoticePeriod.Days(14);

    /// <summary>
    /// Notice before the vendor stops a user and ends the contract (000 §21-2: 利用中止日の１週間前までに); null when the
    /// terms set no period (004 §16 terminates without notice; 002 §10-2 and 001 §7-1 only say 予め).
    /// </summary>
    public NoticePeriod? UserStopNotice { get; init; }

    /// <summary>
    /// How long the customer's stored data is kept after the service ends before it is deleted or anonymised (001 §16:
    /// by a date the vendor sets; 004 §10-4: secret information returned or destroyed 速やかに; DOMAIN.md "Data after the
    /// end"). No seed gives a number: 90 days is the hub's default, long enough to export a customer's data and settle
    /// the hardware return; see <see cref="ContractTimeline.DataDeletionDue"/>.
    /// </summary>
    public NoticePeriod DataRetentionAfterEnd { get; init; } = NoticePeriod.Days(90);

    /// <summary>How partial terms are prorated.</summary>
    public ProrationMode Proration { get; init; } = ProrationMode.ByDays;

    /// <summary>Rounding of prorated amounts and daily prices (003 §8-7 rounds up).</summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.Down;

    /// <summary>
    /// The article that gives the outage credit: one day's licence price per full 24 hours the service stayed wholly unusable
    /// after a swap that did not fix the fault (004 §7-2; which swaps earn it: <see cref="Hardware.Swaps.SwapCase.OutageExclusion"/>).
    /// Null when the plan's terms give none: 002 §13-5 keeps the fee due while the UTM is faulty and leaves a long wait for a
    /// replacement to talks between the customer and the 本所; 003, 001 and 000 say nothing of it.
    /// </summary>
    public string? OutageCreditArticle { get; init; }

    /// <summary>Whether a total outage earns one day's licence price per full 24 hours (<see cref="OutageCreditArticle"/>).</summary>
    public bool OutageCreditPerFullDay => OutageCreditArticle is not null;

    /// <summary>The vendor's liability cap (004 §18-2; 002 §16-3/4; 003 §25).</summary>
    public LiabilityPolicy Liability { get; init; } = new(LiabilityBasis.PaymentsInLookback, 12, null);

    /// <summary>Who pays to ship the hardware back (004 §17-1; 002 §12-6).</summary>
    public ReturnShippingPayer ReturnShipping { get; init; } = ReturnShippingPayer.Customer;

    /// <summary>
    /// The day by which the hub expects the hardware back after the service ends, counted from the day after the last
    /// day. The seeds set no number (004 §4-4 遅滞なく, 別紙4 §4-3 速やかに): 14 days is the hub's follow-up date, after
    /// which vendor operations chase the return; whether a later return was without just reason (and owes damages) is
    /// still decided by people. See docs/decisions/ADR-003-contract-term-rules.md.
    /// </summary>
    public NoticePeriod ReturnExpectedWithin { get; init; } = NoticePeriod.Days(14);

    /// <summary>
    /// What the customer owes for a late, damaged or lost unit (004 別紙4 §4; 002 §5-3; 003 §15-1); null when the plan
    /// lends no hardware (001 §11 lends software only; 000 has none), so a return under it charges nothing.
    /// </summary>
    public ReturnChargePolicy? ReturnCharges { get; init; }

    /// <summary>
    /// The swap cost charged to the partner (for its customer) when a swap is the customer's fault: 004 §7-1 proviso
    /// (交換に要した費用を請求できる), §6-1-2/3 and 別紙4 §3-1 (相応の損害金). The seeds name no amount: ¥33,000 (tax included)
    /// is the hub's standard cost of a replacement unit's kitting and two shipments, set by the vendor per plan. Null when
    /// the plan's terms charge no swap (no hardware, or terms silent on it: 002 §5, 001, 000).
    /// </summary>
    public Yen? CustomerFaultSwapCost { get; init; }

    /// <summary>The business calendar for deadlines and start dates.</summary>
    public required BusinessCalendar Calendar { get; init; }

    /// <summary>
    /// The same rules on the calendar with the vendor's closures and holiday changes (<paramref name="calendars"/>): every
    /// deadline counted in business days, roll-back to a business day and 002 start day then respects them.
    /// </summary>
    public ServicePlanPolicy On(BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var adjusted = calendars.Adjusted(Calendar);
        return ReferenceEquals(adjusted, Calendar) ? this : this with { Calendar = adjusted };
    }

    /// <summary>
    /// 004: the reseller-sold sensor service. The term starts the day after delivery completion (§4-2, 民法 §140),
    /// renews yearly unless notice is given by the corresponding day two months before expiry (§4-3), which stays on a
    /// closed day (no roll-back rule); insurance of ¥3,000,000 per company from the 1st of the month after the start
    /// (別紙5).
    /// </summary>
    public static ServicePlanPolicy SensorService004 { get; } = new()
    {
        Code = "004",
        SuspensionFeesArticle = "004 §14-3",
        TermStart = TermStartRule.DeliveryCompletion,
        CountsFirstDay = false,
        NonRenewalNotice = NoticePeriod.Months(2),
        EarlyTerminationPenalty = true,
        RefundAfterTermsChange = TermsChangeRefund.UnexpiredPart,
        RefundsOnDiscontinuation = true,
        HasInsurance = true,
        InsuranceLimit = new Yen(3_000_000),
        VendorTerminationNotice = NoticePeriod.Months(2),
        TermsChangeNotice = NoticePeriod.Weeks(1),
        TermsChangeEmergencyException = true,
        BreachCure = NoticePeriod.Days(14),
        // §10-4: 速やかに returned or destroyed; the hub reads "promptly" as 30 days.
        DataRetentionAfterEnd = NoticePeriod.Days(30),
        Proration = ProrationMode.ByDays,
        Rounding = RoundingMode.Down,
        OutageCreditArticle = "004 §7-2",
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 12, null),
        ReturnShipping = ReturnShippingPayer.Customer,
        // 別紙4 §4-3: late without just reason → 相応の損害金; §4-4 and §6-1: damaged or lost → 相応の損害金. The vendor's
        // standard amounts: a late fee, the repair of a damaged unit, the replacement of a lost one.
        ReturnCharges = new ReturnChargePolicy(LateReturn: new Yen(10_000), Damage: new Yen(50_000), Loss: new Yen(150_000)),
        CustomerFaultSwapCost = new Yen(33_000),
        Calendar = BusinessCalendars.SensorServiceDesk,
    };

    /// <summary>
    /// 002: the chamber-of-commerce UTM service on fiscal years. The term starts at 0:00 of the 利用開始日 and counts it
    /// (§4-2); notice deadlines roll back to the previous business day (§12-1); insurance a year from the 1st of the
    /// next month (§4-3), with no amount named; a refund after a content change only at the 本所's discretion within 2
    /// months of the notice (§12-5). The seed names no retention period for data (the hub's default applies).
    /// </summary>
    public static ServicePlanPolicy ChamberUtm002 { get; } = new()
    {
        Code = "002",
        SuspensionFeesArticle = "002 §12-5",
        TermStart = TermStartRule.FifthBusinessDayAfterApplication,
        CountsFirstDay = true,
        FiscalYearAligned = true,
        NonRenewalNotice = NoticePeriod.Months(2),
        NoticeDeadlineRollsBack = true,
        MidTermCancellationNotice = NoticePeriod.Months(2),
        EarlyTerminationPenalty = false,
        RefundAfterTermsChange = TermsChangeRefund.AtVendorDiscretion,
        TermsChangeCancellationWindow = NoticePeriod.Months(2),
        RefundsOnDiscontinuation = true,
        RenewalPaidInAdvance = true,
        HasInsurance = true,
        InsuranceLimit = null,
        VendorTerminationNotice = NoticePeriod.Months(4),
        TermsChangeNotice = NoticePeriod.Days(30),
        BreachCure = NoticePeriod.Days(30),
        Proration = ProrationMode.ByMonths,
        Rounding = RoundingMode.Down,
        Liability = new LiabilityPolicy(LiabilityBasis.AnnualFee, 12, 20),
        ReturnShipping = ReturnShippingPayer.Vendor,
        // §5-3: 返却しない場合もしくは原状での返却ができない場合 → 実費相当額; nothing for a late return as such.
        ReturnCharges = new ReturnChargePolicy(LateReturn: null, Damage: new Yen(40_000), Loss: new Yen(120_000)),
        // 002 §5 lends the UTM but names no swap charge: a faulty unit is replaced without one.
        CustomerFaultSwapCost = null,
        Calendar = BusinessCalendars.ChamberUtm,
    };

    /// <summary>
    /// 003: a security vendor's base terms. The term is set by the individual contract (§4-2; the preset uses one year)
    /// and starts the day after the loan's delivery (§15-2, 民法 §140); it ends at its expiry (§13) with no renewal;
    /// no insurance and no ¥3,000,000 limit of its own; terms changes announced 15 days before (§2-4) with no refund to a
    /// customer who then cancels (§8-5 refunds only on the vendor's fault, by days); 3 months' notice of abolition with
    /// the remaining period refunded (§14); fractions rounded up (§8-7); liability capped at the fees received in the
    /// last 6 months with claims within 6 months (§25); 14 days without response before termination (§7-1-10). No
    /// early-termination penalty, no outage credit. 003 names no stopping notice or data retention period (the hub's
    /// default applies).
    /// </summary>
    public static ServicePlanPolicy SecurityVendor003 { get; } = SensorService004 with
    {
        Code = "003",
        // 003 says nothing of the fee during a stop (no reduction either): not 004 §14-3.
        SuspensionFeesArticle = null,
        CountsFirstDay = false,
        AutoRenews = false,
        EarlyTerminationPenalty = false,
        RefundsOnVendorFault = true,
        RefundAfterTermsChange = TermsChangeRefund.None,
        RefundsOnDiscontinuation = true,
        HasInsurance = false,
        InsuranceLimit = null,
        VendorTerminationNotice = NoticePeriod.Months(3),
        TermsChangeNotice = NoticePeriod.Days(15),
        // §2-3/§2-4 change the terms with 15 days' notice and no emergency exception (004 §21-1 has one).
        TermsChangeEmergencyException = false,
        // §10-2: a notice sent to the contact the customer named counts as arrived when it would normally arrive, even if it
        // does not: a letter that comes back stays delivered on its normal arrival day.
        LetterDelivery = ServiceNotices.LetterDeliveryRule.NormalArrival,
        BreachCure = NoticePeriod.Days(14),
        DataRetentionAfterEnd = NoticePeriod.Days(90),
        Proration = ProrationMode.ByDays,
        Rounding = RoundingMode.Up,
        OutageCreditArticle = null,
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 6, 6),
        // §15-1: 減失、毀損 → the customer compensates; §15-3 names no charge for lateness.
        ReturnCharges = new ReturnChargePolicy(LateReturn: null, Damage: new Yen(50_000), Loss: new Yen(150_000)),
    };

    /// <summary>
    /// 001: the consultation desk pilot. Free (§10), so no penalty and no refund of any kind; the service starts on the
    /// 利用開始日, the day the vendor opens it, counted (§3-6); the pilot runs to the end of March (§1-1: 2023-01-04 to
    /// 2023年3月末), modelled as a term ending on the first March 31, without renewal (§9-1); a participant's request
    /// ends it when accepted (§9-2), so no notice period. Notices are deemed delivered per §21 (web posting when posted,
    /// e-mail when sent, letter on arrival). Data is deleted by a date the vendor sets (§16): the hub's 90-day default.
    /// The seed is silent on how long before a terms change (§2 only: the effective time is announced) or the pilot's
    /// stop (§19) the notice comes, and on a period before stopping a participant (§7-1: あらかじめ): the conservative
    /// 004 values (1 week, 2 months) apply to the first two, none to the last. No insurance, no hardware (§11 lends software).
    /// </summary>
    public static ServicePlanPolicy ConsultationPilot001 { get; } = new()
    {
        Code = "001",
        // §21-3: a letter is delivered when it reaches the participant's address; §21-4: another method at the time the notice names.
        LetterDelivery = ServiceNotices.LetterDeliveryRule.ReachesAddress,
        TermStart = TermStartRule.ContractFormation,
        CountsFirstDay = true,
        FiscalYearAligned = true,
        AutoRenews = false,
        NonRenewalNotice = null,
        EarlyTerminationPenalty = false,
        RefundAfterTermsChange = TermsChangeRefund.None,
        RefundsOnDiscontinuation = false,
        HasInsurance = false,
        VendorTerminationNotice = NoticePeriod.Months(2),
        TermsChangeNotice = NoticePeriod.Weeks(1),
        BreachCure = null,
        UserStopNotice = null,
        DataRetentionAfterEnd = NoticePeriod.Days(90),
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 12, null),
        Calendar = BusinessCalendars.ConsultationDesk,
    };

    /// <summary>
    /// 000: the threat-information sharing service. Free (§18-1), so no penalty or refund; the contract forms when the
    /// user ID is issued by e-mail (§7-2), an event during a day, so the first day is the next (民法 §140); it has no
    /// fixed term and runs until the user withdraws, which ends it on acceptance without notice (§19), modelled as
    /// yearly terms that renew with no notice period; the association stops a user after a week's notice of the reason
    /// and date (§21-2) and suspends or abolishes the service after a month's e-mail notice (§23-2); a terms change
    /// applies from its posting (§3-2). No cure period, insurance or hardware. The seed is silent on data after the end:
    /// the hub's 90-day default applies.
    /// </summary>
    public static ServicePlanPolicy ThreatSharing000 { get; } = new()
    {
        Code = "000",
        TermStart = TermStartRule.ContractFormation,
        CountsFirstDay = false,
        AutoRenews = true,
        NonRenewalNotice = null,
        EarlyTerminationPenalty = false,
        RefundAfterTermsChange = TermsChangeRefund.None,
        RefundsOnDiscontinuation = false,
        HasInsurance = false,
        VendorTerminationNotice = NoticePeriod.Months(1),
        TermsChangeNotice = null,
        SuspensionNotice = NoticePeriod.Months(1),
        VendorTerminationEmergencyException = true,
        BreachCure = null,
        UserStopNotice = NoticePeriod.Weeks(1),
        DataRetentionAfterEnd = NoticePeriod.Days(90),
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 12, null),
        Calendar = BusinessCalendars.ThreatSharing,
    };

    /// <summary>
    /// The rules of the plan <paramref name="planCode"/>, through the policy the plan names
    /// (<see cref="Pricing.ServicePlan.PolicyCode"/>).
    /// </summary>
    /// <exception cref="RuleViolationException">
    /// <see cref="RuleViolation.PlanWithoutPolicy"/>: the plan is unknown or names no known policy (never read as 004).
    /// </exception>
    public static ServicePlanPolicy ForPlan(string planCode) =>
        TryForPlan(planCode, out var policy)
            ? policy
            : throw new RuleViolationException(RuleViolation.PlanWithoutPolicy, $"Plan '{planCode}' has no contract policy.", nameof(planCode));

    /// <summary>The rules of the plan <paramref name="planCode"/>; false when the plan is unknown or its policy is not.</summary>
    public static bool TryForPlan(string? planCode, [NotNullWhen(true)] out ServicePlanPolicy? policy)
    {
        policy = Pricing.ServicePlan.Find(planCode) is { } plan ? ForSeed(plan.PolicyCode) : null;
        return policy is not null;
    }

    /// <summary>A preset by seed code (004, 002, 003, 001, 000); null for an unknown code.</summary>
    public static ServicePlanPolicy? ForSeed(string code) => code switch
    {
        "004" => SensorService004,
        "002" => ChamberUtm002,
        "003" => SecurityVendor003,
        "001" => ConsultationPilot001,
        "000" => ThreatSharing000,
        _ => null,
    };
}
