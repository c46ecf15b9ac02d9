using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Infrastructure.Search;

/// <summary>
/// Re-creates and refills the SQLite search indexes at start-up when a trigger is missing: EF Core's SQLite migrations
/// rebuild a table for some changes (copy, drop, rename), which drops that table's triggers and renumbers its rows. One
/// query when all is well.
/// </summary>
public sealed class SqliteTextSearchRepair(HubDbContextOptions contextOptions, IOptions<DatabaseOptions> database, TimeProvider clock,
    ILogger<SqliteTextSearchRepair> logger) : IDataRepair
{
    public async Task RepairAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = contextOptions.Create(TenantScope.System, clock);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        if (!applied.Any(m => m.EndsWith("_" + SqliteTextSearchSchema.Migration, StringComparison.Ordinal)))
        {
            // Not migrated this far (Database:MigrateOnStartup off): the migration will create them.
            return;
        }

        var triggers = SqliteTextSearchSchema.Triggers;
        string names = System.Text.Json.JsonSerializer.Serialize(triggers);
        int present = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each({names}))")
            .SingleAsync(cancellationToken);
        if (present == triggers.Count)
        {
            return;
        }

        logger.LogWarning("Text search triggers missing ({Present} of {Count}): rebuilding the search indexes.", present, triggers.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in SqliteTextSearchSchema.DropStatements().Concat(SqliteTextSearchSchema.CreateStatements()))
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
