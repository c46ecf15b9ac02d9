using System.Globalization;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Phase "lists": the server time of each list's first page (page size 25) through the hub's query classes, in a DI scope of
/// the role's user, on the demo and the scale database case by case (so both columns see the same machine load).
/// </summary>
internal static class ListsPhase
{
    public static async Task<IReadOnlyList<ListResult>> RunAsync(IReadOnlyList<BenchHub> hubs, IReadOnlyList<ListCase> cases, BenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(settings);
        var samples = new Dictionary<BenchHub, ListSamples>();
        foreach (var hub in hubs)
        {
            samples[hub] = await ListSamples.ReadAsync(hub);
        }

        Measure.Line($"lists: first page of 25, {settings.Warmup} warm-up + up to {settings.Repetitions} measured runs (≤ {settings.Budget.TotalSeconds:0} s) per cell; {Measure.Load()}");
        Measure.Line($"{"list",-17} {"filter",-30} {"role",-13} {string.Join(" ", hubs.Select(h => $"{h.Label + " p50/p95 ms",-20}"))} {"rows",9} {"goal",5}  met");
        var results = new List<ListResult>();
        foreach (var listCase in cases)
        {
            var timings = new List<Timing>();
            int total = 0;
            foreach (var hub in hubs)
            {
                await using var scope = hub.ScopeFor(listCase.Role);
                var timing = await Measure.RepeatAsync(async () => total = await listCase.Run(scope.ServiceProvider, samples[hub]),
                    settings.Warmup, settings.Repetitions, settings.Budget);
                timings.Add(timing);
            }

            var result = new ListResult(listCase, timings, total);
            results.Add(result);
            Measure.Line($"{listCase.List,-17} {listCase.Filter,-30} {listCase.Role.Name,-13} {string.Join(" ", timings.Select(t => $"{Measure.Ms(t.P50) + " / " + Measure.Ms(t.P95),-20}"))} {total,9:N0} {listCase.GoalMs,5:0}  {(result.Met ? "yes" : "NO")}");
        }

        int met = results.Count(r => r.Met);
        Measure.Line($"lists: {met} of {results.Count} within their goal at p95 on the last database ({hubs[^1].Label}); {Measure.Load()}");
        return results;
    }

    /// <summary>Phase "explain": each case once on the last database, with every SQL command's time and SQLite's plan.</summary>
    public static async Task ExplainAsync(BenchHub hub, IReadOnlyList<ListCase> cases)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(cases);
        var samples = await ListSamples.ReadAsync(hub);
        using var capture = new SqlCapture();
        foreach (var listCase in cases)
        {
            await using var scope = hub.ScopeFor(listCase.Role);
            // Once unmeasured: the plans and times below are of a warm query, as a user's second page view gets.
            await listCase.Run(scope.ServiceProvider, samples);
            var commands = capture.Start();
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            int total = await listCase.Run(scope.ServiceProvider, samples);
            double elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            capture.Stop();
            Measure.Line($"=== {listCase.List} / {listCase.Filter} / {listCase.Role.Name}: {Measure.Ms(elapsed)} ms, {total:N0} rows, {commands.Count} commands");
            foreach (var command in commands)
            {
                string disposed = command.UntilDisposed is { } d ? Measure.Ms(d.TotalMilliseconds) : "—";
                Measure.Line($"--- executed {Measure.Ms(command.Executed.TotalMilliseconds)} ms, all rows read {disposed} ms; parameters {string.Join(", ", command.Parameters.Select(p => p.Name + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)))}");
                Console.WriteLine(command.Sql);
                Console.Write(SqlCapture.Explain(hub.DatabaseFile, command));
            }
        }
    }
}

internal sealed record ListResult(ListCase Case, IReadOnlyList<Timing> Timings, int ScaleTotal)
{
    /// <summary>Met when the last database's (the scale file's) p95 is within the goal.</summary>
    public bool Met => Timings[^1].P95 <= Case.GoalMs;
}
