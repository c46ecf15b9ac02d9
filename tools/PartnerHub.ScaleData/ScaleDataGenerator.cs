using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.ScaleData.Generation;
using PartnerHub.ScaleData.Telemetry;

namespace PartnerHub.ScaleData;

/// <summary>Rows per table, by the names the report prints.</summary>
public sealed class RowCounts : Dictionary<string, long>
{
    public RowCounts()
        : base(StringComparer.Ordinal)
    {
    }

    public static async Task<RowCounts> ReadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new RowCounts
        {
            ["Partners"] = await db.Organisations.LongCountAsync(o => o.Kind == OrganisationKind.SalesPartner, cancellationToken),
            ["Customers"] = await db.Customers.LongCountAsync(cancellationToken),
            ["ServiceContactRecords"] = await db.ServiceContactRecords.LongCountAsync(cancellationToken),
            ["Quotes"] = await db.Quotes.LongCountAsync(cancellationToken),
            ["Contracts"] = await db.Contracts.LongCountAsync(cancellationToken),
            ["ContractEvents"] = await db.ContractEvents.LongCountAsync(cancellationToken),
            ["ParameterSheets"] = await db.ParameterSheets.LongCountAsync(cancellationToken),
            ["ParameterSheetVersions"] = await db.ParameterSheetVersions.LongCountAsync(cancellationToken),
            ["Appliances"] = await db.Appliances.LongCountAsync(cancellationToken),
            ["ApplianceEvents"] = await db.ApplianceEvents.LongCountAsync(cancellationToken),
            ["KittingTasks"] = await db.KittingTasks.LongCountAsync(cancellationToken),
            ["SensorEvents"] = await db.SensorEvents.LongCountAsync(cancellationToken),
            ["IngestedBatches"] = await db.IngestedBatches.LongCountAsync(cancellationToken),
            ["DeviceHealths"] = await db.DeviceHealths.LongCountAsync(cancellationToken),
            ["DeviceStateChanges"] = await db.DeviceStateChanges.LongCountAsync(cancellationToken),
            ["AlertDailyCounts"] = await db.AlertDailyCounts.LongCountAsync(cancellationToken),
            ["SupportCases"] = await db.SupportCases.LongCountAsync(cancellationToken),
            ["SupportCaseEvents"] = await db.SupportCaseEvents.LongCountAsync(cancellationToken),
            ["SupportCaseNotes"] = await db.SupportCaseNotes.LongCountAsync(cancellationToken),
            ["SupportCaseReports"] = await db.SupportCaseReports.LongCountAsync(cancellationToken),
            ["OutboundEmails"] = await db.OutboundEmails.LongCountAsync(cancellationToken),
            ["AuditEntries"] = await db.AuditEntries.LongCountAsync(cancellationToken),
        };
    }
}

/// <summary>What a run made: the plan, the rows before (demo data) and after, the time per step and the file size.</summary>
public sealed record ScaleDataReport(ScalePlan Plan, RowCounts Demo, RowCounts Final, IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps, TimeSpan Total,
    long FileBytes, DateTimeOffset Now);

/// <summary>
/// Fills a new SQLite file through the hub's own container: its migrations and demo seed first, then partners,
/// customers, quotes, contracts with parameter sheets and the appliance inventory, telemetry through the ingest, and
/// support cases (see the steps in Generation/ and Telemetry/).
/// </summary>
public sealed class ScaleDataGenerator(ScaleDataOptions options, TextWriter output)
{
    public async Task<ScaleDataReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var plan = ScalePlan.For(options);
        string file = Path.GetFullPath(options.Database);
        PrepareFile(file);
        var clock = new ReplayClock(options.Now ?? TimeProvider.System.GetUtcNow());
        var total = Stopwatch.StartNew();
        var steps = new List<(string, TimeSpan)>();
        RowCounts demo, final;
        try
        {
            await using var app = HubHost.Build(file, clock);
            var services = app.Services;
            var context = new GenerationContext(services.GetRequiredService<HubDbContextOptions>(), clock, plan, options, output);
            Progress.Line(output, $"PartnerHub scale data → {file} (scale {options.Scale}, seed {options.Seed}, now {context.Now:yyyy-MM-dd HH:mm:ss}Z)");

            async Task Step(string name, Func<Task> run)
            {
                Progress.Line(output, $"{name} …");
                var watch = Stopwatch.StartNew();
                await run();
                steps.Add((name, watch.Elapsed));
                Progress.Line(output, $"{name}: {watch.Elapsed.TotalSeconds:N1} s");
            }

            await Step("demo data (migrations and the demo seed)", async () =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            });
            demo = await CountAsync(context, cancellationToken);

            var corporateNumbers = new CorporateNumbers();
            await Step($"{plan.Partners} partners", () => new PartnerStep(context).RunAsync(corporateNumbers, cancellationToken));
            await Step($"{plan.Customers:N0} customers", () => new CustomerStep(context).RunAsync(corporateNumbers, cancellationToken));
            await Step($"{plan.Contracts:N0} contracts, parameter sheets, {plan.Appliances:N0} appliances, {plan.Quotes:N0} quotes",
                () => new ContractStep(context).RunAsync(cancellationToken));
            await Step($"{plan.Events:N0} sensor events through the ingest, device states", () => new TelemetryStep(context, services).RunAsync(cancellationToken));
            await Step($"{plan.Cases:N0} support cases", () => new CaseStep(context, services).RunAsync(cancellationToken));
            await Step("checkpoint and statistics", () => FinishAsync(context, cancellationToken));
            final = await CountAsync(context, cancellationToken);
        }
        finally
        {
            // Release the file: pooled connections keep it open (and the WAL beside it) after the host is gone.
            SqliteConnection.ClearAllPools();
        }

        var report = new ScaleDataReport(plan, demo, final, steps, total.Elapsed, new FileInfo(file).Length, clock.GetUtcNow());
        Print(report);
        return report;
    }

    private void PrepareFile(string file)
    {
        var existing = new FileInfo(file);
        if (existing.Exists && existing.Length > 0 && !options.Force)
        {
            throw new ScaleDataException($"{file} exists and is not empty; pass --force to replace it.");
        }

        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    }

    private static async Task<RowCounts> CountAsync(GenerationContext context, CancellationToken cancellationToken)
    {
        await using var db = context.CreateContext();
        return await RowCounts.ReadAsync(db, cancellationToken);
    }

    // The WAL folded into the file (its size is then the database's), and fresh statistics for the query planner, as a
    // production database that has been running for a while would have.
    private static async Task FinishAsync(GenerationContext context, CancellationToken cancellationToken)
    {
        await using var db = context.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    private void Print(ScaleDataReport report)
    {
        Progress.Line(output, $"{"table",-24}{"demo",12}{"added",14}{"total",14}");
        foreach (var (table, count) in report.Final)
        {
            long before = report.Demo.GetValueOrDefault(table);
            Progress.Line(output, $"{table,-24}{before,12:N0}{count - before,14:N0}{count,14:N0}");
        }

        Progress.Line(output, $"file {report.FileBytes / 1024d / 1024d:N1} MiB; total {report.Total.TotalSeconds:N1} s");
    }
}

/// <summary>A run refused for a reason the user can fix (the message says how).</summary>
public sealed class ScaleDataException(string message) : Exception(message);
