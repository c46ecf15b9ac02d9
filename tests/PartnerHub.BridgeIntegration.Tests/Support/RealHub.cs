using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>
/// The real hub (its Program, migrations, demo seed and ingest endpoint) on Kestrel at a fixed loopback port over a
/// SQLite file. A test may dispose one and start another on the same port and file: the hub going down and up.
/// </summary>
public sealed class RealHub : WebApplicationFactory<Program>
{
    /// <summary>The bridge API key the hub accepts (Devices:Ingest:Bridges:0:ApiKey).</summary>
    public const string BridgeApiKey = "integration-bridge-key-0123456789";

    public const string BridgeId = "bridge-it";

    private readonly string _connectionString;

    private RealHub(string databaseFile, int port)
    {
        DatabaseFile = databaseFile;
        Port = port;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString();
        UseKestrel(port);
    }

    public string DatabaseFile { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts the hub (migrating and seeding the file when it is new) and waits until it listens.</summary>
    public static RealHub Start(string databaseFile, int port)
    {
        var hub = new RealHub(databaseFile, port);
        hub.StartServer();
        return hub;
    }

    /// <summary>A context that sees every tenant, as the ingest itself writes.</summary>
    public HubDbContext SystemContext() =>
        Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Devices:Ingest:Bridges:0:BridgeId", BridgeId);
        builder.UseSetting("Devices:Ingest:Bridges:0:ApiKey", BridgeApiKey);
        // The bridge key serves the sensors Deployments registers (IT-…).
        builder.UseSetting("Devices:Ingest:Bridges:0:Appliances:0", "IT-*");
        // The bridge drains its spool as fast as the hub answers; the ingest limit has its own test in PartnerHub.Tests.
        builder.UseSetting("RateLimits:BridgeIngest:PermitLimit", "1000000");
        // States evaluated every few seconds, so a chain test can watch an appliance stay online while its shipper restarts.
        builder.UseSetting("Devices:Health:EvaluateEverySeconds", "5");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "mail"));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
