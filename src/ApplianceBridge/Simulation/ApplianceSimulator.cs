using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ApplianceBridge.Ingest;

namespace ApplianceBridge.Simulation;

internal sealed record SimulatorSettings(int Appliances, int EventsPerSecond, int Seconds, int BatchSize, Uri Bridge, string CredentialsFile);

internal sealed record SimulatorReport(long Requests, long EventsSent, long EventsAccepted, long Failed, IReadOnlyDictionary<int, long> Statuses,
    double AckP50Milliseconds, double AckP99Milliseconds, double ElapsedSeconds);

// Drives N appliances at a total event rate against a running bridge, each signing its batches with its own secret.
// Open loop: every appliance sends on a fixed schedule whatever the bridge's latency, as real sensors do.
internal static class ApplianceSimulator
{
    public static async Task<int> RunAsync(string[] args)
    {
        SimulatorSettings settings;
        try
        {
            settings = Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync(
                "usage: simulate [--appliances 20] [--rate 1000] [--seconds 30] [--batch 100] [--bridge http://127.0.0.1:5090] [--credentials simulator-appliances.txt]");
            return 2;
        }

        IReadOnlyList<(string Serial, byte[] Key)> credentials = EnsureCredentials(settings.CredentialsFile, settings.Appliances);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulating {settings.Appliances} appliances, {settings.EventsPerSecond} events/s for {settings.Seconds} s in batches of {settings.BatchSize} → {settings.Bridge}"));
        Console.WriteLine($"(the bridge must trust {Path.GetFullPath(settings.CredentialsFile)}: ApplianceBridge__AppliancesFile=<that path>)");
        using var http = new HttpClient { BaseAddress = settings.Bridge, Timeout = TimeSpan.FromSeconds(30) };
        SimulatorReport report = await RunAsync(settings, credentials, http, onAcknowledged: null, CancellationToken.None);
        string statuses = string.Join(", ", report.Statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}×{s.Value}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Requests} requests ({statuses}), {report.EventsSent} events sent, {report.EventsAccepted} accepted, {report.Failed} failed requests in {report.ElapsedSeconds:F1} s = {report.EventsAccepted / report.ElapsedSeconds:F0} events/s; ack latency p50 {report.AckP50Milliseconds:F1} ms, p99 {report.AckP99Milliseconds:F1} ms"));
        return report.Failed == 0 ? 0 : 1;
    }

    // onAcknowledged(serial, body, Stopwatch timestamp of the 200) lets a benchmark time delivery after acknowledgement.
    public static async Task<SimulatorReport> RunAsync(
        SimulatorSettings settings,
        IReadOnlyList<(string Serial, byte[] Key)> credentials,
        HttpClient http,
        Action<string, byte[], long>? onAcknowledged,
        CancellationToken cancellationToken)
    {
        long requests = 0;
        long sent = 0;
        long accepted = 0;
        long failed = 0;
        var statuses = new Dictionary<int, long>();
        var latencies = new List<double>();
        var gate = new Lock();
        double perAppliance = (double)settings.EventsPerSecond / credentials.Count;
        TimeSpan interval = TimeSpan.FromSeconds(settings.BatchSize / perAppliance);
        var clock = Stopwatch.StartNew();
        TimeSpan duration = TimeSpan.FromSeconds(settings.Seconds);

        async Task RunApplianceAsync(int index)
        {
            (string serial, byte[] key) = credentials[index];
            var generator = new EveGenerator(serial, index + 1);
            // Spread the appliances over one interval so they do not all send in the same millisecond.
            TimeSpan next = interval * index / credentials.Count;
            while (next < duration && !cancellationToken.IsCancellationRequested)
            {
                TimeSpan wait = next - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                next += interval;
                DateTimeOffset now = TimeProvider.System.GetUtcNow();
                byte[] body = generator.NextBatch(settings.BatchSize, now);
                long unix = now.ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, IngestEndpoint.Path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
                request.Headers.Add(RequestSignature.SerialHeader, serial);
                request.Headers.Add(RequestSignature.TimestampHeader, unix.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add(RequestSignature.SignatureHeader, RequestSignature.ComputeHex(key, unix, body));
                long started = Stopwatch.GetTimestamp();
                int status;
                int acceptedHere = 0;
                try
                {
                    using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
                    status = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        long acknowledged = Stopwatch.GetTimestamp();
                        onAcknowledged?.Invoke(serial, body, acknowledged);
                        IngestResponse? answer = await response.Content.ReadFromJsonAsync(IngestJsonContext.Default.IngestResponse, cancellationToken);
                        acceptedHere = answer?.Accepted ?? 0;
                    }
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (gate)
                {
                    requests++;
                    sent += settings.BatchSize;
                    accepted += acceptedHere;
                    failed += status == 200 ? 0 : 1;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    latencies.Add(elapsedMs);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, credentials.Count).Select(i => Task.Run(() => RunApplianceAsync(i), cancellationToken)));
        double elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        return new SimulatorReport(requests, sent, accepted, failed, statuses, Percentile(latencies, 0.50), Percentile(latencies, 0.99), elapsed);
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // Reads "serial secret" lines (the bridge's AppliancesFile format), creating the file with random secrets first
    // when it does not exist or has too few appliances.
    public static IReadOnlyList<(string Serial, byte[] Key)> EnsureCredentials(string path, int count)
    {
        var existing = File.Exists(path) ? ApplianceDirectory.ReadFile(path).ToList() : [];
        if (existing.Count < count)
        {
            var text = new StringBuilder("# Simulated appliances: '<serial> <secret>' per line (ApplianceBridge AppliancesFile format)\n");
            for (int i = 0; i < count; i++)
            {
                string serial = string.Create(CultureInfo.InvariantCulture, $"SIM-{i + 1:D4}");
                string secret = i < existing.Count ? existing[i].Secret : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
                text.Append(CultureInfo.InvariantCulture, $"{serial} {secret}\n");
            }

            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, text.ToString());
            existing = ApplianceDirectory.ReadFile(path).ToList();
        }

        return existing.Take(count).Select(c => (c.Serial, Encoding.UTF8.GetBytes(c.Secret))).ToList();
    }

    private static SimulatorSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--appliances"] = "20",
            ["--rate"] = "1000",
            ["--seconds"] = "30",
            ["--batch"] = "100",
            ["--bridge"] = "http://127.0.0.1:5090",
            ["--credentials"] = "simulator-appliances.txt",
        };
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
            {
                throw new FormatException($"unknown option or missing value: {args[i]}");
            }

            values[args[i]] = args[i + 1];
        }

        int Positive(string name) => int.TryParse(values[name], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0
            ? v
            : throw new FormatException($"{name} must be a positive integer");

        if (!Uri.TryCreate(values["--bridge"], UriKind.Absolute, out Uri? bridge))
        {
            throw new FormatException("--bridge must be an absolute URL");
        }

        return new SimulatorSettings(Positive("--appliances"), Positive("--rate"), Positive("--seconds"), Positive("--batch"), bridge, values["--credentials"]);
    }
}
