namespace PartnerHub.Domain.Calendars;

/// <summary>
/// A business calendar as data: which days are business days (weekends, national holidays, annual and ad-hoc
/// closures) and the working hours of a business day, all in Asia/Tokyo whatever the server's time zone.
/// Ready-made calendars for the seeds are in <see cref="BusinessCalendars"/>.
/// </summary>
public sealed class BusinessCalendar
{
    private static readonly TimeZoneInfo s_tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private readonly HashSet<DateOnly> _closedDates;

    /// <summary>Creates a calendar; working hours must be ordered, non-overlapping and non-empty.</summary>
    public BusinessCalendar(
        string name,
        IReadOnlyList<WorkingHours> workingHours,
        IReadOnlyList<AnnualClosure>? annualClosures = null,
        IEnumerable<DateOnly>? closedDates = null,
        bool closedOnNationalHolidays = true,
        JapaneseHolidays? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(workingHours);
        if (workingHours.Count == 0 || workingHours.Any(h => h.End <= h.Start)
            || workingHours.Zip(workingHours.Skip(1)).Any(pair => pair.Second.Start < pair.First.End))
        {
            throw new ArgumentException("Working hours must be non-empty, ordered and non-overlapping intervals.", nameof(workingHours));
        }

        Name = name;
        WorkingHours = workingHours;
        AnnualClosures = annualClosures ?? [];
        _closedDates = [.. closedDates ?? []];
        ClosedOnNationalHolidays = closedOnNationalHolidays;
        Holidays = holidays ?? JapaneseHolidays.ByLaw;
    }

    /// <summary>Name shown to users, e.g. 二次受付窓口.</summary>
    public string Name { get; }

    /// <summary>Working intervals of every business day.</summary>
    public IReadOnlyList<WorkingHours> WorkingHours { get; }

    /// <summary>Closures that recur every year.</summary>
    public IReadOnlyList<AnnualClosure> AnnualClosures { get; }

    /// <summary>Whether national, substitute and citizens' holidays are closed (true for every seed).</summary>
    public bool ClosedOnNationalHolidays { get; }

    /// <summary>The holiday table used.</summary>
    public JapaneseHolidays Holidays { get; }

    /// <summary>Tokyo, the time zone of every business calendar here.</summary>
    public static TimeZoneInfo TokyoTimeZone => s_tokyo;

    /// <summary>True for a weekday that is neither a holiday nor a closure.</summary>
    public bool IsBusinessDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            || (ClosedOnNationalHolidays && Holidays.IsHoliday(date))
            || _closedDates.Contains(date))
        {
            return false;
        }

        // A plain loop: this runs for every day of long spans, where LINQ's closures would allocate.
        for (int i = 0; i < AnnualClosures.Count; i++)
        {
            if (AnnualClosures[i].Covers(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextBusinessDay(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The last business day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousBusinessDay(DateOnly date)
    {
        var day = date.AddDays(-1);
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="businessDays"/> business days (backwards when negative);
    /// 0 gives the date itself if it is a business day, else the next one.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int businessDays)
    {
        if (businessDays == 0)
        {
            return IsBusinessDay(date) ? date : NextBusinessDay(date);
        }

        var day = date;
        for (int i = 0; i < Math.Abs(businessDays); i++)
        {
            day = businessDays > 0 ? NextBusinessDay(day) : PreviousBusinessDay(day);
        }

        return day;
    }

    /// <summary>Business days in the half-open range (<paramref name="from"/>, <paramref name="to"/>]; negative when to &lt; from.</summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -BusinessDaysBetween(to, from);
        }

        int count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The <paramref name="n"/>-th business day of a month (002: service starts on the 5th business day).</summary>
    public DateOnly NthBusinessDayOfMonth(int year, int month, int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "Business days are counted from 1.");
        }

        var first = new DateOnly(year, month, 1);
        var day = IsBusinessDay(first) ? first : NextBusinessDay(first);
        for (int i = 1; i < n; i++)
        {
            day = NextBusinessDay(day);
        }

        if (day.Month != month)
        {
            throw new ArgumentOutOfRangeException(nameof(n), $"{year}-{month:D2} has fewer than {n} business days.");
        }

        return day;
    }

    /// <summary>
    /// A deadline <paramref name="months"/> months before <paramref name="date"/>; when <paramref name="rollBackToBusinessDay"/>
    /// and that day is not a business day, the previous business day (002 §12-1).
    /// </summary>
    public DateOnly MonthsBefore(DateOnly date, int months, bool rollBackToBusinessDay)
    {
        var deadline = date.AddMonths(-months);
        return rollBackToBusinessDay && !IsBusinessDay(deadline) ? PreviousBusinessDay(deadline) : deadline;
    }

    /// <summary>True when <paramref name="instant"/> is inside working hours of a business day.</summary>
    public bool IsWithinBusinessHours(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, s_tokyo);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsBusinessDay(date) && WorkingHours.Any(h => time >= h.Start && time < h.End);
    }

    /// <summary><paramref name="instant"/> itself inside working hours, else the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        foreach (var (start, _) in IntervalsFrom(instant))
        {
            return start > instant ? start : instant;
        }

        throw new InvalidOperationException("A business calendar always has a next opening.");
    }

    /// <summary>
    /// The desk's first-answer deadline for an inquiry received at <paramref name="receivedAt"/>: the close of
    /// business of the next business day after the day of receipt (004 別紙3 §2-4).
    /// </summary>
    public DateTimeOffset EndOfNextBusinessDay(DateTimeOffset receivedAt)
    {
        var receiptDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, s_tokyo).DateTime);
        var day = NextBusinessDay(receiptDay);
        return Tokyo(day, WorkingHours[^1].End);
    }

    /// <summary>
    /// Working time between two instants, less the given pauses (e.g. while waiting for the customer): the basis of
    /// business-hours SLA clocks.
    /// </summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to, IEnumerable<(DateTimeOffset From, DateTimeOffset To)>? pauses = null)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var pauseList = (pauses ?? []).Where(p => p.To > p.From).OrderBy(p => p.From).ToList();
        var total = TimeSpan.Zero;
        foreach (var (start, end) in IntervalsFrom(from))
        {
            if (start >= to)
            {
                break;
            }

            var a = start < from ? from : start;
            var b = end > to ? to : end;
            if (b <= a)
            {
                continue;
            }

            total += b - a;
            foreach (var (pauseFrom, pauseTo) in pauseList)
            {
                var pa = pauseFrom > a ? pauseFrom : a;
                var pb = pauseTo < b ? pauseTo : b;
                if (pb > pa)
                {
                    total -= pb - pa;
                }
            }
        }

        return total;
    }

    /// <summary>Working intervals as instants, from the business day of <paramref name="instant"/> onwards.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> IntervalsFrom(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, s_tokyo).DateTime);
        if (!IsBusinessDay(day))
        {
            day = NextBusinessDay(day);
        }

        while (true)
        {
            foreach (var hours in WorkingHours)
            {
                var end = Tokyo(day, hours.End);
                if (end > instant)
                {
                    yield return (Tokyo(day, hours.Start), end);
                }
            }

            day = NextBusinessDay(day);
        }
    }

    private static DateTimeOffset Tokyo(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, s_tokyo.GetUtcOffset(local));
    }
}
