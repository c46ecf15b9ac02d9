using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// The hub's own service container (<see cref="HubServices.AddPartnerHub"/>) over one SQLite file, with the settings of a
/// production run: pooled connections, migrations at start-up (so an index added by this work reaches the scale file too),
/// no background jobs (they would compete with the figures). The host is built, never started: no web server.
/// </summary>
internal sealed class BenchHub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHub(string label, string databaseFile, WebApplication app)
    {
        Label = label;
        DatabaseFile = databaseFile;
        _app = app;
    }

    /// <summary>"demo" or "scale": the column the figures go to.</summary>
    public string Label { get; }

    public string DatabaseFile { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Builds the container, migrates the file and, for the demo database, runs the demo seed (a no-op once seeded).</summary>
    public static async Task<BenchHub> OpenAsync(string label, string databaseFile, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The hub's appsettings.json is copied beside this program with its assembly.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(HubSettings(databaseFile));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddPartnerHub();
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        return new BenchHub(label, databaseFile, app);
    }

    /// <summary>The settings both the container and the in-process web app (circuit phase) use for a database file.</summary>
    public static Dictionary<string, string?> HubSettings(string databaseFile) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = ConnectionString(databaseFile),
        ["Database:MigrateOnStartup"] = "true",
        ["Database:SeedDemoData"] = "true",
        ["BackgroundJobs:RunOnThisInstance"] = "false",
        ["Attachments:StorePath"] = databaseFile + "-attachments",
        ["Mail:PickupDirectory"] = databaseFile + "-mail",
        // The program prints its own figures; the hub's information logs (every query at Information) would bury them.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        // The circuit phase signs the same users in over and over from one address.
        ["RateLimits:SignInPerAccountAndAddress:PermitLimit"] = "1000000",
        ["RateLimits:SignInPerAddress:PermitLimit"] = "1000000",
    };

    // Pooled, as the hub's appsettings.json leaves it: opening a SQLite connection per query is part of what a page costs.
    public static string ConnectionString(string databaseFile) => new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString();

    /// <summary>A DI scope whose <see cref="CurrentUser"/> is <paramref name="role"/>'s user, as a circuit or request of that user has.</summary>
    public AsyncServiceScope ScopeFor(BenchRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetUser(role.Principal());
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        // Pooled connections keep the file (and its WAL) open after the container is gone.
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>A signed-in user as the hub's claims describe one (the claims CurrentUser reads).</summary>
internal sealed record BenchRole(string Name, string UserName, Guid OrganisationId, Domain.Partners.OrganisationKind Kind, string Role)
{
    public static BenchRole PartnerAdmin { get; } = new("partner admin", "admin@minato.example", Data.Seeding.DemoOrganisations.MinatoPartner,
        Domain.Partners.OrganisationKind.SalesPartner, Domain.Partners.HubRoles.PartnerAdmin);

    public static BenchRole VendorOperations { get; } = new("vendor ops", "ops@vendor.example", Data.Seeding.DemoOrganisations.Vendor,
        Domain.Partners.OrganisationKind.Vendor, Domain.Partners.HubRoles.VendorOperations);

    /// <summary>For the lists vendor operations may not open (quotes, audit): the vendor's administrator sees the same rows.</summary>
    public static BenchRole VendorAdmin { get; } = new("vendor admin", "admin@vendor.example", Data.Seeding.DemoOrganisations.Vendor,
        Domain.Partners.OrganisationKind.Vendor, Domain.Partners.HubRoles.VendorAdmin);

    public ClaimsPrincipal Principal() => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "bench-" + Role),
            new Claim(ClaimTypes.Name, UserName),
            new Claim(HubClaimTypes.OrganisationId, OrganisationId.ToString()),
            new Claim(HubClaimTypes.OrganisationKind, Kind.ToString()),
            new Claim(ClaimTypes.Role, Role),
        ],
        "Bench"));
}
