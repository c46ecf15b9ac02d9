using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// Fees and due dates of fiscal-year plans (002 §4-2, §13-3): terms end on March 31 and renew April 1.
/// Due dates are calendar dates as the terms state them ("25日までに"); 002 §13 does not move them off
/// holidays, so no business-day calendar is applied here.
/// </summary>
public static class FiscalYearPlanBilling
{
    /// <summary>The day of the month fees fall due (002 §13-3).</summary>
    public const int DueDay = 25;

    /// <summary>A contract formed on or after this day pays by the 25th of the next month (002 §13-3-①).</summary>
    public const int LateContractDay = 15;

    /// <summary>
    /// Last day of the free preparation period (無償期間): the end of the month containing the usage start date
    /// (002 §13-3-①: 利用開始日の属する月の月末までの期間). The appliance is delivered and installed in it (002 §5-1).
    /// </summary>
    public static DateOnly FreePeriodEnd(DateOnly serviceStart) =>
        new(serviceStart.Year, serviceStart.Month, DateTime.DaysInMonth(serviceStart.Year, serviceStart.Month));

    /// <summary>End of the first term: the first March 31 on or after the usage start date (002 §4-2-①).</summary>
    public static DateOnly FirstTermEnd(DateOnly serviceStart) =>
        new(serviceStart.Month <= 3 ? serviceStart.Year : serviceStart.Year + 1, 3, 31);

    /// <summary>
    /// Months charged for the first term: the months of the first term minus the free period, i.e. the months
    /// after the start month through March. A start in March leaves none (the whole first term is free).
    /// </summary>
    public static int FirstTermChargeableMonths(DateOnly serviceStart) =>
        Proration.MonthsAfter(serviceStart, FirstTermEnd(serviceStart));

    /// <summary>
    /// First-term fee (002 §13-3-①): the annual fee × 1/12 × the chargeable months. Computed as
    /// annual × months / 12 with a single rounding, so a fee not divisible by 12 is not rounded per month first.
    /// </summary>
    public static Yen FirstTermFee(Yen annualFee, DateOnly serviceStart, RoundingMode rounding) =>
        Proration.ByMonths(annualFee, FirstTermChargeableMonths(serviceStart), rounding);

    /// <summary>
    /// Due date of the first payment (002 §13-3-①): the 25th of the month in which the contract was formed, or
    /// the 25th of the next month when it was formed on or after the 15th.
    /// </summary>
    public static DateOnly FirstPaymentDueDate(DateOnly contractDate)
    {
        var month = new DateOnly(contractDate.Year, contractDate.Month, DueDay);
        return contractDate.Day >= LateContractDay ? month.AddMonths(1) : month;
    }

    /// <summary>
    /// Due date of a renewal payment (002 §13-3-②): the 25th of the month two months before the month the next
    /// term starts (a term from April 1 is due February 25).
    /// </summary>
    public static DateOnly RenewalPaymentDueDate(DateOnly nextTermStart) =>
        new DateOnly(nextTermStart.Year, nextTermStart.Month, DueDay).AddMonths(-2);

    /// <summary>
    /// True when the first term starts in February or March, so the customer may agree to pay the first term
    /// and the following full year in one sum (002 §13-3, なお書き).
    /// </summary>
    public static bool MayCombineWithNextTerm(DateOnly serviceStart) => serviceStart.Month is 2 or 3;
}
