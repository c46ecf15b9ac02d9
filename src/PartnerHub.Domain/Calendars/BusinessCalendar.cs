using System.Numerics;

namespace PartnerHub.Domain.Calendars;

/// <summary>
/// A business calendar as data: which days are business days (weekends, national holidays, annual and ad-hoc
/// closures) and the working hours of a business day, all in Asia/Tokyo whatever the server's time zone.
/// Ready-made calendars for the seeds are in <see cref="BusinessCalendars"/>. Instances are immutable and
/// thread-safe; each year's business days are computed once, on first use, as a bit set.
/// </summary>
public sealed class BusinessCalendar
{
    private const int WordsPerYear = 6; // 6 × 64 bits ≥ 366 days

    private const int SteadyOffsetSince = 1952;
    private static readonly TimeZoneInfo s_tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeSpan s_steadyOffset = TimeSpan.FromHours(9);
    private readonly HashSet<DateOnly> _closedDates;

    // Bit i of a year's words is set when Jan 1 + i is a business day. Each slot is written once.
    private readonly ulong[]?[] _openDays = new ulong[]?[JapaneseHolidays.LastYear - JapaneseHolidays.FirstYear + 1];

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">Name shown to users.</param>
    /// <param name="workingHours">Working intervals of a business day: ordered, non-overlapping, non-empty.</param>
    /// <param name="annualClosures">Closures every year (e.g. Dec 28 – Jan 4).</param>
    /// <param name="closedDates">One-off closed dates (e.g. an office move).</param>
    /// <param name="closedOnNationalHolidays">Whether national, substitute and citizens' holidays are closed.</param>
    /// <param name="holidays">The holiday table, e.g. with published overrides; the Act's rules by default.</param>
    /// <exception cref="RuleViolationException">Invalid working hours (<see cref="RuleViolation.InvalidWorkingHours"/>).</exception>
    public BusinessCalendar(
        string name,
        IReadOnlyList<WorkingHours> workingHours,
        IReadOnlyList<AnnualClosure>? annualClosures = null,
        IEnumerable<DateOnly>? closedDates = null,
        bool closedOnNationalHolidays = true,
        JapaneseHolidays? holidays = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(workingHours);
        if (workingHours.Count == 0 || workingHours.Any(h => h.End <= h.Start)
            || workingHours.Zip(workingHours.Skip(1)).Any(pair => pair.Second.Start < pair.First.End))
        {
            throw new RuleViolationException(
                RuleViolation.InvalidWorkingHours, "Working hours must be non-empty, ordered and non-overlapping intervals.", nameof(workingHours));
        }

        Name = name;
        WorkingHours = [.. workingHours];
        AnnualClosures = [.. annualClosures ?? []];
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

    /// <summary>One-off closed dates.</summary>
    public IReadOnlyCollection<DateOnly> ClosedDates => _closedDates;

    /// <summary>Whether national, substitute and citizens' holidays are closed (true for every seed).</summary>
    public bool ClosedOnNationalHolidays { get; }

    /// <summary>The holiday table used.</summary>
    public JapaneseHolidays Holidays { get; }

    /// <summary>Tokyo, the time zone of every business calendar here.</summary>
    public static TimeZoneInfo TokyoTimeZone => s_tokyo;

    /// <summary>Working time of one business day.</summary>
    public TimeSpan HoursPerDay => WorkingHours.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Length);

    /// <summary>A copy with more one-off closed dates (the original is unchanged).</summary>
    public BusinessCalendar WithClosedDates(IEnumerable<DateOnly> dates) =>
        new(Name, WorkingHours, AnnualClosures, _closedDates.Concat(dates), ClosedOnNationalHolidays, Holidays);

    /// <summary>A copy that uses <paramref name="holidays"/>, e.g. with a newly announced special holiday.</summary>
    public BusinessCalendar WithHolidays(JapaneseHolidays holidays) =>
        new(Name, WorkingHours, AnnualClosures, _closedDates, ClosedOnNationalHolidays, holidays);

