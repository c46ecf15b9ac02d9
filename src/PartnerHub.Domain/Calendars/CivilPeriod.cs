namespace PartnerHub.Domain.Calendars;

/// <summary>
/// Periods counted by the Civil Code's rules (民法 §140–§143), which the seeds' "1年間", "2か月前までに" and
/// "14日以内" follow: a period of months ends on the day before the day that corresponds to its first day, or on the
/// last day of the month when that month has no such day. Every term, notice deadline and cure period in the Domain
/// is computed here, so "two months before a month-end expiry" means the same thing everywhere. "Nか月前まで"
/// deadlines count back to the corresponding day of the end date (<see cref="MonthsBefore"/>), as decided in
/// DOMAIN.md ("Decisions where the seeds leave room").
/// </summary>
public static class CivilPeriod
{
    /// <summary>
    /// The last day (inclusive) of a period of <paramref name="months"/> months whose first day is
    /// <paramref name="firstDay"/> (民法 §143-2). 2028-02-29 + 12 months ends 2029-02-28; 2027-01-31 + 1 month ends
    /// 2027-02-28; 2026-04-01 + 12 months ends 2027-03-31.
    /// </summary>
    public static DateOnly EndOfMonths(DateOnly firstDay, int months)
    {
        RequirePositive(months, nameof(months));
        var corresponding = firstDay.AddMonths(months);
        // AddMonths clamps a missing day (Jan 31 → Feb 28): then the period ends on that month's last day itself.
        return corresponding.Day == firstDay.Day ? corresponding.AddDays(-1) : corresponding;
    }

    /// <summary>The last day (inclusive) of a period of <paramref name="days"/> days starting on <paramref name="firstDay"/>.</summary>
    public static DateOnly EndOfDays(DateOnly firstDay, int days)
    {
        RequirePositive(days, nameof(days));
        return firstDay.AddDays(days - 1);
    }

    /// <summary>
    /// The deadline "<paramref name="months"/>か月前まで" for a period whose last day is <paramref name="lastDay"/>
    /// (004 §4-3: 利用期間満了の2か月前までに; 004 §15-2; 002 §12-1): the corresponding day (応当日) of the month
    /// <paramref name="months"/> months earlier, or that month's last day when it has no such day (DOMAIN.md, "Decisions":
    /// "Nか月前まで" deadlines). Expiry 2027-03-31 → 2027-01-31; 2027-12-09 → 2027-10-09; 2027-09-30 → 2027-07-30;
    /// 2027-02-28 → 2026-12-28; 2027-04-30 → 2027-02-28; 2028-04-30 → 2028-02-29. Moving a deadline that is not a
    /// business day is the caller's business (002 rolls back, 004 does not).
    /// </summary>
    public static DateOnly MonthsBefore(DateOnly lastDay, int months)
    {
        RequirePositive(months, nameof(months));
        // AddMonths keeps the day of the month and clamps a missing one to the month's last day: the decided rule.
        return lastDay.AddMonths(-months);
    }

    /// <summary>
    /// The earliest last day whose "<paramref name="months"/>か月前まで" deadline (<see cref="MonthsBefore"/>) is on or
    /// after <paramref name="noticeDay"/>: the corresponding day <paramref name="months"/> months later, or, when that
    /// month has no such day (a notice on 12-29 to 12-31 for two months), the 1st of the month after it, because every
    /// day of the shorter month has an earlier deadline.
    /// </summary>
    public static DateOnly FirstLastDayMonthsAfter(DateOnly noticeDay, int months)
    {
        RequirePositive(months, nameof(months));
        var corresponding = noticeDay.AddMonths(months);
        return corresponding.Day == noticeDay.Day ? corresponding : new DateOnly(corresponding.Year, corresponding.Month, 1).AddMonths(1);
    }

    /// <summary>The last day on which notice can be given so that <paramref name="days"/> full days run by the end of <paramref name="lastDay"/>.</summary>
    public static DateOnly LatestNoticeForDays(DateOnly lastDay, int days)
    {
        RequirePositive(days, nameof(days));
        return lastDay.AddDays(-days);
    }

    private static void RequirePositive(int count, string name)
    {
        if (count < 1)
        {
            throw new RuleViolationException(RuleViolation.NonPositiveCount, "A period must be at least one unit long.", name);
        }
    }
}
