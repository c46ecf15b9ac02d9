using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Data;

/// <summary>
/// Both providers' migration sets must match the model, and the reviewed SQL scripts in db/scripts must match the
/// migrations. Set UPDATE_DB_SCRIPTS=1 to rewrite the scripts after adding a migration.
/// </summary>
public class MigrationTests
{
    public static TheoryData<string> Providers { get; } = new() { "Sqlite", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingFromMigrations(string provider)
    {
        using var db = Create(provider);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"Run `dotnet ef migrations add <Name> --context {db.GetType().Name}` for {provider}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Script_InDbFolder_MatchesTheMigrations(string provider)
    {
        using var db = Create(provider);
        var migrator = db.GetService<IMigrator>();
        // SQL Server gets an idempotent script a DBA can run on any version; SQLite cannot express one.
        var script = provider == "SqlServer"
            ? migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            : migrator.GenerateScript();
        var path = Path.Combine(RepositoryPaths.Root, "db", "scripts", provider.ToLowerInvariant(), "partnerhub.sql");
        script = script.ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("UPDATE_DB_SCRIPTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, script);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing: run the tests once with UPDATE_DB_SCRIPTS=1.");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(script, $"{path} is out of date: run the tests with UPDATE_DB_SCRIPTS=1 and commit it.");
    }

    [Fact]
    public void ContractLetterStoredAttachment_OnALetterStoredBefore_KeepsItsUploadTimeAndMarksItClean()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SqliteHubDbContext(
            new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(connection).Options, TenantScope.System, TimeProvider.System);
        var migrator = db.GetService<IMigrator>();
        migrator.Migrate("InitialSchema");
        using (var insert = connection.CreateCommand())
        {
            // The letter alone: its contract does not matter to the column change.
            insert.CommandText = """
                PRAGMA foreign_keys = OFF;
                INSERT INTO ContractLetters (Id, ContractId, PartnerId, FileName, ContentType, SizeBytes, Sha256, StorageKey, UploadedAt, UploadedBy)
                VALUES ('3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3f2504e0-4f89-11d3-9a0c-0305e82c3302', '3f2504e0-4f89-11d3-9a0c-0305e82c3303',
                        '更新拒絶通知.pdf', 'application/pdf', 1234, 'ab', 'key-1', 638999999999999999, 'staff@minato.example');
                PRAGMA foreign_keys = ON;
                """;
            insert.ExecuteNonQuery();
        }

        migrator.Migrate();

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT At, ScanStatus, FileName, UploadedBy FROM ContractLetters";
        using var row = read.ExecuteReader();
        row.Read().ShouldBeTrue();
        row.GetInt64(0).ShouldBe(638999999999999999);
        row.GetString(1).ShouldBe("Clean");
        row.GetString(2).ShouldBe("更新拒絶通知.pdf");
        row.GetString(3).ShouldBe("staff@minato.example");
    }

    private static HubDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteHubDbContext(
            new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite("Data Source=:memory:").Options, TenantScope.System, TimeProvider.System),
        _ => new SqlServerHubDbContext(
            new DbContextOptionsBuilder<SqlServerHubDbContext>().UseSqlServer("Server=.;Database=PartnerHub;Trusted_Connection=True;TrustServerCertificate=True").Options, TenantScope.System, TimeProvider.System),
    };
}
