using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ApplianceBridge;
using ApplianceBridge.Benchmarks;
using ApplianceBridge.Buffer;
using ApplianceBridge.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

// Measures, on this machine and over loopback only:
//  1. the ceiling: batched inserts into the SQLite spool (WAL, synchronous=FULL), one writer and 8 concurrent writers;
//  2. end to end: simulator → bridge (child process) → fake hub, at an offered rate above what the bridge can take;
//  3. acknowledgement-to-delivery latency at 5,000 events/s;
//  hubceiling, hube2e, hublatency: the same against the REAL hub (RealHubPhases), not in the default set.
// Usage: dotnet run -c Release --project bench/ApplianceBridge.Benchmarks [-- seconds-per-phase [ceiling,e2e,latency]]
int seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
string[] phases = (args.Length > 1 ? args[1] : "ceiling,e2e,latency").Split(',');
string work = Path.Combine(Path.GetTempPath(), "bridge-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}; work folder {work}"));

try
{
    if (phases.Contains("ceiling"))
    {
        await SpoolCeilingAsync(work, seconds, writers: 1, dedupe: true);
        await SpoolCeilingAsync(work, seconds, writers: 8, dedupe: true);
        await SpoolCeilingAsync(work, seconds, writers: 8, dedupe: false);
    }

    if (phases.Contains("e2e"))
    {
        await EndToEndAsync(work, seconds, rate: 40_000, measureLatency: false);
    }

    if (phases.Contains("latency"))
    {
        await EndToEndAsync(work, seconds, rate: 5_000, measureLatency: true);
    }

    // The real hub (in process on Kestrel, its own SQLite file) instead of the fake one.
    if (phases.Contains("hubceiling"))
    {
        await RealHubPhases.CeilingAsync(work, seconds);
    }

    if (phases.Contains("hubprofile"))
    {
        await HubProfile.RunAsync(work, seconds);
    }

    if (phases.Contains("hube2e"))
    {
        await RealHubPhases.EndToEndAsync(work, seconds, rate: IntSetting("BENCH_RATE", 20_000), batchSize: 500, measureLatency: false);
    }

    if (phases.Contains("hublatency"))
    {
        await RealHubPhases.EndToEndAsync(work, seconds, rate: IntSetting("BENCH_LATENCY_RATE", 5_000), batchSize: 100, measureLatency: true);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

static int IntSetting(string name, int fallback) =>
    Environment.GetEnvironmentVariable(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

// Inserts only: the events are generated and serialized before the clock starts, and each append reuses them under
// fresh event ids, so the figure is SQLite's (plus the writer loop's) and not the generator's.
static async Task SpoolCeilingAsync(string work, int seconds, int writers, bool dedupe)
{
    var options = Options.Create(new BridgeOptions
    {
        SpoolPath = Path.Combine(work, $"ceiling-{writers}-{dedupe}.db"),
        DuplicateWindowMinutes = dedupe ? 15 : 0,
        MaxSpoolBytes = long.MaxValue,
        MaxSpoolEvents = long.MaxValue,
    });
    await using var spool = new SpoolStore(options, TimeProvider.System, NullLogger<SpoolStore>.Instance);
    long events = 0;
    long bytes = 0;
    long nextId = 0;
    const int BatchSize = 500;
    SpoolEntry[] template = ToEntries(new EveGenerator("SIM-CEIL", 1), BatchSize);
    var clock = Stopwatch.StartNew();
    TimeSpan duration = TimeSpan.FromSeconds(seconds);

    async Task WriterAsync(int id)
    {
        while (clock.Elapsed < duration)
        {
            long first = Interlocked.Add(ref nextId, BatchSize) - BatchSize;
            SpoolEntry[] entries = template.Select((e, i) => e with { EventId = (first + i).ToString("x32", CultureInfo.InvariantCulture) }).ToArray();
            AppendResult result = await spool.AppendAsync(entries);
            Interlocked.Add(ref events, result.Stored);
            Interlocked.Add(ref bytes, entries.Sum(e => (long)e.Json.Length));
        }
    }

    await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => WriterAsync(i))));
    double elapsed = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"spool ceiling, {writers} writer(s), batches of {BatchSize}, duplicate index {(dedupe ? "on" : "off")}: {events / elapsed:F0} events/s ({bytes / elapsed / 1024 / 1024:F1} MiB/s of spooled JSON, avg {bytes / Math.Max(1, events)} B/event)"));
}

