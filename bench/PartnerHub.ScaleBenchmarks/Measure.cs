using System.Diagnostics;
using System.Globalization;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>Timings of one operation: p50 and p95 over the measured repetitions (warm-up runs are not counted).</summary>
internal sealed record Timing(IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => Milliseconds.Count == 0 ? double.NaN : Milliseconds.Max();

    public int Count => Milliseconds.Count;

    // Nearest rank: with 10 to 20 samples p95 is the slowest one. Deliberately pessimistic: a goal met at p95 here was met by
    // every measured run.
    private double Percentile(double p)
    {
        if (Milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Milliseconds.Order().ToArray();
        int rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

internal static class Measure
{
    /// <summary>
    /// Runs <paramref name="operation"/> <paramref name="warmup"/> times unmeasured, then up to <paramref name="repetitions"/>
    /// times measured; a slow operation stops early after <paramref name="budget"/> (at least 3 measured runs), so one
    /// missed goal at scale does not hold the whole run for minutes.
    /// </summary>
    public static async Task<Timing> RepeatAsync(Func<Task> operation, int warmup, int repetitions, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (int i = 0; i < warmup; i++)
        {
            await operation();
        }

        var samples = new List<double>(repetitions);
        var spent = Stopwatch.StartNew();
        for (int i = 0; i < repetitions; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await operation();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (spent.Elapsed > budget && samples.Count >= 3)
            {
                break;
            }
        }

        return new Timing(samples);
    }

    public static string Ms(double value) =>
        double.IsNaN(value) ? "—"
        : value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value >= 1 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024d / 1024d).ToString("N1", CultureInfo.InvariantCulture) + " MiB";

    // "load 1.23 0.98 0.71" (1, 5, 15 minutes) from /proc/loadavg, printed beside every phase.
    public static string Load()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Create(CultureInfo.InvariantCulture, $"load {parts[0]} {parts[1]} {parts[2]}");
        }
        catch (IOException)
        {
            return "load n/a";
        }
    }

    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
