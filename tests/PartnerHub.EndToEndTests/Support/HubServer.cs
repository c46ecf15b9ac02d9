using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace PartnerHub.EndToEndTests.Support;

/// <summary>
/// The hub on real Kestrel (a free port) with a fresh seeded database, and one Debian Chromium driven by
/// Playwright for every browser test. Never downloads a browser.
/// </summary>
public sealed class HubServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _databaseFile;
    private IPlaywright? _playwright;

    public HubServer()
    {
        _databaseFile = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
        UseKestrel(0);
    }

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Settings a workflow may change while the hub runs (<see cref="RuntimeSettings.UseAsync"/>); they win over the others.</summary>
    public RuntimeSettings Settings { get; } = new();

    /// <summary>Errors the hub has logged since it started.</summary>
    public ServerLog ServerLog { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(address => address.StartsWith("http://", StringComparison.Ordinal))
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Debian's chromium is missing: run `apt-get install chromium` (scripts/prerequisites.sh does).");
        }

        // Expectations wait as long as actions do (the default five seconds is short on two loaded cores).
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1400, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "ja-JP", TimezoneId = "Asia/Tokyo", ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Generous: eight workflows, their circuits and Chromium share two cores in CI.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = _databaseFile, Pooling = false }.ToString());
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Attachments:StorePath", _databaseFile + "-attachments");
        builder.UseSetting("Mail:PickupDirectory", _databaseFile + "-mail");
        // The workflows do not wait for timers (the demo seed evaluates device states itself); idle jobs leave the two
        // cores to the browser and the circuits.
        builder.UseSetting("BackgroundJobs:RunOnThisInstance", "false");
        // The workflows sign in and download far more often than a person; the limits have their own tests.
        foreach (var limit in new[] { "SignInPerAccountAndAddress", "SignInPerAddress", "PasswordResetPerAccountAndAddress", "PasswordResetPerAddress", "BridgeIngest", "Downloads" })
        {
            builder.UseSetting($"RateLimits:{limit}:PermitLimit", "1000000");
        }

        builder.ConfigureAppConfiguration(configuration => configuration.Add(Settings));
        builder.ConfigureLogging(logging => logging.AddProvider(ServerLog));
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        Settings.Dispose();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
