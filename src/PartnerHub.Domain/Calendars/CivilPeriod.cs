namespace PartnerHub.Domain.Calendars;

/// <summary>
/// Periods counted by the Civil Code's rules (民法 §140–§143), which the seeds' "1年間", "2か月前までに" and
/// "14日以内" follow: a period of months ends on the day before the day that corresponds to its first day, or on the
/// last day of the month when that month has no such day. Every term, notice deadline and cure period in the Domain
/// is computed here, so "two months before a month-end expiry" means the same thing everywhere.
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
    /// The last day on which notice can be given so that a full notice period of <paramref name="months"/> months,
    /// counted from the next day (初日不算入, 民法 §140), has run by the end of <paramref name="lastDay"/>: the
    /// deadline of "満了の2か月前までに" (004 §4-3) for an expiry on <paramref name="lastDay"/>.
    /// Expiry 3/31 → 1/31; 12/9 → 10/9; 9/30 → 7/31 (not 7/30); 2/28 → 12/31.
    /// </summary>
    public static DateOnly LatestNoticeForMonths(DateOnly lastDay, int months)
    {
        RequirePositive(months, nameof(months));
        // The period ends monotonically later as the notice day moves later: start near the answer and step.
        var notice = lastDay.AddDays(1).AddMonths(-months).AddDays(-1);
        while (EndOfMonths(notice.AddDays(2), months) <= lastDay)
        {
            notice = notice.AddDays(1);
        }

        while (EndOfMonths(notice.AddDays(1), months) > lastDay)
        {
            notice = notice.AddDays(-1);
        }

        return notice;
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
