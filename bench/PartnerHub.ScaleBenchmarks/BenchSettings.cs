using System.Globalization;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>The command line: which phases, which files, how many repetitions.</summary>
internal sealed record BenchSettings
{
    public const string Usage = """
        Usage: PartnerHub.ScaleBenchmarks [phases] [options]

          phases             comma-separated: lists, pdf, excel, circuits, explain (default: lists,pdf,excel,circuits)
          --scale <file>     database made by tools/PartnerHub.ScaleData (default /tmp/partnerhub-scale.db); migrated to the
                             current model on open, so an index added since it was made is built first
          --demo <file>      demo database (default: a fresh one, made by the hub's migrations and demo seed in a temp folder)
          --only <lists>     lists phase / explain: only these lists (comma-separated, e.g. alerts,escalations)
          --cells <words>    lists phase / explain: only cells whose filter contains one of these (comma-separated, e.g. threat,severity)
          --warmup <n>       unmeasured runs per cell (default 2)
          --reps <n>         measured runs per cell (default 10)
          --budget <s>       stop measuring a cell after this many seconds (at least 3 runs; default 5)
          --pdf-docs <n>     documents per PDF measurement (default 40)
          --pages <n>        browser pages (circuits) per memory measurement (default 20)
          --paths <paths>    circuits phase: the pages to open (default /devices,/customers,/contracts,/alerts,/)
          --circuit-db <db>  circuits phase: demo, scale or both (default both)
          --pdf-pool <n>     the hub's Documents:PagePoolSize (default: the hub's, 2)
          --contracts <n>    invoicing phase: contracts in its own fresh database (default 50000)
          --partners <n>     invoicing phase: partners they belong to, one invoice each (default 100)
          --pdf-steps <0|1>  invoicing phase: after the run, time one invoice PDF step by step and at 1-8 in flight (default 1)
          --rows <n>         excel-writer phase: synthetic customer rows (default 100000; contract rows are half)

        The invoicing phase (month-end run, issue 12) makes its own database and needs no --scale file:
          PartnerHub.ScaleBenchmarks invoicing [--contracts 50000] [--partners 100]
        The excel-writer phase (the Excel writer alone, over synthetic customer- and contract-shaped rows) needs none either:
          PartnerHub.ScaleBenchmarks excel-writer [--rows 100000]
        """;

    public required string ScaleDatabase { get; init; }

    public string? DemoDatabase { get; init; }

    public IReadOnlySet<string> Phases { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "lists", "pdf", "excel", "circuits" };

    public IReadOnlySet<string>? OnlyLists { get; init; }

    public IReadOnlyList<string>? OnlyCells { get; init; }

    public int Warmup { get; init; } = 2;

    public int Repetitions { get; init; } = 10;

    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(5);

    public int PdfDocuments { get; init; } = 40;

    public int CircuitPages { get; init; } = 20;

    public IReadOnlyList<string> CircuitPaths { get; init; } = ["/devices", "/customers", "/contracts", "/alerts", "/"];

    /// <summary>"demo", "scale" or "both": which databases the circuits phase opens the hub over.</summary>
    public string CircuitDatabases { get; init; } = "both";

    public int? PdfPagePool { get; init; }

    public int InvoicingContracts { get; init; } = 50_000;

    public int InvoicingPartners { get; init; } = 100;

    public int WriterCustomers { get; init; } = 100_000;

    public bool SkipPdfSteps { get; init; }

    public static BenchSettings? Parse(string[] args, out string? error)
    {
        var settings = new BenchSettings { ScaleDatabase = "/tmp/partnerhub-scale.db" };
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                settings = settings with { Phases = Set(arg) };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = arg + " needs a value.";
                return null;
            }

            string value = args[++i];
            switch (arg)
            {
                case "--scale":
                    settings = settings with { ScaleDatabase = value };
                    break;
                case "--demo":
                    settings = settings with { DemoDatabase = value };
                    break;
                case "--only":
                    settings = settings with { OnlyLists = Set(value) };
                    break;
                case "--cells":
                    settings = settings with { OnlyCells = [.. Set(value)] };
                    break;
                case "--warmup":
                    settings = settings with { Warmup = Count(value) };
                    break;
                case "--reps":
                    settings = settings with { Repetitions = Math.Max(1, Count(value)) };
                    break;
                case "--budget":
                    settings = settings with { Budget = TimeSpan.FromSeconds(Count(value)) };
                    break;
                case "--pdf-docs":
                    settings = settings with { PdfDocuments = Math.Max(1, Count(value)) };
                    break;
                case "--pdf-pool":
                    settings = settings with { PdfPagePool = Math.Max(1, Count(value)) };
                    break;
                case "--contracts":
                    settings = settings with { InvoicingContracts = Math.Max(1, Count(value)) };
                    break;
                case "--partners":
                    settings = settings with { InvoicingPartners = Math.Max(1, Count(value)) };
                    break;
                case "--pdf-steps":
                    settings = settings with { SkipPdfSteps = Count(value) == 0 };
                    break;
                case "--rows":
                    settings = settings with { WriterCustomers = Math.Max(1, Count(value)) };
                    break;
                case "--pages":
                    settings = settings with { CircuitPages = Math.Max(1, Count(value)) };
                    break;
                case "--paths":
                    settings = settings with { CircuitPaths = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };
                    break;
                case "--circuit-db":
                    settings = settings with { CircuitDatabases = value };
                    break;
                default:
                    error = "Unknown option " + arg + ".";
                    return null;
            }
        }

        error = null;
        return settings;
    }

    private static HashSet<string> Set(string value) =>
        new(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static int Count(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
