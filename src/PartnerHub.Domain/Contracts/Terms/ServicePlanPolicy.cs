using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>How a contract's first term starts.</summary>
public enum TermStartRule
{
    /// <summary>On the hardware delivery completion date (004 §4-2).</summary>
    DeliveryCompletion,

    /// <summary>
    /// Application on or before the 5th: the 5th business day of the next month; otherwise of the month after
    /// (002 §4).
    /// </summary>
    FifthBusinessDayAfterApplication,
}

/// <summary>How refunds and penalties for part of a term are prorated (a policy setting).</summary>
public enum ProrationMode
{
    /// <summary>By whole months after the month of the event (002 §11-2).</summary>
    ByMonths,

    /// <summary>By days (003 §8-5).</summary>
    ByDays,
}

/// <summary>
/// The contract rules of one service plan, as data, so the hub can express each seed's terms. Presets:
/// <see cref="SensorService004"/>, <see cref="ChamberUtm002"/>, <see cref="SecurityVendor003"/>.
/// </summary>
public sealed record ServicePlanPolicy
{
    /// <summary>How the first term starts.</summary>
    public required TermStartRule TermStart { get; init; }

    /// <summary>Length of a term in months (12 in every seed).</summary>
    public int TermMonths { get; init; } = 12;

    /// <summary>First term ends on the first March 31 after the start; renewals run April 1 – March 31 (002 §4).</summary>
    public bool FiscalYearAligned { get; init; }

    /// <summary>Whether the contract renews unless notice is given (004 §4-3).</summary>
    public bool AutoRenews { get; init; } = true;

    /// <summary>Months before expiry by which non-renewal must be notified (004 §4-3: 2).</summary>
    public int NonRenewalNoticeMonths { get; init; } = 2;

    /// <summary>Whether a notice deadline that is not a business day moves to the previous business day (002 §12-1).</summary>
    public bool NoticeDeadlineRollsBack { get; init; }

    /// <summary>Insurance coverage starts on the 1st of the month after the service start (004 別紙5; 002 §4-3).</summary>
    public bool InsuranceStartsNextMonth { get; init; } = true;

    /// <summary>Insurance coverage length in months (1 year).</summary>
    public int InsuranceMonths { get; init; } = 12;

    /// <summary>Insurance limit per company (004 別紙5: ¥3,000,000).</summary>
    public Yen InsuranceLimit { get; init; } = new(3_000_000);

    /// <summary>Notice the vendor gives before ending the service (004 §15-2: 2 months; 002 §11: 4; 003 §14: 3; 000 §23: 1).</summary>
    public int VendorTerminationNoticeMonths { get; init; } = 2;

    /// <summary>Notice before a terms change takes effect (004 §21-1: 7 days; 002 §3-3: 30 days).</summary>
    public int TermsChangeNoticeDays { get; init; } = 7;

    /// <summary>Days to cure a breach after written notice before termination (004 §16-3: 14; 002 §10: 30).</summary>
    public int BreachCureDays { get; init; } = 14;

    /// <summary>How partial terms are prorated.</summary>
    public ProrationMode Proration { get; init; } = ProrationMode.ByDays;

    /// <summary>Rounding of prorated amounts (003 §8-7 rounds up).</summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.Down;

    /// <summary>The business calendar for deadlines and start dates.</summary>
    public required BusinessCalendar Calendar { get; init; }

    /// <summary>004: the reseller-sold sensor service.</summary>
    public static ServicePlanPolicy SensorService004 { get; } = new()
    {
        TermStart = TermStartRule.DeliveryCompletion,
        NonRenewalNoticeMonths = 2,
        VendorTerminationNoticeMonths = 2,
        TermsChangeNoticeDays = 7,
        BreachCureDays = 14,
        Proration = ProrationMode.ByDays,
        Calendar = BusinessCalendars.SensorServiceDesk,
    };

    /// <summary>002: the chamber-of-commerce UTM service on fiscal years.</summary>
    public static ServicePlanPolicy ChamberUtm002 { get; } = new()
    {
        TermStart = TermStartRule.FifthBusinessDayAfterApplication,
        FiscalYearAligned = true,
        NonRenewalNoticeMonths = 2,
        NoticeDeadlineRollsBack = true,
        VendorTerminationNoticeMonths = 4,
        TermsChangeNoticeDays = 30,
        BreachCureDays = 30,
        Proration = ProrationMode.ByMonths,
        Calendar = BusinessCalendars.ChamberUtm,
    };

    /// <summary>The rules of a plan: the chamber UTM plan follows 002, everything else 004.</summary>
    public static ServicePlanPolicy ForPlan(string planCode) =>
        string.Equals(planCode, Pricing.ServicePlan.ChamberUtm.Code, StringComparison.Ordinal) ? ChamberUtm002 : SensorService004;

    /// <summary>003: a security vendor's base terms (rounding up, refunds by days, 3 months' notice).</summary>
    public static ServicePlanPolicy SecurityVendor003 { get; } = SensorService004 with
    {
        VendorTerminationNoticeMonths = 3,
        Rounding = RoundingMode.Up,
        Proration = ProrationMode.ByDays,
    };
}
