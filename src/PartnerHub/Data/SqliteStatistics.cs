using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics (sqlite_stat1) current, after migrations and every
/// <see cref="SqliteOptimizeJob.Every"/>: without them the planner guesses each index's selectivity, and a guess that
/// is wrong for a table of a million alerts reads the wrong index (docs/search.md, "Planner statistics").
/// </summary>
public static class SqliteStatistics
{
    /// <summary>
    /// <c>PRAGMA optimize=0x10002</c>, as SQLite recommends for long-lived connections: every table is considered (not
    /// only those this connection queried) and ANALYZE runs only where a table grew or shrank tenfold since the last
    /// one, on a sample (analysis_limit), so a round takes milliseconds when nothing changed.
    /// </summary>
    public static async Task OptimizeAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }
}

/// <summary>Runs <see cref="SqliteStatistics.OptimizeAsync"/> periodically on SQLite (telemetry grows the alert table all day).</summary>
public sealed class SqliteOptimizeJob(
    HubDbContextOptions contextOptions, IOptions<DatabaseOptions> database, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<SqliteOptimizeJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    /// <summary>Time between two rounds; the first round runs at start-up, after the initializer's own.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override TimeSpan Interval => Every;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = contextOptions.Create(TenantScope.System, Clock);
        await SqliteStatistics.OptimizeAsync(db, cancellationToken);
    }
}
