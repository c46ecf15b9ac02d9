using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>The Invoices migration gives existing contracts the wholesale basis of the quote they were ordered from.</summary>
public class WholesaleBasisMigrationTests
{
    private const string BeforeInvoices = "20261206193047_RenewalGuidance";

    [Fact]
    public async Task Migrate_ExistingContracts_TakeTheirQuotesWholesaleTotalAndOthersStayEmpty()
    {
        var file = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"migration-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var cancellation = TestContext.Current.CancellationToken;
        try
        {
            await using var db = new SqliteHubDbContext(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(connection).Options, TenantScope.System, TimeProvider.System);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(BeforeInvoices, cancellationToken: cancellation);
            var quoteId = Guid.NewGuid();
            var withQuote = Guid.NewGuid();
            var withoutQuote = Guid.NewGuid();
            // The quote's customer and partner do not matter here; the connection stays open so the pragma holds for the inserts.
            await db.Database.OpenConnectionAsync(cancellation);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellation);
            await InsertAsync(db, "Quotes", new() { ["Id"] = quoteId, ["WholesaleTotal"] = 396_000L }, cancellation);
            await InsertAsync(db, "Contracts", new() { ["Id"] = withQuote, ["Number"] = "C-M-1", ["QuoteId"] = quoteId }, cancellation);
            await InsertAsync(db, "Contracts", new() { ["Id"] = withoutQuote, ["Number"] = "C-M-2" }, cancellation);

            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", cancellation);
            await db.Database.CloseConnectionAsync();
            await migrator.MigrateAsync(cancellationToken: cancellation);

            var fees = (await db.Contracts.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.Id, c.WholesaleAnnualFee }).ToListAsync(cancellation))
                .ToDictionary(c => c.Id, c => c.WholesaleAnnualFee);
            fees[withQuote].ShouldBe(new Domain.Money.Yen(396_000));
            fees[withoutQuote].ShouldBeNull();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    // A row with the given values and a neutral value in every other required column (the test is about one column).
    private static async Task InsertAsync(HubDbContext db, string table, Dictionary<string, object> values, CancellationToken cancellationToken)
    {
        var columns = await db.Database.SqlQueryRaw<TableColumn>("SELECT name AS Name, type AS Type, \"notnull\" AS Required, dflt_value AS DefaultValue FROM pragma_table_info({0})", table)
            .ToListAsync(cancellationToken);
        foreach (var column in columns.Where(c => c.Required == 1 && c.DefaultValue is null && !values.ContainsKey(c.Name)))
        {
            values[column.Name] = column.Type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase) ? 0L : (object)"0";
        }

        var names = values.Keys.ToList();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"{{{i}}}"))})";
        await db.Database.ExecuteSqlRawAsync(sql, names.Select(n => values[n] is Guid g ? g.ToString().ToUpperInvariant() : values[n]), cancellationToken);
    }

    private sealed class TableColumn
    {
        public string Name { get; init; } = string.Empty;

        public string Type { get; init; } = string.Empty;

        public long Required { get; init; }

        public string? DefaultValue { get; init; }
    }
}
