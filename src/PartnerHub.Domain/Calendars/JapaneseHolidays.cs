namespace PartnerHub.Domain.Calendars;

/// <summary>
/// Japanese national holidays computed by the rules of the Act on National Holidays from its entry into force
/// (1948-07-20) to 2150: fixed dates with their years of validity, Happy Monday holidays (2000, 2003), the vernal
/// and autumnal equinox days by the astronomical approximation the Cabinet Office's calculations use, substitute
/// holidays (1973 rule, 2007 rule), citizens' holidays (1985) and the one-off holidays of special laws (imperial
/// events; the 2020/2021 Olympic moves). <see cref="WithOverrides(IEnumerable{HolidayOverride})"/> applies published announcements that the
/// rules cannot know (e.g. a future equinox date or a new special law).
/// </summary>
public sealed class JapaneseHolidays
{
    /// <summary>First year computed.</summary>
    public const int FirstYear = 1948;

    /// <summary>Last year computed (the equinox approximation's published range ends in 2150).</summary>
    public const int LastYear = 2150;

    private static readonly DateOnly s_lawInForce = new(1948, 7, 20);
    private static readonly DateOnly s_substituteSince = new(1973, 4, 12);
    private static readonly DateOnly s_citizensSince = new(1985, 12, 27);

    // Indexed by year - FirstYear; each slot is written once (a benign race computes the same table twice at worst).
    private readonly YearTable?[] _years = new YearTable?[LastYear - FirstYear + 1];
    private readonly IReadOnlyDictionary<DateOnly, string?> _overrides;

    private JapaneseHolidays(IReadOnlyDictionary<DateOnly, string?> overrides)
    {
        _overrides = overrides;
    }

    /// <summary>The holidays as the law's rules give them, with no announced overrides.</summary>
    public static JapaneseHolidays ByLaw { get; } = new(new Dictionary<DateOnly, string?>());

    /// <summary>The overrides applied on top of the Act's rules, by date.</summary>
    public IReadOnlyDictionary<DateOnly, string?> Overrides => _overrides;

    /// <summary>
    /// A copy with published overrides applied (later entries for the same date win); substitute and citizens'
    /// holidays are derived again from the result. The original is unchanged.
    /// </summary>
    public JapaneseHolidays WithOverrides(IEnumerable<HolidayOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = new Dictionary<DateOnly, string?>(_overrides);
        foreach (var change in overrides)
        {
            RequireYear(change.Date.Year);
            merged[change.Date] = change.Name;
        }

        return new JapaneseHolidays(merged);
    }

    /// <summary>As <see cref="WithOverrides(IEnumerable{HolidayOverride})"/>: a name adds a holiday, null removes it.</summary>
    public JapaneseHolidays WithOverrides(IEnumerable<KeyValuePair<DateOnly, string?>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return WithOverrides(overrides.Select(o => new HolidayOverride(o.Key, o.Value)));
    }

    /// <summary>The holiday on <paramref name="date"/>, or null.</summary>
    /// <exception cref="RuleViolationException">The year is outside 1948–2150 (<see cref="RuleViolation.YearOutOfRange"/>).</exception>
    public Holiday? Find(DateOnly date) => ForYear(date.Year).ByDate.GetValueOrDefault(date);

    /// <summary>True when <paramref name="date"/> is a national, substitute or citizens' holiday.</summary>
    public bool IsHoliday(DateOnly date) => ForYear(date.Year).ByDate.ContainsKey(date);

    /// <summary>Every holiday of <paramref name="year"/>, in date order (computed once per year, then cached).</summary>
    public IReadOnlyList<Holiday> InYear(int year) => ForYear(year).Sorted;

