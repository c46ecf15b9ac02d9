using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// Proration of fees for refunds and partial terms. Which method applies is a policy of the contract:
/// whole months (002 §11-2) or days (003 §8-5). Every result is rounded once, explicitly.
/// </summary>
public static class Proration
{
    /// <summary>
    /// Whole months from the month after <paramref name="eventDate"/> through the month of
    /// <paramref name="termEnd"/> (002 §11-2: 廃止日の属する月の翌月から利用期間満了日の属する月までの月数);
    /// zero when the event falls in or after the term's last month.
    /// </summary>
    public static int MonthsAfter(DateOnly eventDate, DateOnly termEnd)
    {
        int months = MonthIndex(termEnd) - MonthIndex(eventDate);
        return Math.Max(months, 0);
    }

    /// <summary><paramref name="annualFee"/> / 12 × <paramref name="months"/>, rounded once by <paramref name="rounding"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static Yen ByMonths(Yen annualFee, int months, RoundingMode rounding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return annualFee.MultiplyFraction(months, 12, rounding);
    }

    /// <summary>
    /// Refund when the service is abolished (002 §11-2): the annual fee for the months after the abolition month
    /// through the term's last month.
    /// </summary>
    public static Yen RefundByMonths(Yen annualFee, DateOnly abolitionDate, DateOnly termEnd, RoundingMode rounding) =>
        ByMonths(annualFee, MonthsAfter(abolitionDate, termEnd), rounding);

    /// <summary><paramref name="amount"/> × <paramref name="days"/> / <paramref name="periodDays"/>, rounded once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is negative or more than <paramref name="periodDays"/>, or the period is empty.
    /// </exception>
    public static Yen ByDays(Yen amount, int days, int periodDays, RoundingMode rounding)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodDays);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, periodDays);
        return amount.MultiplyFraction(days, periodDays, rounding);
    }

    /// <summary>
    /// Daily refund of the unused part of a prepaid fee (003 §8-5: 未利用分に該当する金額を日割り計算により返還).
    /// The term runs from <paramref name="termStart"/> to <paramref name="termEnd"/>, both inclusive; the
    /// customer used the service through <paramref name="lastServiceDay"/>, so the days after it are refunded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The term is reversed, or the last day lies outside it.</exception>
    public static Yen RefundByDays(Yen prepaid, DateOnly termStart, DateOnly termEnd, DateOnly lastServiceDay, RoundingMode rounding)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(termEnd, termStart);
        if (lastServiceDay < termStart.AddDays(-1) || lastServiceDay > termEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(lastServiceDay), lastServiceDay, "The last service day must lie in the term.");
        }

        int periodDays = termEnd.DayNumber - termStart.DayNumber + 1;
        int unusedDays = termEnd.DayNumber - lastServiceDay.DayNumber;
        return ByDays(prepaid, unusedDays, periodDays, rounding);
    }

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
