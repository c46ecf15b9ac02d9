using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Support;

/// <summary>
/// A SQLite file of its own, migrated like the hub's, for tests that compare whole result sets: the shared host's database
/// changes under them while other tests run.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "partnerhub-scratch-" + Guid.NewGuid().ToString("N"));

    private ScratchDatabase()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = "Data Source=" + Path.Combine(_folder, "hub.db");
        DatabaseOptions = Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = ConnectionString });
        Options = new HubDbContextOptions(DatabaseOptions, NullLoggerFactory.Instance);
    }

    public string ConnectionString { get; }

    public IOptions<DatabaseOptions> DatabaseOptions { get; }

    public HubDbContextOptions Options { get; }

    public static async Task<ScratchDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new ScratchDatabase();
        await using var db = database.Context();
        await db.Database.MigrateAsync(cancellationToken);
        return database;
    }


    public HubDbContext Context() => Options.Create(TenantScope.System, TimeProvider.System);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