    /// <summary>The Tokyo calendar day of <paramref name="instant"/>.</summary>
    public static DateOnly TokyoDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToTokyo(instant).DateTime);

    /// <summary>The instant of Tokyo wall-clock <paramref name="time"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset TokyoInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // Japan has kept UTC+9 without daylight saving since 1952 (tz database); the zone lookup is only needed for
        // the 1948–1951 summer time, and it dominates SLA-clock loops otherwise.
        return new DateTimeOffset(local, day.Year >= SteadyOffsetSince ? s_steadyOffset : s_tokyo.GetUtcOffset(local));
    }

    /// <summary>True for a weekday that is neither a (closed) holiday nor a closure.</summary>
    /// <exception cref="RuleViolationException">The year is outside 1948–2150.</exception>
    public bool IsBusinessDay(DateOnly date)
    {
        var open = OpenDays(date.Year);
        int index = date.DayOfYear - 1;
        return (open[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextBusinessDay(DateOnly date) => Step(date, 1);

    /// <summary>The last business day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousBusinessDay(DateOnly date) => Step(date, -1);

    /// <summary><paramref name="date"/> itself when it is a business day, else the next business day.</summary>
    public DateOnly OnOrAfter(DateOnly date) => IsBusinessDay(date) ? date : NextBusinessDay(date);

    /// <summary><paramref name="date"/> itself when it is a business day, else the previous business day.</summary>
    public DateOnly OnOrBefore(DateOnly date) => IsBusinessDay(date) ? date : PreviousBusinessDay(date);

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="businessDays"/> business days: forwards when positive (the
    /// N-th business day after it), backwards when negative; 0 gives the date itself if it is a business day, else the
    /// next one. For N ≠ 0, <c>BusinessDaysBetween(date, AddBusinessDays(date, N)) == N</c> from any date.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int businessDays) =>
        businessDays == 0 ? OnOrAfter(date) : Step(date, businessDays);

    /// <summary>
    /// The business days stepped over when moving from <paramref name="from"/> to <paramref name="to"/>: those in
    /// (from, to] counted positive when to ≥ from, those in [to, from) counted negative when to &lt; from. This
    /// makes it the inverse of <see cref="AddBusinessDays"/>; when both dates are business days it is also
    /// antisymmetric.
    /// </summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to) =>
        to >= from ? CountOpen(from.AddDays(1), to) : -CountOpen(to, from.AddDays(-1));

    /// <summary>Business days from <paramref name="from"/> to <paramref name="to"/>, both inclusive (0 when reversed).</summary>
    public int CountBusinessDays(DateOnly from, DateOnly to) => to < from ? 0 : CountOpen(from, to);

    /// <summary>The <paramref name="n"/>-th business day of a month (002 §4-2: the 5th business day).</summary>
    /// <exception cref="RuleViolationException">n &lt; 1, or the month has fewer business days.</exception>
    public DateOnly NthBusinessDayOfMonth(int year, int month, int n)
    {
        if (n < 1)
        {
            throw new RuleViolationException(RuleViolation.NonPositiveCount, "Business days are counted from 1.", nameof(n));
        }

        var day = Step(new DateOnly(year, month, 1).AddDays(-1), n);
        if (day.Month != month || day.Year != year)
        {
            throw new RuleViolationException(RuleViolation.NotEnoughBusinessDays, $"{year}-{month:D2} has fewer than {n} business days.", nameof(n));
        }

        return day;
    }

    /// <summary>
    /// The deadline "<paramref name="months"/>か月前まで" for <paramref name="lastDay"/>: its corresponding day (see
    /// <see cref="CivilPeriod.MonthsBefore"/>); when <paramref name="rollBackToBusinessDay"/> and that day is not
    /// a business day, the previous business day (002 §12-1: 当該日より前の直近の営業日).
    /// </summary>
    public DateOnly MonthsBefore(DateOnly lastDay, int months, bool rollBackToBusinessDay)
    {
        var deadline = CivilPeriod.MonthsBefore(lastDay, months);
        return rollBackToBusinessDay ? OnOrBefore(deadline) : deadline;
    }

    /// <summary>True when <paramref name="instant"/> is inside working hours of a business day.</summary>
    public bool IsWithinBusinessHours(DateTimeOffset instant)
    {
        var local = ToTokyo(instant).DateTime;
        var date = DateOnly.FromDateTime(local);
        if (!IsBusinessDay(date))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local);
        for (int i = 0; i < WorkingHours.Count; i++)
        {
            if (time >= WorkingHours[i].Start && time < WorkingHours[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="instant"/> itself when inside working hours, else the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        var day = TokyoDate(instant);
        while (true)
        {
            if (IsBusinessDay(day))
            {
                foreach (var hours in WorkingHours)
                {
                    if (TokyoInstant(day, hours.End) > instant)
                    {
                        var start = TokyoInstant(day, hours.Start);
                        return start > instant ? start : instant;
                    }
                }
            }

            day = NextBusinessDay(day);
        }
    }

    /// <summary>The close of business on <paramref name="day"/> (the end of its last working interval).</summary>
    public DateTimeOffset CloseOfBusiness(DateOnly day) => TokyoInstant(day, WorkingHours[^1].End);

    /// <summary>
    /// The desk's first-answer deadline for an inquiry received at <paramref name="receivedAt"/>, at any hour: the
    /// close of business of the next business day after the Tokyo day of receipt (004 別紙3 §2-4: 翌営業日への一次回答).
    /// </summary>
    public DateTimeOffset EndOfNextBusinessDay(DateTimeOffset receivedAt) => CloseOfBusiness(NextBusinessDay(TokyoDate(receivedAt)));

    /// <summary>The working intervals between two instants, clipped to them, in order.</summary>
    public IReadOnlyList<TimeInterval> WorkingIntervals(DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<TimeInterval>();
        if (to <= from)
        {
            return result;
        }

        var last = TokyoDate(to);
        for (var day = OnOrAfter(TokyoDate(from)); day <= last; day = NextBusinessDay(day))
        {
            foreach (var hours in WorkingHours)
            {
                var start = TokyoInstant(day, hours.Start);
                var end = TokyoInstant(day, hours.End);
                if (start < from)
                {
                    start = from;
                }

                if (end > to)
                {
                    end = to;
                }

                if (end > start)
                {
                    result.Add(new TimeInterval(start, end));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Working time between two instants less the <paramref name="pauses"/> (e.g. while waiting for the customer):
    /// the basis of business-hours SLA clocks. Pauses may overlap each other or lie outside working hours; time is
    /// never subtracted twice. Zero when <paramref name="to"/> is not after <paramref name="from"/>.
    /// </summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to, IEnumerable<TimeInterval>? pauses = null)
    {
        var merged = Merge(pauses);
        var total = TimeSpan.Zero;
        foreach (var interval in WorkingIntervals(from, to))
        {
            total += interval.Duration;
            foreach (var pause in merged)
            {
                if (pause.Start >= interval.End)
                {
                    break;
                }

                var start = pause.Start > interval.Start ? pause.Start : interval.Start;
                var end = pause.End < interval.End ? pause.End : interval.End;
                if (end > start)
                {
                    total -= end - start;
                }
            }
        }

        return total;
    }

    private static DateTimeOffset ToTokyo(DateTimeOffset instant) =>
        instant.UtcDateTime.Year >= SteadyOffsetSince ? instant.ToOffset(s_steadyOffset) : TimeZoneInfo.ConvertTime(instant, s_tokyo);

    private static List<TimeInterval> Merge(IEnumerable<TimeInterval>? intervals)
    {
        var merged = new List<TimeInterval>();
        foreach (var interval in (intervals ?? []).Where(i => i.End > i.Start).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                if (interval.End > merged[^1].End)
                {
                    merged[^1] = merged[^1] with { End = interval.End };
                }
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    // Moves |steps| business days from date (exclusive) in the sign's direction, a 64-day word at a time.
    private DateOnly Step(DateOnly date, int steps)
    {
        int year = date.Year;
        int remaining = Math.Abs(steps);
        if (steps > 0)
        {
            int index = date.DayOfYear; // the day after date, zero-based
            while (true)
            {
                if (index >= DaysIn(year))
                {
                    year++;
                    index = 0;
                }

                var open = OpenDays(year);
                ulong bits = open[index >> 6] & (ulong.MaxValue << (index & 63));
                int count = BitOperations.PopCount(bits);
                if (count >= remaining)
                {
                    for (; remaining > 1; remaining--)
                    {
                        bits &= bits - 1;
                    }

                    return DayOf(year, ((index >> 6) << 6) + BitOperations.TrailingZeroCount(bits));
                }

                remaining -= count;
                index = ((index >> 6) + 1) << 6;
            }
        }
        else
        {
            int index = date.DayOfYear - 2; // the day before date, zero-based
            while (true)
            {
                if (index < 0)
                {
                    year--;
                    index = DaysIn(year) - 1;
                }

                var open = OpenDays(year);
                int bit = index & 63;
                ulong bits = open[index >> 6] & (bit == 63 ? ulong.MaxValue : (1UL << (bit + 1)) - 1);
                int count = BitOperations.PopCount(bits);
                if (count >= remaining)
                {
                    for (; remaining > 1; remaining--)
                    {
                        bits &= ~(1UL << (63 - BitOperations.LeadingZeroCount(bits)));
                    }

                    return DayOf(year, ((index >> 6) << 6) + 63 - BitOperations.LeadingZeroCount(bits));
                }

                remaining -= count;
                index = ((index >> 6) << 6) - 1;
            }
        }
    }

    // Business days in [from, to], both inclusive, by population counts over the yearly bit sets.
    private int CountOpen(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        int count = 0;
        for (int year = from.Year; year <= to.Year; year++)
        {
            var open = OpenDays(year);
            int first = year == from.Year ? from.DayOfYear - 1 : 0;
            int last = year == to.Year ? to.DayOfYear - 1 : DaysIn(year) - 1;
            for (int word = first >> 6; word <= last >> 6; word++)
            {
                ulong bits = open[word];
                if (word == first >> 6)
                {
                    bits &= ulong.MaxValue << (first & 63);
                }

                if (word == last >> 6 && (last & 63) != 63)
                {
                    bits &= (1UL << ((last & 63) + 1)) - 1;
                }

                count += BitOperations.PopCount(bits);
            }
        }

        return count;
    }

    private ulong[] OpenDays(int year)
    {
        JapaneseHolidays.RequireYear(year);
        int slot = year - JapaneseHolidays.FirstYear;
        var open = Volatile.Read(ref _openDays[slot]);
        if (open is null)
        {
            Interlocked.CompareExchange(ref _openDays[slot], ComputeOpenDays(year), null);
            open = Volatile.Read(ref _openDays[slot])!;
        }

        return open;
    }

    private ulong[] ComputeOpenDays(int year)
    {
        var open = new ulong[WordsPerYear];
        var day = new DateOnly(year, 1, 1);
        for (int index = 0; index < DaysIn(year); index++, day = day.AddDays(1))
        {
            bool closed = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
                || (ClosedOnNationalHolidays && Holidays.IsHoliday(day))
                || _closedDates.Contains(day)
                || AnnualClosures.Any(c => c.Covers(day));
            if (!closed)
            {
                open[index >> 6] |= 1UL << (index & 63);
            }
        }

        return open;
    }

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    private static DateOnly DayOf(int year, int index) => DateOnly.FromDayNumber(new DateOnly(year, 1, 1).DayNumber + index);
}
