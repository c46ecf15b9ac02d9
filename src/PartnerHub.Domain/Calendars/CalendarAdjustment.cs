namespace PartnerHub.Domain.Calendars;

/// <summary>What a vendor administrator changes in a business calendar.</summary>
public enum CalendarAdjustmentKind
{
    /// <summary>The desk is closed on these days (e.g. a year-end closure 12/29–1/3 or an office move).</summary>
    Closure,

    /// <summary>A national holiday the Act's rules cannot know, set by a special law (e.g. the 2019 accession day).</summary>
    HolidayAdded,

    /// <summary>A day the rules call a national holiday that a special law moved away (e.g. the 2020/2021 Olympic moves).</summary>
    HolidayRemoved,
}

/// <summary>Why a calendar adjustment is refused; codes for the UI to localise.</summary>
public enum CalendarAdjustmentProblem
{
    /// <summary>No name given: every adjustment says what it is (年末年始休業, 即位の日).</summary>
    NameRequired,

    /// <summary>The name is longer than <see cref="CalendarAdjustment.MaxNameLength"/>.</summary>
    NameTooLong,

    /// <summary>The last day is before the first.</summary>
    EndBeforeStart,

    /// <summary>The first day has passed: deadlines already computed on past days are not changed afterwards.</summary>
    StartsInPast,

    /// <summary>The last day is more than <see cref="CalendarAdjustment.MaxYearsAhead"/> years ahead.</summary>
    TooFarAhead,

    /// <summary>A closure longer than <see cref="CalendarAdjustment.MaxClosureDays"/> days (almost surely a typo).</summary>
    ClosureTooLong,

    /// <summary>A holiday is added or removed one day at a time.</summary>
    HolidayIsOneDay,

    /// <summary>The date is a national holiday already.</summary>
    AlreadyAHoliday,

    /// <summary>The date is not a national holiday, so there is nothing to remove.</summary>
    NotAHoliday,

    /// <summary>Another adjustment of the calendar covers one of the days.</summary>
    OverlapsAnother,

    /// <summary>The adjustment has begun or passed and stays as it was.</summary>
    AlreadyInEffect,
}

/// <summary>
/// A dated change to one business calendar, kept as data next to the seed's rules (DOMAIN.md: closures are per calendar,
/// national holidays by the law's rules). It applies to computations from its first day; one that has begun is never
/// changed or removed, so a deadline computed on a past day stays what it was.
/// </summary>
public sealed class CalendarAdjustment
{
    /// <summary>The longest name stored.</summary>
    public const int MaxNameLength = 100;

    /// <summary>How far ahead an adjustment may reach.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>The longest closure accepted, in days.</summary>
    public const int MaxClosureDays = 31;

    private CalendarAdjustment(Guid id, string calendarCode, CalendarAdjustmentKind kind, DateOnly from, DateOnly to, string name, DateTimeOffset recordedAt, string recordedBy)
    {
        Id = id;
        CalendarCode = calendarCode;
        Kind = kind;
        From = from;
        To = to;
        Name = name;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The calendar changed (a seed code: 004, 002, 001, 000).</summary>
    public string CalendarCode { get; private set; }

    /// <summary>What changes.</summary>
    public CalendarAdjustmentKind Kind { get; private set; }

    /// <summary>First day concerned.</summary>
    public DateOnly From { get; private set; }

    /// <summary>Last day concerned (inclusive; the first day for a holiday).</summary>
    public DateOnly To { get; private set; }

    /// <summary>What it is, e.g. 年末年始休業 or 即位の日.</summary>
    public string Name { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>
    /// Records an adjustment of <paramref name="calendar"/> (code <paramref name="calendarCode"/>), or says why not.
    /// <paramref name="existing"/> are the calendar's stored adjustments.
    /// </summary>
    public static (CalendarAdjustment? Adjustment, IReadOnlyList<CalendarAdjustmentProblem> Problems) Record(
        string calendarCode, BusinessCalendar calendar, IEnumerable<CalendarAdjustment> existing, CalendarAdjustmentKind kind,
        DateOnly from, DateOnly to, string? name, DateOnly today, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarCode);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(existing);
        var problems = new List<CalendarAdjustmentProblem>();
        string trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problems.Add(CalendarAdjustmentProblem.NameRequired);
        }
        else if (trimmed.Length > MaxNameLength)
        {
            problems.Add(CalendarAdjustmentProblem.NameTooLong);
        }

        if (to < from)
        {
            problems.Add(CalendarAdjustmentProblem.EndBeforeStart);
            return (null, problems);
        }

        if (from < today)
        {
            problems.Add(CalendarAdjustmentProblem.StartsInPast);
        }

        if (to > today.AddYears(MaxYearsAhead))
        {
            problems.Add(CalendarAdjustmentProblem.TooFarAhead);
        }

        CheckKind(calendar, kind, from, to, problems);
        if (existing.Any(a => string.Equals(a.CalendarCode, calendarCode, StringComparison.Ordinal) && a.From <= to && from <= a.To))
        {
            problems.Add(CalendarAdjustmentProblem.OverlapsAnother);
        }

        return problems.Count > 0
            ? (null, problems)
            : (new CalendarAdjustment(Guid.NewGuid(), calendarCode, kind, from, to, trimmed, at, by), problems);
    }

    /// <summary>Null when the adjustment may still be removed on <paramref name="today"/>: only one that has not begun.</summary>
    public CalendarAdjustmentProblem? CheckRemoval(DateOnly today) => From > today ? null : CalendarAdjustmentProblem.AlreadyInEffect;

    /// <summary>The days concerned.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary><paramref name="calendar"/> with <paramref name="adjustments"/> applied (closures closed, holidays added or removed).</summary>
    public static BusinessCalendar Apply(BusinessCalendar calendar, IEnumerable<CalendarAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(adjustments);
        CalendarAdjustment[] all = [.. adjustments];
        if (all.Length == 0)
        {
            return calendar;
        }

        var closed = all.Where(a => a.Kind == CalendarAdjustmentKind.Closure).SelectMany(a => a.Days());
        var holidays = all.Where(a => a.Kind != CalendarAdjustmentKind.Closure)
            .Select(a => a.Kind == CalendarAdjustmentKind.HolidayAdded ? HolidayOverride.Add(a.From, a.Name) : HolidayOverride.Remove(a.From));
        return calendar.WithClosedDates(closed).WithHolidays(calendar.Holidays.WithOverrides(holidays));
    }

    private static void CheckKind(BusinessCalendar calendar, CalendarAdjustmentKind kind, DateOnly from, DateOnly to, List<CalendarAdjustmentProblem> problems)
    {
        if (kind == CalendarAdjustmentKind.Closure)
        {
            if (to.DayNumber - from.DayNumber + 1 > MaxClosureDays)
            {
                problems.Add(CalendarAdjustmentProblem.ClosureTooLong);
            }

            return;
        }

        if (from != to)
        {
            problems.Add(CalendarAdjustmentProblem.HolidayIsOneDay);
            return;
        }

        bool isHoliday = calendar.Holidays.IsHoliday(from);
        if (kind == CalendarAdjustmentKind.HolidayAdded && isHoliday)
        {
            problems.Add(CalendarAdjustmentProblem.AlreadyAHoliday);
        }
        else if (kind == CalendarAdjustmentKind.HolidayRemoved && !isHoliday)
        {
            problems.Add(CalendarAdjustmentProblem.NotAHoliday);
        }
    }
}
