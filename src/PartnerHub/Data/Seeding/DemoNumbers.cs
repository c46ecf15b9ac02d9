using System.Globalization;
using PartnerHub.Infrastructure.Numbering;

namespace PartnerHub.Data.Seeding;

/// <summary>
/// Daily document numbers (<see cref="DailyNumbers"/>) for demo records. The app numbers a new record as the count of
/// its day's numbers plus one, so a seeded number must never leave a gap below it: each takes the lowest number its
/// day has free. A day's numbers then run 1, 2, 3… and the number the app picks next on that day is always free.
/// </summary>
internal sealed class DemoNumbers
{
    private readonly string _series;
    private readonly Dictionary<string, HashSet<int>> _takenByPrefix = new(StringComparer.Ordinal);

    /// <param name="series">The series letter, e.g. "C".</param>
    /// <param name="taken">Every number of the series already stored (other seeds' numbers count, whatever their width).</param>
    public DemoNumbers(string series, IEnumerable<string> taken)
    {
        _series = series;
        foreach (var number in taken)
        {
            int cut = number.LastIndexOf('-');
            if (cut > 0 && int.TryParse(number.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int sequence))
            {
                Taken(number[..(cut + 1)]).Add(sequence);
            }
        }
    }

    /// <summary>The lowest free number of <paramref name="day"/>, which is taken from then on.</summary>
    public string Next(DateOnly day)
    {
        var prefix = DailyNumbers.Prefix(_series, day);
        var taken = Taken(prefix);
        int sequence = 1;
        while (!taken.Add(sequence))
        {
            sequence++;
        }

        return DailyNumbers.Number(prefix, sequence);
    }

    private HashSet<int> Taken(string prefix)
    {
        if (!_takenByPrefix.TryGetValue(prefix, out var taken))
        {
            taken = [];
            _takenByPrefix.Add(prefix, taken);
        }

        return taken;
    }
}
