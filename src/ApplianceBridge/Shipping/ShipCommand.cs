using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ApplianceBridge.Shipping;

// `ApplianceBridge ship …`: the sensor side. Runs next to Suricata (a systemd unit, see the README) until SIGTERM.
internal static class ShipCommand
{
    public const string Usage =
        "usage: ship --eve /var/log/suricata/eve.json --bridge https://bridge.example.jp:5090 --appliance SN-0001 --key-file /etc/eve-shipper/secret "
        + "--state /var/lib/eve-shipper/position.json [--batch-bytes 524288] [--poll-ms 250] [--backoff-initial-ms 500] [--backoff-max-ms 60000] "
        + "[--rotation-grace-ms 5000] (the secret may also come from --key or the EVE_SHIPPER_KEY environment variable)";

    public static async Task<int> RunAsync(string[] args)
    {
        ShipperSettings settings;
        try
        {
            settings = Parse(args, Environment.GetEnvironmentVariable("EVE_SHIPPER_KEY"));
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        using ILoggerFactory logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true));
        ILogger logger = logging.CreateLogger("ApplianceBridge.Shipper");
        using var stop = new CancellationTokenSource();
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var http = new HttpClient { BaseAddress = settings.Bridge, Timeout = TimeSpan.FromSeconds(30) };
        var shipper = new EveShipper(settings, http, TimeProvider.System, logger);
        try
        {
            await shipper.RunAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // SIGTERM: the position of the last acknowledged batch is on disk.
        }
        catch (InvalidOperationException ex)
        {
            logger.LogCritical("{Message}", ex.Message);
            return 1;
        }

        logger.LogInformation("Stopped after shipping {Lines} lines", shipper.LinesShipped);
        return 0;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    internal static ShipperSettings Parse(string[] args, string? keyFromEnvironment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--batch-bytes"] = "524288",
            ["--poll-ms"] = "250",
            ["--backoff-initial-ms"] = "500",
            ["--backoff-max-ms"] = "60000",
            ["--rotation-grace-ms"] = "5000",
        };
        string[] known = ["--eve", "--bridge", "--appliance", "--key", "--key-file", "--state", .. values.Keys];
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i], StringComparer.Ordinal) || i + 1 >= args.Length)
            {
                throw new FormatException($"unknown option or missing value: {args[i]}");
            }

            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"{name} is required");

        int Positive(string name) => int.TryParse(values[name], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0
            ? v
            : throw new FormatException($"{name} must be a positive integer");

        if (!Uri.TryCreate(Required("--bridge"), UriKind.Absolute, out Uri? bridge) || (bridge.Scheme != Uri.UriSchemeHttp && bridge.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException("--bridge must be an absolute http(s) URL");
        }

        string secret = values.TryGetValue("--key-file", out string? keyFile)
            ? ReadKeyFile(keyFile)
            : values.GetValueOrDefault("--key") ?? keyFromEnvironment ?? throw new FormatException("--key-file, --key or EVE_SHIPPER_KEY is required");
        if (secret.Length < 16)
        {
            throw new FormatException("the appliance secret must have at least 16 characters");
        }

        if (Positive("--backoff-max-ms") < Positive("--backoff-initial-ms"))
        {
            throw new FormatException("--backoff-max-ms must not be below --backoff-initial-ms");
        }

        return new ShipperSettings(
            Required("--eve"),
            bridge,
            Required("--appliance"),
            Encoding.UTF8.GetBytes(secret),
            Required("--state"),
            Positive("--batch-bytes"),
            TimeSpan.FromMilliseconds(Positive("--poll-ms")),
            TimeSpan.FromMilliseconds(Positive("--backoff-initial-ms")),
            TimeSpan.FromMilliseconds(Positive("--backoff-max-ms")),
            TimeSpan.FromMilliseconds(Positive("--rotation-grace-ms")));
    }

    private static string ReadKeyFile(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException ex)
        {
            throw new FormatException($"--key-file {path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new FormatException($"--key-file {path}: {ex.Message}");
        }
    }
}
