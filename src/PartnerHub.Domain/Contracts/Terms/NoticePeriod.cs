using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>The unit of a <see cref="NoticePeriod"/>.</summary>
public enum PeriodUnit
{
    /// <summary>Days (004 §16-3: 14 days; 002 §3-3: 30 days).</summary>
    Days,

    /// <summary>Weeks of 7 days (004 §21-1: 1 week).</summary>
    Weeks,

    /// <summary>Calendar months by the Civil Code (004 §4-3, §15-2: 2 months; 002 §11-1: 4 months).</summary>
    Months,
}

/// <summary>
/// A period of notice or grace. A notice for an effective date E is in time when given on or before
/// <see cref="LatestNoticeDate"/>(E), and a notice given on day D allows E from <see cref="EarliestEffectiveDate"/>(D),
/// the smallest E whose latest notice date is on or after D. Days and weeks are counted by the Civil Code (民法 §140:
/// the notice day is not counted, and the whole period must run before E). Months are "Nか月前まで" deadlines: the
/// corresponding day N months before the last day before E, or that month's last day (DOMAIN.md "Decisions";
/// <see cref="CivilPeriod.MonthsBefore"/>).
/// </summary>
/// <param name="Count">Number of units; at least 1.</param>
/// <param name="Unit">Days, weeks or months.</param>
public readonly record struct NoticePeriod(int Count, PeriodUnit Unit)
{
    /// <summary>A period of <paramref name="months"/> months.</summary>
    public static NoticePeriod Months(int months) => new(months, PeriodUnit.Months);

    /// <summary>A period of <paramref name="days"/> days.</summary>
    public static NoticePeriod Days(int days) => new(days, PeriodUnit.Days);

    /// <summary>A period of <paramref name="weeks"/> weeks.</summary>
    public static NoticePeriod Weeks(int weeks) => new(weeks, PeriodUnit.Weeks);

    /// <summary>The last day (inclusive) of this period when it starts on <paramref name="firstDay"/>.</summary>
    public DateOnly EndWhenStartingOn(DateOnly firstDay) => Unit switch
    {
        PeriodUnit.Months => CivilPeriod.EndOfMonths(firstDay, Count),
        PeriodUnit.Weeks => CivilPeriod.EndOfDays(firstDay, checked(Count * 7)),
        PeriodUnit.Days => CivilPeriod.EndOfDays(firstDay, Count),
    };

    /// <summary>
    /// The last day a notice can be given for something that takes effect on <paramref name="effectiveDate"/> (the first
    /// day of the new state, e.g. the day after an expiry). Days and weeks: the period counted from the day after the
    /// notice must have run by the end of the day before. Months: the corresponding day N months before that last day
    /// (004 §4-3, §15-2; 002 §12-1), the month's last day when it has no such day.
    /// </summary>
    public DateOnly LatestNoticeDate(DateOnly effectiveDate)
    {
        var lastDay = effectiveDate.AddDays(-1);
        return Unit switch
        {
            PeriodUnit.Months => CivilPeriod.MonthsBefore(lastDay, Count),
            PeriodUnit.Weeks => CivilPeriod.LatestNoticeForDays(lastDay, checked(Count * 7)),
            PeriodUnit.Days => CivilPeriod.LatestNoticeForDays(lastDay, Count),
        };
    }

    /// <summary>
    /// The earliest effective date of a notice given on <paramref name="noticeDate"/>: the smallest date E with
    /// <see cref="LatestNoticeDate"/>(E) on or after <paramref name="noticeDate"/>.
    /// </summary>
    public DateOnly EarliestEffectiveDate(DateOnly noticeDate) => Unit == PeriodUnit.Months
        ? CivilPeriod.FirstLastDayMonthsAfter(noticeDate, Count).AddDays(1)
        : EndWhenStartingOn(noticeDate.AddDays(1)).AddDays(1);

    /// <summary>"2 months", "14 days", for logs and tests (the UI formats from <see cref="Count"/> and <see cref="Unit"/>).</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count} {Unit.ToString().ToLowerInvariant()}");
}
