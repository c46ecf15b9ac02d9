using System.Globalization;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;

// Usage:
//   holidays FROM [TO]                                   YYYY-MM-DD name, one per line
//   term --start YYYY-MM-DD [--plan 004|002|003] [--years N] [--notice YYYY-MM-DD]
//   business-days --from YYYY-MM-DD --add N [--calendar 004|002|001|000]
return args.FirstOrDefault() switch
{
    "holidays" => Holidays(args.Skip(1).ToArray()),
    "term" => Term(Options(args.Skip(1))),
    "business-days" => BusinessDays(Options(args.Skip(1))),
    _ => Usage(),
};

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
    if (!options.TryGetValue("start", out var startText) || !DateOnly.TryParse(startText, CultureInfo.InvariantCulture, out var start))
    {
        return Usage();
    }

    var policy = options.GetValueOrDefault("plan") switch
    {
        "002" => ServicePlanPolicy.ChamberUtm002,
        "003" => ServicePlanPolicy.SecurityVendor003,
        _ => ServicePlanPolicy.SensorService004,
    };
    int years = int.TryParse(options.GetValueOrDefault("years"), CultureInfo.InvariantCulture, out int n) ? n : 5;
    var serviceStart = ContractTimeline.StartFor(policy, start);
    var timeline = new ContractTimeline(policy, serviceStart);
    var (insuranceFrom, insuranceTo, limit) = timeline.InsuranceCoverage();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"service start {serviceStart:yyyy-MM-dd}; insurance {insuranceFrom:yyyy-MM-dd}..{insuranceTo:yyyy-MM-dd} (limit {limit})"));
    Console.WriteLine("term  start       end         cancel-by");
    int lastTerm = years;
    if (options.TryGetValue("notice", out var noticeText) && DateOnly.TryParse(noticeText, CultureInfo.InvariantCulture, out var notice))
    {
        lastTerm = timeline.LastTermAfterNotice(notice).Number;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"notice {notice:yyyy-MM-dd}: the service ends after term {lastTerm}"));
    }

    for (int number = 1; number <= Math.Min(years, lastTerm); number++)
    {
        var term = timeline.Term(number);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{term.Number,4}  {term.Start:yyyy-MM-dd}  {term.End:yyyy-MM-dd}  {term.CancelBy:yyyy-MM-dd}"));
    }

    return 0;
}

static int BusinessDays(Dictionary<string, string> options)
{
    if (!DateOnly.TryParse(options.GetValueOrDefault("from"), CultureInfo.InvariantCulture, out var from)
        || !int.TryParse(options.GetValueOrDefault("add"), CultureInfo.InvariantCulture, out int add))
    {
        return Usage();
    }

    var calendar = options.GetValueOrDefault("calendar") switch
    {
        "002" => BusinessCalendars.ChamberUtm,
        "001" => BusinessCalendars.ConsultationDesk,
        "000" => BusinessCalendars.ThreatSharing,
        _ => BusinessCalendars.SensorServiceDesk,
    };
    Console.WriteLine(calendar.AddBusinessDays(from, add).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    return 0;
}

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
