using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Tests.Support;

/// <summary>
/// The real app over a fresh SQLite database that went through the real migrations and the demo seed
/// (vendor, three partners, hardware vendor, one user per role). Tests that need other settings (low rate limits,
/// instant session checks) get their own host from a subclass that passes them.
/// </summary>
public class HubAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Header a test sets to play a client at another address (the host's test client has none of its own).</summary>
    public const string TestClientAddressHeader = "X-Test-Client-Address";

    private readonly string _databaseFile;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public HubAppFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected HubAppFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        // A file rather than a shared-cache in-memory database: shared-cache locks fail at once under the parallel
        // sign-ins of the tests, while a file in WAL mode waits for the writer like the real hub does.
        _databaseFile = Path.Combine(Path.GetTempPath(), "partnerhub-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _databaseFile, Pooling = false }.ToString();
    }

    public string ConnectionString { get; }

    /// <summary>Where this test host stores case attachments (never the source tree).</summary>
    public string AttachmentFolder => _databaseFile + "-attachments";

    /// <summary>The bridge API key the test host accepts.</summary>
    public const string BridgeApiKey = "test-bridge-key-0123456789";

    /// <summary>A second bridge key, bound to the appliances whose serials start with TST- (the ones DeviceTestData deploys).</summary>
    public const string BoundBridgeApiKey = "test-bound-bridge-api-key-0123456789";

    /// <summary>Starts the host once, before any test: the factory's lazy start is not safe for parallel first use.</summary>
    public ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Devices:Ingest:Bridges:0:BridgeId", "test-bridge");
        builder.UseSetting("Devices:Ingest:Bridges:0:ApiKey", BridgeApiKey);
        // Device tests post for serials of every shape; BridgeBindingTests uses the second key, bound to TST-* only.
        builder.UseSetting("Devices:Ingest:Bridges:0:Appliances:0", "*");
        builder.UseSetting("Devices:Ingest:Bridges:1:BridgeId", "bound-bridge");
        builder.UseSetting("Devices:Ingest:Bridges:1:ApiKey", BoundBridgeApiKey);
        builder.UseSetting("Devices:Ingest:Bridges:1:Appliances:0", "TST-*");
        builder.UseSetting("Devices:Ingest:MaxEventsPerBatch", "500");
        // Tests run the evaluator, the outbox and the reminders themselves, so their outcome does not depend on a timer.
        builder.UseSetting("BackgroundJobs:RunOnThisInstance", "false");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetDirectoryName(_databaseFile)!, "mail"));
        builder.UseSetting("Attachments:StorePath", AttachmentFolder);
        // The tests sign in hundreds of times from one address; RateLimitTests checks the limits on a host of its own.
        foreach (var limit in new[] { "SignInPerAccountAndAddress", "SignInPerAddress", "PasswordResetPerAccountAndAddress", "PasswordResetPerAddress", "BridgeIngest", "Downloads" })
        {
            builder.UseSetting($"RateLimits:{limit}:PermitLimit", "1000000");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
    }

    /// <summary>A context as the given tenant scope would get it from the app.</summary>
    public HubDbContext CreateContext(TenantScope scope) =>
        Services.GetRequiredService<HubDbContextOptions>().Create(scope, TimeProvider.System);

    /// <summary>A DI scope whose <see cref="CurrentUser"/> is the given user, for calling use cases directly.</summary>
    public AsyncServiceScope ScopeFor(TenantScope user, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = Services.CreateAsyncScope();
        var claims = new List<System.Security.Claims.Claim>
        {
            new(System.Security.Claims.ClaimTypes.NameIdentifier, user.UserId ?? "test-user"),
            new(System.Security.Claims.ClaimTypes.Name, user.UserName ?? "test-user"),
            new(HubClaimTypes.OrganisationId, user.OwnOrganisationId.ToString()),
            new(HubClaimTypes.OrganisationKind, user.OrganisationKind?.ToString() ?? string.Empty),
        };
        claims.AddRange(roles.Select(role => new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role)));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetUser(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "Test")));
        return scope;
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
            {
                File.Delete(file);
            }

            if (Directory.Exists(AttachmentFolder))
            {
                Directory.Delete(AttachmentFolder, recursive: true);
            }
        }
    }
}

/// <summary>Gives a request the client address named in <see cref="HubAppFactory.TestClientAddressHeader"/>, first thing.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[HubAppFactory.TestClientAddressHeader].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