    /// <summary>Every holiday from <paramref name="from"/> to <paramref name="to"/> inclusive, in date order.</summary>
    public IEnumerable<Holiday> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new RuleViolationException(RuleViolation.EndBeforeStart, "The range ends before it starts.", nameof(to));
        }

        for (int year = from.Year; year <= to.Year; year++)
        {
            foreach (var holiday in InYear(year))
            {
                if (holiday.Date >= from && holiday.Date <= to)
                {
                    yield return holiday;
                }
            }
        }
    }

    internal static void RequireYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new RuleViolationException(
                RuleViolation.YearOutOfRange, $"Holidays are computed for {FirstYear}–{LastYear}, not {year}.", nameof(year));
        }
    }

    private YearTable ForYear(int year)
    {
        RequireYear(year);
        int index = year - FirstYear;
        var table = Volatile.Read(ref _years[index]);
        if (table is null)
        {
            Interlocked.CompareExchange(ref _years[index], Compute(year), null);
            table = Volatile.Read(ref _years[index])!;
        }

        return table;
    }

    private YearTable Compute(int year)
    {
        var national = new Dictionary<DateOnly, string>();
        foreach (var (date, name) in NationalHolidays(year).Where(h => h.Date >= s_lawInForce))
        {
            national[date] = name;
        }

        foreach (var (date, name) in _overrides.Where(o => o.Key.Year == year))
        {
            if (name is null)
            {
                national.Remove(date);
            }
            else
            {
                national[date] = name;
            }
        }

        var result = national.ToDictionary(h => h.Key, h => new Holiday(h.Key, h.Value, HolidayKind.NationalHoliday));
        AddSubstitutes(result, national);
        AddCitizensHolidays(result, national);
        return new YearTable(result, [.. result.Values.OrderBy(h => h.Date)]);
    }

    private sealed record YearTable(Dictionary<DateOnly, Holiday> ByDate, IReadOnlyList<Holiday> Sorted);

    // Art. 3-2: from 1973-04-12 a national holiday on Sunday gives the next day; from 2007 the nearest day after it
    // that is not a national holiday (so a Sunday 5/3 moves the day off to 5/6).
    private static void AddSubstitutes(Dictionary<DateOnly, Holiday> result, Dictionary<DateOnly, string> national)
    {
        foreach (var sunday in national.Keys.Where(d => d.DayOfWeek == DayOfWeek.Sunday && d >= s_substituteSince).OrderBy(d => d).ToList())
        {
            var day = sunday.AddDays(1);
            if (sunday.Year >= 2007)
            {
                while (national.ContainsKey(day))
                {
                    day = day.AddDays(1);
                }
            }
            else if (national.ContainsKey(day))
            {
                continue;
            }

            if (day.Year == sunday.Year)
            {
                result.TryAdd(day, new Holiday(day, "振替休日", HolidayKind.Substitute));
            }
        }
    }

    // Art. 3-3: a day whose previous and next days are national holidays is a day off, unless it is a Sunday or
    // already a substitute holiday.
    private static void AddCitizensHolidays(Dictionary<DateOnly, Holiday> result, Dictionary<DateOnly, string> national)
    {
        foreach (var before in national.Keys.OrderBy(d => d).ToList())
        {
            var day = before.AddDays(1);
            if (day >= s_citizensSince && national.ContainsKey(day.AddDays(1)) && !national.ContainsKey(day)
                && day.DayOfWeek != DayOfWeek.Sunday && !result.ContainsKey(day))
            {
                result[day] = new Holiday(day, "国民の休日", HolidayKind.Citizens);
            }
        }
    }

    private static IEnumerable<(DateOnly Date, string Name)> NationalHolidays(int year)
    {
        DateOnly On(int month, int day) => new(year, month, day);

        yield return (On(1, 1), "元日");
        yield return (year < 2000 ? On(1, 15) : NthMonday(year, 1, 2), "成人の日");
        if (year >= 1967)
        {
            yield return (On(2, 11), "建国記念の日");
        }

        if (year >= 2020)
        {
            yield return (On(2, 23), "天皇誕生日");
        }

        yield return (On(3, VernalEquinoxDay(year)), "春分の日");
        yield return (On(4, 29), year <= 1988 ? "天皇誕生日" : year <= 2006 ? "みどりの日" : "昭和の日");
        yield return (On(5, 3), "憲法記念日");
        if (year >= 2007)
        {
            yield return (On(5, 4), "みどりの日");
        }

        yield return (On(5, 5), "こどもの日");
        if (year >= 1996)
        {
            // Special laws for the Tokyo Olympics moved 海の日, スポーツの日 and 山の日 in 2020 and 2021.
            yield return (year switch
            {
                2020 => On(7, 23),
                2021 => On(7, 22),
                < 2003 => On(7, 20),
                _ => NthMonday(year, 7, 3),
            }, "海の日");
        }

        if (year >= 2016)
        {
            yield return (year switch { 2020 => On(8, 10), 2021 => On(8, 8), _ => On(8, 11) }, "山の日");
        }

        if (year >= 1966)
        {
            yield return (year < 2003 ? On(9, 15) : NthMonday(year, 9, 3), "敬老の日");
        }

        yield return (On(9, AutumnalEquinoxDay(year)), "秋分の日");
        if (year >= 1966)
        {
            yield return year switch
            {
                2020 => (On(7, 24), "スポーツの日"),
                2021 => (On(7, 23), "スポーツの日"),
                < 2000 => (On(10, 10), "体育の日"),
                < 2020 => (NthMonday(year, 10, 2), "体育の日"),
                _ => (NthMonday(year, 10, 2), "スポーツの日"),
            };
        }

        yield return (On(11, 3), "文化の日");
        yield return (On(11, 23), "勤労感謝の日");
        if (year is >= 1989 and <= 2018)
        {
            yield return (On(12, 23), "天皇誕生日");
        }

        foreach (var oneOff in OneOffs.Where(o => o.Date.Year == year))
        {
            yield return oneOff;
        }
    }

    private static readonly (DateOnly Date, string Name)[] OneOffs =
    [
        (new DateOnly(1959, 4, 10), "皇太子明仁親王の結婚の儀"),
        (new DateOnly(1989, 2, 24), "昭和天皇の大喪の礼"),
        (new DateOnly(1990, 11, 12), "即位礼正殿の儀"),
        (new DateOnly(1993, 6, 9), "皇太子徳仁親王の結婚の儀"),
        (new DateOnly(2019, 5, 1), "天皇の即位の日"),
        (new DateOnly(2019, 10, 22), "即位礼正殿の儀"),
    ];

    /// <summary>Day of March of the vernal equinox (春分日) by the standard approximation, 1900–2150.</summary>
    public static int VernalEquinoxDay(int year) => EquinoxDay(year, 20.8357, 20.8431, 21.8510);

    /// <summary>Day of September of the autumnal equinox (秋分日) by the standard approximation, 1900–2150.</summary>
    public static int AutumnalEquinoxDay(int year) => EquinoxDay(year, 23.2588, 23.2488, 24.2488);

    private static int EquinoxDay(int year, double before1980, double from1980, double from2100)
    {
        if (year is < 1900 or > 2150)
        {
            throw new RuleViolationException(RuleViolation.YearOutOfRange, $"The approximation holds for 1900–2150, not {year}.", nameof(year));
        }

        double offset = 0.242194 * (year - 1980);
        return year < 1980
            // Before 1980 the published formula truncates toward zero (C int), not floor.
            ? (int)Math.Floor(before1980 + offset - Math.Truncate((year - 1983) / 4.0))
            : (int)Math.Floor((year < 2100 ? from1980 : from2100) + offset - Math.Floor((year - 1980) / 4.0));
    }

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        int toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + (7 * (n - 1)));
    }
}
