using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Data;

public class SchemaVersionGuardTests
{
    [Fact]
    public async Task Refuse_DatabaseMigratedByThisBuild_LetsItStart()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = Create(connection);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        await SchemaVersionGuard.RefuseUnknownMigrationsAsync(db, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Refuse_DatabaseFromAPreReleaseBuild_NamesTheMigrationAndTheDemoFolder()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = Create(connection);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261206000000_PreReleaseStep', '10.0.0')",
            TestContext.Current.CancellationToken);

        var refusal = await Should.ThrowAsync<InvalidOperationException>(
            () => SchemaVersionGuard.RefuseUnknownMigrationsAsync(db, TestContext.Current.CancellationToken));

        refusal.Message.ShouldContain("20261206000000_PreReleaseStep");
        refusal.Message.ShouldContain("db/local/");
    }

    private static SqliteHubDbContext Create(SqliteConnection connection) => new(
        new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(connection).Options, TenantScope.System, TimeProvider.System);
}
