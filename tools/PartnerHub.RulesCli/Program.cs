using System.Globalization;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;

// Usage (see README.md):
//   holidays FROM [TO]
//   term --start YYYY-MM-DD [--plan 004|002|003] [--years N] [--notice YYYY-MM-DD]
//   business-days --from YYYY-MM-DD --add N [--calendar 004|002|001|000]
try
{
    return args.FirstOrDefault() switch
    {
        "holidays" => Holidays(args.Skip(1).ToArray()),
        "term" => Term(Options(args.Skip(1))),
        "business-days" => BusinessDays(Options(args.Skip(1))),
        _ => Usage(),
    };
}
catch (RuleViolationException refused)
{
    Console.Error.WriteLine($"{refused.Reason}: {refused.Message}");
    return 1;
}

static int Holidays(string[] years)
{
    if (years.Length == 0 || !int.TryParse(years[0], CultureInfo.InvariantCulture, out int from))
    {
        return Usage();
    }

    int to = years.Length > 1 && int.TryParse(years[1], CultureInfo.InvariantCulture, out int last) ? last : from;
    for (int year = from; year <= to; year++)
    {
        foreach (var holiday in JapaneseHolidays.ByLaw.InYear(year))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{holiday.Date:yyyy-MM-dd} {holiday.Name}"));
        }
    }

    return 0;
}

static int Term(Dictionary<string, string> options)
{
    if (!TryDate(options, "start", out var start))
    {
        return Usage();
    }

    var policy = ServicePlanPolicy.ForSeed(options.GetValueOrDefault("plan") ?? "004");
    if (policy is null)
    {
        return Usage();
    }

    int years = int.TryParse(options.GetValueOrDefault("years"), CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 5;
    DateOnly? notice = TryDate(options, "notice", out var noticeDate) ? noticeDate : null;
    var serviceStart = ContractTimeline.StartFor(policy, start);
    var timeline = new ContractTimeline(policy, serviceStart, notice);

    Console.WriteLine(Invariant($"plan {policy.Code}; service start {serviceStart:yyyy-MM-dd}"));
    if (notice is { } given)
    {
        var last = timeline.LastTermAfterNotice(given);
        Console.WriteLine(Invariant($"non-renewal notice {given:yyyy-MM-dd}: the service ends after term {last.Number} on {last.End:yyyy-MM-dd}"));
    }

    Console.WriteLine("term  start       end         cancel-by   insurance");
    foreach (var term in timeline.Terms().Take(years))
    {
        // A plan without insurance (003, 001, 000) says so instead of inventing coverage.
        var insurance = timeline.InsuranceCoverage(term.Number) is { } cover
            ? Invariant($"{cover.From:yyyy-MM-dd}..{cover.To:yyyy-MM-dd} (causes to {cover.CausesCoveredUntil:yyyy-MM-dd}, limit {cover.Limit?.ToString() ?? "not named"})")
            : "none";
        var closed = term.CancelByIsClosedDay ? Invariant($" (closed; last business day {term.CancelByBusinessDay:yyyy-MM-dd})") : string.Empty;
        Console.WriteLine(Invariant(
            $"{term.Number,4}  {term.Start:yyyy-MM-dd}  {term.End:yyyy-MM-dd}  {term.CancelBy:yyyy-MM-dd}{closed}  {insurance}"));
        if (term.End == timeline.ServiceEnd)
        {
            break;
        }
    }

    if (timeline.HardwareReturn() is { } hardware)
    {
        Console.WriteLine(Invariant($"hardware return from {hardware.ReturnFrom:yyyy-MM-dd}, shipping paid by {hardware.ShippingPaidBy}"));
    }

    return 0;
}

static int BusinessDays(Dictionary<string, string> options)
{
    if (!TryDate(options, "from", out var from) || !int.TryParse(options.GetValueOrDefault("add"), CultureInfo.InvariantCulture, out int add))
    {
        return Usage();
    }

    var calendar = BusinessCalendars.ForSeed(options.GetValueOrDefault("calendar") ?? "004");
    if (calendar is null)
    {
        return Usage();
    }

    Console.WriteLine(calendar.AddBusinessDays(from, add).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    return 0;
}

static bool TryDate(Dictionary<string, string> options, string key, out DateOnly date) =>
    DateOnly.TryParseExact(options.GetValueOrDefault(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static Dictionary<string, string> Options(IEnumerable<string> arguments)
{
    var list = arguments.ToList();
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < list.Count; i += 2)
    {
        options[list[i].TrimStart('-')] = list[i + 1];
    }

    return options;
}

static int Usage()
{
    Console.Error.WriteLine("usage: holidays FROM [TO] | term --start YYYY-MM-DD [--plan 004|002|003] [--years N] [--notice YYYY-MM-DD] | business-days --from YYYY-MM-DD --add N [--calendar 004|002|001|000]");
    return 2;
}
