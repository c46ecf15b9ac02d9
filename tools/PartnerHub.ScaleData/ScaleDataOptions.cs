using System.Globalization;

namespace PartnerHub.ScaleData;

/// <summary>What to generate and where; every count defaults to the figure times <see cref="Scale"/>.</summary>
public sealed record ScaleDataOptions
{
    public const int DefaultSeed = 20261;

    public required string Database { get; init; }

    /// <summary>Multiplier of the figures (1.0 = 100,000 customers, 2,000,000 events …).</summary>
    public double Scale { get; init; } = 1.0;

    public int? Customers { get; init; }

    public int? Contracts { get; init; }

    public int? Appliances { get; init; }

    public int? Events { get; init; }

    public int? Cases { get; init; }

    public int? Quotes { get; init; }

    /// <summary>Days of telemetry before <see cref="Now"/>.</summary>
    public int TelemetryDays { get; init; } = 30;

    /// <summary>Events per ingest batch (the bridge's forward batch size).</summary>
    public int BatchSize { get; init; } = 1000;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The instant the data is "as of"; null for the current time. Fix it to reproduce a file exactly in content.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Overwrite an existing non-empty file.</summary>
    public bool Force { get; init; }

    public const string Usage = """
        Usage: PartnerHub.ScaleData --database <file> [options]

          --database <file>   SQLite file to create (refused when it exists and is not empty, unless --force)
          --scale <x>         multiplier of the issue's figures (default 1.0; 0.01 is a smoke test of a few seconds)
          --customers <n>     customers (default 100,000 x scale)
          --contracts <n>     contracts (default 50,000 x scale)
          --appliances <n>    appliances (default 2,000 x scale)
          --events <n>        sensor events (default 2,000,000 x scale)
          --cases <n>         support cases (default 5,000 x scale)
          --quotes <n>        quotes (default 5,000 x scale)
          --days <n>          days of telemetry before now (default 30)
          --batch-size <n>    events per ingest batch (default 1000)
          --seed <n>          random seed (default 20261)
          --now <instant>     the data's "now", ISO 8601 (default: the current time)
          --force             overwrite an existing file
        """;

    private static readonly Dictionary<string, Func<ScaleDataOptions, int, ScaleDataOptions>> s_counts = new(StringComparer.Ordinal)
    {
        ["--customers"] = (o, n) => o with { Customers = n },
        ["--contracts"] = (o, n) => o with { Contracts = n },
        ["--appliances"] = (o, n) => o with { Appliances = n },
        ["--events"] = (o, n) => o with { Events = n },
        ["--cases"] = (o, n) => o with { Cases = n },
        ["--quotes"] = (o, n) => o with { Quotes = n },
    };

    /// <summary>Reads the command line; null and a message when it is not usable.</summary>
    public static ScaleDataOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? database = null;
        var options = new ScaleDataOptions { Database = string.Empty };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name == "--force")
            {
                options = options with { Force = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }

            string value = args[++i];
            bool ok = true;
            switch (name)
            {
                case "--database":
                    database = value;
                    break;
                case "--scale":
                    ok = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) && scale > 0 && scale <= 100;
                    options = options with { Scale = scale };
                    break;
                case "--days":
                    ok = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days is >= 1 and <= 365;
                    options = options with { TelemetryDays = days };
                    break;
                case "--batch-size":
                    ok = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int batch) && batch is >= 1 and <= 5000;
                    options = options with { BatchSize = batch };
                    break;
                case "--seed":
                    ok = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed);
                    options = options with { Seed = seed };
                    break;
                case "--now":
                    ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now);
                    options = options with { Now = now.ToUniversalTime() };
                    break;
                default:
                    if (!s_counts.TryGetValue(name, out var setCount))
                    {
                        error = $"Unknown option {name}.";
                        return null;
                    }

                    ok = TryCount(value, out int count);
                    options = setCount(options, count);
                    break;
            }

            if (!ok)
            {
                error = $"{name}: '{value}' is not a valid value.";
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            error = "--database is required.";
            return null;
        }

        error = null;
        return options with { Database = database };
    }

    // Counts may be written 2_000_000 or 2,000,000.
    private static bool TryCount(string value, out int count) =>
        int.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out count);
}
