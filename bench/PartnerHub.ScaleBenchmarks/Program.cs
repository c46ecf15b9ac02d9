using System.Diagnostics;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Figures at real scale (issue 10), on this machine, for a database made by tools/PartnerHub.ScaleData and for the demo
/// database in the same run: list pages, the contract PDF, the Excel exports, memory per idle interactive page.
/// See README.md for the commands and the figures. Not named Program: the hub's Program is the WebApplicationFactory's entry.
/// </summary>
internal static class ScaleBenchmarks
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchSettings.Usage);
            return 0;
        }

        var settings = BenchSettings.Parse(args, out string? error);
        if (settings is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchSettings.Usage);
            return 2;
        }

        if (settings.Phases.SetEquals(["invoicing"]))
        {
            Measure.Line($"{Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; {Measure.Load()}");
            await InvoicingPhase.RunAsync(settings);
            return 0;
        }

        if (settings.Phases.SetEquals(["excel-writer"]))
        {
            Measure.Line($"{Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; {Measure.Load()}");
            ExcelWriterPhase.Run(settings.WriterCustomers, settings.WriterCustomers / 2);
            return 0;
        }

        if (!File.Exists(settings.ScaleDatabase))
        {
            Console.Error.WriteLine($"{settings.ScaleDatabase} does not exist: make it with "
                + "dotnet run --project tools/PartnerHub.ScaleData -c Release -- --database /tmp/partnerhub-scale.db");
            return 2;
        }

        string work = Path.Combine(Path.GetTempPath(), "partnerhub-scale-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        string demoFile = settings.DemoDatabase ?? Path.Combine(work, "demo.db");
        Measure.Line($"{Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; {Measure.Load()}");
        Measure.Line($"demo database {demoFile}; scale database {settings.ScaleDatabase} ({new FileInfo(settings.ScaleDatabase).Length / 1024d / 1024d:N0} MiB)");

        try
        {
            var opening = Stopwatch.StartNew();
            Dictionary<string, string?>? hubSettings = settings.PdfPagePool is { } pool
                ? new() { ["Documents:PagePoolSize"] = pool.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : null;
            await using var demo = await BenchHub.OpenAsync("demo", demoFile, hubSettings);
            Measure.Line($"demo database ready (migrations and demo seed) in {opening.Elapsed.TotalSeconds:N1} s");
            opening.Restart();
            await using var scale = await BenchHub.OpenAsync("scale", settings.ScaleDatabase, hubSettings);
            Measure.Line($"scale database opened (pending migrations applied) in {opening.Elapsed.TotalSeconds:N1} s");
            BenchHub[] hubs = [demo, scale];

            var cases = ListCases.All()
                .Where(c => settings.OnlyLists is null || settings.OnlyLists.Contains(c.List))
                .Where(c => settings.OnlyCells is null || settings.OnlyCells.Any(word => c.Filter.Contains(word, StringComparison.Ordinal)))
                .ToList();
            if (settings.Phases.Contains("explain"))
            {
                await ListsPhase.ExplainAsync(scale, cases);
            }

            if (settings.Phases.Contains("lists"))
            {
                await ListsPhase.RunAsync(hubs, cases, settings);
            }

            if (settings.Phases.Contains("excel"))
            {
                await ExcelPhase.RunAsync(hubs);
            }

            if (settings.Phases.Contains("pdf"))
            {
                await PdfPhase.RunAsync(hubs, settings);
            }

            if (settings.Phases.Contains("circuits"))
            {
                await CircuitPhase.RunAsync(hubs, settings);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }
}
