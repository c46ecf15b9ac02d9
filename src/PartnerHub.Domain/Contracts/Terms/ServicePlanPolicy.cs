using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>How a contract's first term starts.</summary>
public enum TermStartRule
{
    /// <summary>On the hardware delivery completion date (004 §4-2: 納入完了日から1年間).</summary>
    DeliveryCompletion,

    /// <summary>
    /// Application on or before the 5th: the 5th business day of the next month; otherwise of the month after
    /// (002 §4-2).
    /// </summary>
    FifthBusinessDayAfterApplication,
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
/// <see cref="SensorService004"/>, <see cref="ChamberUtm002"/>, <see cref="SecurityVendor003"/>.
/// </summary>
public sealed record ServicePlanPolicy
{
    /// <summary>Seed code of the terms the policy expresses (004, 002, 003) or a custom code.</summary>
    public required string Code { get; init; }

    /// <summary>How the first term starts.</summary>
    public required TermStartRule TermStart { get; init; }

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

    /// <summary>Notice of non-renewal before expiry (004 §4-3: 満了の2か月前までに; 002 §12-1: 2か月前まで).</summary>
    public NoticePeriod NonRenewalNotice { get; init; } = NoticePeriod.Months(2);

    /// <summary>Whether a notice deadline that is not a business day moves to the previous business day (002 §12-1).</summary>
    public bool NoticeDeadlineRollsBack { get; init; }

    /// <summary>Notice before a mid-term cancellation date (002 §12-1: 中途解約希望日の２か月前); null when the terms set none.</summary>
    public NoticePeriod? MidTermCancellationNotice { get; init; }

    /// <summary>Whether a customer ending the contract early pays the remaining term's fee (004 §4-5); 002 §12-3 has no penalty (and no refund).</summary>
    public bool EarlyTerminationPenalty { get; init; } = true;

    /// <summary>Whether a termination for the vendor's fault refunds the unused prepaid fee (003 §8-5).</summary>
    public bool RefundsOnVendorFault { get; init; }

    /// <summary>Insurance coverage starts on the 1st of the month after the service start (004 別紙5; 002 §4-3).</summary>
    public bool InsuranceStartsNextMonth { get; init; } = true;

    /// <summary>Insurance coverage length in months (002 §4-3: 1年間).</summary>
    public int InsuranceMonths { get; init; } = 12;

    /// <summary>Insurance limit per company (004 別紙5: 1企業あたり最大300万円).</summary>
    public Yen InsuranceLimit { get; init; } = new(3_000_000);

    /// <summary>Notice the vendor gives before ending the service (004 §15-2: 2 months; 002 §11-1: 4; 003 §14-1: 3; 000 §23-2: 1).</summary>
    public NoticePeriod VendorTerminationNotice { get; init; } = NoticePeriod.Months(2);

    /// <summary>Notice before a terms change takes effect (004 §21-1: 1 week; 002 §3-3: 30 days).</summary>
    public NoticePeriod TermsChangeNotice { get; init; } = NoticePeriod.Weeks(1);

    /// <summary>Time to cure a breach after receiving a written demand (004 §16-3: 14 days; 002 §10-1-3: 30 days; 003 §7-1-10: 14 days).</summary>
    public NoticePeriod BreachCure { get; init; } = NoticePeriod.Days(14);

    /// <summary>How partial terms are prorated.</summary>
    public ProrationMode Proration { get; init; } = ProrationMode.ByDays;

    /// <summary>Rounding of prorated amounts and daily prices (003 §8-7 rounds up).</summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.Down;

    /// <summary>Whether a total outage earns one day's licence price per full 24 hours (004 §7-2).</summary>
    public bool OutageCreditPerFullDay { get; init; }

    /// <summary>The vendor's liability cap (004 §18-2; 002 §16-3/4; 003 §25).</summary>
    public LiabilityPolicy Liability { get; init; } = new(LiabilityBasis.PaymentsInLookback, 12, null);

    /// <summary>Who pays to ship the hardware back (004 §17-1; 002 §12-6).</summary>
    public ReturnShippingPayer ReturnShipping { get; init; } = ReturnShippingPayer.Customer;

    /// <summary>The business calendar for deadlines and start dates.</summary>
    public required BusinessCalendar Calendar { get; init; }

    /// <summary>004: the reseller-sold sensor service.</summary>
    public static ServicePlanPolicy SensorService004 { get; } = new()
    {
        Code = "004",
        TermStart = TermStartRule.DeliveryCompletion,
        NonRenewalNotice = NoticePeriod.Months(2),
        EarlyTerminationPenalty = true,
        VendorTerminationNotice = NoticePeriod.Months(2),
        TermsChangeNotice = NoticePeriod.Weeks(1),
        BreachCure = NoticePeriod.Days(14),
        Proration = ProrationMode.ByDays,
        Rounding = RoundingMode.Down,
        OutageCreditPerFullDay = true,
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 12, null),
        ReturnShipping = ReturnShippingPayer.Customer,
        Calendar = BusinessCalendars.SensorServiceDesk,
    };

    /// <summary>002: the chamber-of-commerce UTM service on fiscal years.</summary>
    public static ServicePlanPolicy ChamberUtm002 { get; } = new()
    {
        Code = "002",
        TermStart = TermStartRule.FifthBusinessDayAfterApplication,
        FiscalYearAligned = true,
        NonRenewalNotice = NoticePeriod.Months(2),
        NoticeDeadlineRollsBack = true,
        MidTermCancellationNotice = NoticePeriod.Months(2),
        EarlyTerminationPenalty = false,
        VendorTerminationNotice = NoticePeriod.Months(4),
        TermsChangeNotice = NoticePeriod.Days(30),
        BreachCure = NoticePeriod.Days(30),
        Proration = ProrationMode.ByMonths,
        Rounding = RoundingMode.Down,
        Liability = new LiabilityPolicy(LiabilityBasis.AnnualFee, 12, 20),
        ReturnShipping = ReturnShippingPayer.Vendor,
        Calendar = BusinessCalendars.ChamberUtm,
    };

    /// <summary>
    /// 003: a security vendor's base terms where they differ from 004: 3 months' notice of abolition (§14-1),
    /// refunds by days also on the vendor's fault (§8-5), fractions rounded up (§8-7), liability capped at the fees
    /// received in the last 6 months with claims within 6 months (§25), 14 days without response before termination
    /// (§7-1-10). 003 sets no early-termination penalty and no outage credit.
    /// </summary>
    public static ServicePlanPolicy SecurityVendor003 { get; } = SensorService004 with
    {
        Code = "003",
        EarlyTerminationPenalty = false,
        RefundsOnVendorFault = true,
        VendorTerminationNotice = NoticePeriod.Months(3),
        Proration = ProrationMode.ByDays,
        Rounding = RoundingMode.Up,
        OutageCreditPerFullDay = false,
        Liability = new LiabilityPolicy(LiabilityBasis.PaymentsInLookback, 6, 6),
    };

    /// <summary>The rules of a plan: the chamber UTM plan follows 002, everything else 004.</summary>
    public static ServicePlanPolicy ForPlan(string planCode) =>
        string.Equals(planCode, Pricing.ServicePlan.ChamberUtm.Code, StringComparison.Ordinal) ? ChamberUtm002 : SensorService004;

    /// <summary>A preset by seed code (004, 002, 003); null for an unknown code.</summary>
    public static ServicePlanPolicy? ForSeed(string code) => code switch
    {
        "004" => SensorService004,
        "002" => ChamberUtm002,
        "003" => SecurityVendor003,
        _ => null,
    };
}
