using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data;

/// <summary>Applies migrations, creates the roles and seeds demo data at start-up, as configured.</summary>
public sealed class DatabaseInitializer(
    HubDbContextFactory contextFactory,
    IOptions<DatabaseOptions> options,
    DemoDataSeeder seeder,
    IEnumerable<IDataRepair> repairs,
    RoleManager<IdentityRole> roleManager,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
        }

        await using var db = contextFactory.CreateSystemContext();
        await SchemaVersionGuard.RefuseUnknownMigrationsAsync(db, cancellationToken);
        if (settings.MigrateOnStartup)
        {
            // REVIEW: migrating at start-up suits the embedded database and single-instance demos; with several
            // hub instances on SQL Server set Database:MigrateOnStartup=false and apply db/scripts/sqlserver instead.
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated ({Provider}).", settings.Provider);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the single writer work concurrently; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // The database holds customer data: the service account only (SQLite gives its -wal and -shm the same mode).
            if (SqliteFile(settings.ConnectionString) is { } file)
            {
                Infrastructure.Security.PrivateFiles.Restrict(file);
            }
        }

        // The roles are the hub's vocabulary (Domain HubRoles), needed by a production hub as much as by the demo.
        foreach (var role in HubRoles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        if (settings.SeedDemoData)
        {
            await seeder.SeedAsync(cancellationToken);
        }

        foreach (var repair in repairs)
        {
            await repair.RepairAsync(cancellationToken);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await SqliteStatistics.OptimizeAsync(db, cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var folder = SqliteFile(connectionString) is { } file ? Path.GetDirectoryName(file) : null;
        if (!string.IsNullOrEmpty(folder))
        {
            Infrastructure.Security.PrivateFiles.CreateFolder(folder);
        }
    }

    private static string? SqliteFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(dataSource);
    }
}
