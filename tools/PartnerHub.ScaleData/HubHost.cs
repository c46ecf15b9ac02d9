using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerHub.ScaleData;

/// <summary>
/// A clock the generator sets: the hub's services stamp what they write (audit entries, ingest times, the automatic
/// activation of a contract on its first telemetry) with the time the generated data says it happened.
/// </summary>
public sealed class ReplayClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset instant) => _now = instant.ToUniversalTime();
}

/// <summary>
/// The hub's own service container over one SQLite file, built from the app's registration (<see cref="HubServices"/>)
/// with the settings of a local demo run. The host is built but never started: no web server, no background jobs.
/// </summary>
internal static class HubHost
{
    public static WebApplication Build(string databaseFile, ReplayClock clock)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString();
        // Content root beside the tool: the hub's appsettings.json is copied there with its assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["BackgroundJobs:RunOnThisInstance"] = "false",
            ["Attachments:StorePath"] = databaseFile + "-attachments",
            ["Mail:PickupDirectory"] = databaseFile + "-mail",
            // The tool prints its own progress; the hub's information logs (every migration, the seed) would bury it.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        });
        builder.Services.AddPartnerHub();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        return builder.Build();
    }
}