static SpoolEntry[] ToEntries(EveGenerator generator, int count)
{
    byte[] body = generator.NextBatch(count, TimeProvider.System.GetUtcNow());
    var entries = new SpoolEntry[count];
    int start = 0;
    DateTimeOffset now = TimeProvider.System.GetUtcNow();
    for (int i = 0; i < count; i++)
    {
        int end = Array.IndexOf(body, (byte)'\n', start);
        ReadOnlySpan<byte> line = body.AsSpan(start, end - start);
        string id = TelemetryEventId.Derive(generator.Serial, line);
        var telemetry = new TelemetryEvent(id, generator.Serial, now, now, TelemetryKind.Other, null, null, null, "alert", System.Text.Encoding.UTF8.GetString(line));
        entries[i] = new SpoolEntry(id, JsonSerializer.SerializeToUtf8Bytes(telemetry, TelemetryJsonContext.Default.TelemetryEvent));
        start = end + 1;
    }

    return entries;
}

static async Task EndToEndAsync(string work, int seconds, int rate, bool measureLatency)
{
    await using BenchHub hub = await BenchHub.StartAsync();
    string credentials = Path.Combine(work, "appliances.txt");
    IReadOnlyList<(string Serial, byte[] Key)> appliances = ApplianceSimulator.EnsureCredentials(credentials, 20);
    string spoolPath = Path.Combine(work, $"e2e-{rate}.db");
    var url = new Uri($"http://127.0.0.1:{BenchSupport.FreePort()}");
    using Process bridge = BenchSupport.StartBridge(url, hub.Url, BenchHub.ApiKey, spoolPath, credentials);
    try
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        await BenchSupport.WaitForBridgeAsync(http);

        var acknowledgements = new System.Collections.Concurrent.ConcurrentQueue<(string EventId, long At)>();
        Action<string, byte[], long>? onAck = measureLatency
            ? (serial, body, at) =>
            {
                int start = 0;
                while (start < body.Length)
                {
                    int end = Array.IndexOf(body, (byte)'\n', start);
                    acknowledgements.Enqueue((TelemetryEventId.Derive(serial, body.AsSpan(start, end - start)), at));
                    start = end + 1;
                }
            }
        : null;
        int batch = measureLatency ? 100 : 500;
        var settings = new SimulatorSettings(appliances.Count, rate, seconds, batch, url, credentials);
        SimulatorReport report = await ApplianceSimulator.RunAsync(settings, appliances, http, onAck, CancellationToken.None);
        var drain = Stopwatch.StartNew();
        await BenchSupport.WaitForAsync(() => Task.FromResult(hub.StoredEvents >= report.EventsAccepted), TimeSpan.FromSeconds(120));
        string statuses = string.Join(", ", report.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"end to end, offered {rate} events/s from 20 appliances in batches of {batch} for {seconds} s: accepted {report.EventsAccepted / report.ElapsedSeconds:F0} events/s ({report.EventsAccepted} events, {statuses}); appliance ack p50 {report.AckP50Milliseconds:F1} ms, p99 {report.AckP99Milliseconds:F1} ms; hub drained {drain.Elapsed.TotalSeconds:F1} s after the last send; hub stored {hub.StoredEvents}, raw deliveries {hub.EventDeliveries} in {hub.Requests} requests"));
        if (measureLatency)
        {
            var latencies = new List<double>();
            foreach ((string id, long at) in acknowledgements)
            {
                if (hub.TryGetArrival(id, out long arrived))
                {
                    // Delivery can precede the appliance seeing its 200 by a hair; that counts as zero.
                    latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(at, arrived).TotalMilliseconds));
                }
            }

            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ack → hub latency at {rate} events/s over {latencies.Count} events: p50 {ApplianceSimulator.Percentile(latencies, 0.5):F1} ms, p99 {ApplianceSimulator.Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms"));
        }
    }
    finally
    {
        bridge.Kill();
        await bridge.WaitForExitAsync();
    }
}
