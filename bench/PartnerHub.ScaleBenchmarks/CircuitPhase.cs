using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PartnerHub.Data.Seeding;
using PartnerHub.Testing;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Phase "circuits": memory per idle interactive page. The real hub (its Program, on Kestrel at a loopback port) over the
/// database; a signed-in Chromium context opens N tabs of a list page and waits until each circuit is interactive and its first
/// page of rows is shown; then the server's heap after full collections, before and after, divided by N.
/// </summary>
internal static class CircuitPhase
{
    private const BindingFlags HiddenMembers = BindingFlags.Instance | BindingFlags.NonPublic;

    public static async Task<IReadOnlyList<CircuitResult>> RunAsync(IReadOnlyList<BenchHub> hubs, BenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(settings);
        var results = new List<CircuitResult>();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // "/" (the role's home page, no list) is the reference: what any interactive page costs before its list.
        foreach (var hub in hubs.Where(h => settings.CircuitDatabases == "both" || h.Label == settings.CircuitDatabases))
        {
            await using var app = new CircuitHub(hub.DatabaseFile);
            string baseUrl = app.Start();
            foreach (var (role, login) in new[] { (BenchRole.PartnerAdmin, "admin@minato.example"), (BenchRole.VendorOperations, "ops@vendor.example") })
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = baseUrl,
                    Locale = "ja-JP",
                    TimezoneId = "Asia/Tokyo",
                    ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
                });
                context.SetDefaultTimeout(120_000);
                await SignInAsync(await context.NewPageAsync(), login);
                foreach (string path in settings.CircuitPaths)
                {
                    results.Add(await MeasureAsync(app.Services, context, hub.Label, role, path, settings.CircuitPages));
                }
            }
        }

        return results;
    }

    private static async Task<CircuitResult> MeasureAsync(IServiceProvider services, IBrowserContext context, string database, BenchRole role, string path, int count)
    {
        // Warm-up tabs: JIT, the EF queries' compilation and the page's first render are not a circuit's cost.
        foreach (var warm in await OpenAsync(context, path, 2))
        {
            await warm.CloseAsync();
        }

        await Task.Delay(1000);
        Memory.Settle();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        await HeapDumpAsync(database, role, path, "before");
        var opened = await OpenAsync(context, path, count);
        // Idle: the circuits have rendered, nothing is in flight.
        await Task.Delay(2000);
        Memory.Settle();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        var (circuits, components) = CountComponents(services);
        await HeapDumpAsync(database, role, path, "after");
        foreach (var page in opened)
        {
            await page.CloseAsync();
        }

        await Task.Delay(3000);
        Memory.Settle();
        long closed = GC.GetTotalMemory(forceFullCollection: true);
        var result = new CircuitResult(database, role, path, count, (after - before) / count, closed - before, components);
        Measure.Line($"circuits [{database}] {path} as {role.Name}: {count} idle interactive tabs, server heap {Measure.MiB(before)} → {Measure.MiB(after)}: {result.BytesPerCircuit / 1024d:N0} KiB per page, {components:N0} components per circuit ({circuits} circuits); after closing them {(closed - before) / 1024d:+#,0;-#,0;0} KiB vs before; {Measure.Load()}");
        return result;
    }

    /// <summary>
    /// Components alive per open circuit (what an idle page's memory follows, ~3.5 KB each): the renderer's component table of
    /// each connected circuit, read by reflection from Blazor's internal circuit registry (no public API gives it). -1 if a
    /// later Blazor renamed what is read.
    /// </summary>
    private static (int Circuits, double ComponentsPerCircuit) CountComponents(IServiceProvider services)
    {
        var registryType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry");
        var table = typeof(Renderer).GetField("_componentStateById", HiddenMembers);
        if (registryType is null || table is null || services.GetService(registryType) is not { } registry
            || registryType.GetProperty("ConnectedCircuits", HiddenMembers)?.GetValue(registry) is not IDictionary connected)
        {
            return (0, -1);
        }

        int circuits = 0;
        long components = 0;
        foreach (object host in connected.Values)
        {
            if (host.GetType().GetProperty("Renderer")?.GetValue(host) is { } renderer && table.GetValue(renderer) is ICollection states)
            {
                circuits++;
                components += states.Count;
            }
        }

        return (circuits, circuits == 0 ? -1 : (double)components / circuits);
    }

    /// <summary>
    /// With BENCH_GCDUMP_DIR set, a heap snapshot of this process (dotnet-gcdump, a dotnet tool) before and after the tabs are
    /// opened: `dotnet-gcdump report` on each shows which types the circuits hold.
    /// </summary>
    private static async Task HeapDumpAsync(string database, BenchRole role, string path, string moment)
    {
        if (Environment.GetEnvironmentVariable("BENCH_GCDUMP_DIR") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"{database}-{role.Role}-{path.Trim('/')}-{moment}.gcdump");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet-gcdump") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string argument in new[] { "collect", "-p", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
    }

    private static async Task<List<IPage>> OpenAsync(IBrowserContext context, string path, int count)
    {
        var pages = new List<IPage>();
        for (int i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.Locator("[data-interactive=true]").WaitForAsync();
            if (path != "/")
            {
                // The grid's first page of rows, loaded by the circuit after it became interactive.
                await page.Locator("tbody tr.mud-table-row").First.WaitForAsync();
            }
            pages.Add(page);
        }

        return pages;
    }

    // As the browser tests' LoginPage: password, then the TOTP of the pre-enrolled demo authenticator for vendor roles.
    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(DemoOrganisations.DemoPassword);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (page.Url.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            await page.Locator("#Input\\.TwoFactorCode").FillAsync(Totp.Code(DemoOrganisations.DemoAuthenticatorKey, TimeProvider.System.GetUtcNow()));
            await page.GetByTestId("login-2fa-submit").ClickAsync();
        }

        await page.GetByTestId("home-title").WaitForAsync();
        await page.CloseAsync();
    }

    /// <summary>The real hub in process on Kestrel, over the bench's database file, as the browser tests run it.</summary>
    private sealed class CircuitHub(string databaseFile) : WebApplicationFactory<Program>
    {
        public string Start()
        {
            UseKestrel(0);
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .First(a => a.StartsWith("http://", StringComparison.Ordinal))
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
                .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The hub's source folder: its wwwroot and static web assets (WebApplicationFactory would look for <solution>/PartnerHub).
            builder.UseContentRoot(SourceFolder());
            // Development, as the browser tests: a Production run from bin/ serves MudBlazor's CSS empty (STACK-NOTES.md).
            builder.UseEnvironment("Development");
            foreach (var (key, value) in BenchHub.HubSettings(databaseFile))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            // A closed tab's circuit is released at once instead of being kept 3 minutes for a reconnect: the next measurement
            // must not see it go (or stay) in the middle. It changes nothing about an open, idle circuit.
            builder.ConfigureServices(services => services.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 0));
        }

        // bench/PartnerHub.ScaleBenchmarks/bin/<Configuration>/<framework> → the repository root is five folders up.
        private static string SourceFolder()
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName, "src", "PartnerHub");
        }
    }
}

internal sealed record CircuitResult(string Database, BenchRole Role, string Path, int Pages, long BytesPerCircuit, long AfterCloseBytes, double ComponentsPerCircuit)
{
    public string KiB => (BytesPerCircuit / 1024d).ToString("N0", CultureInfo.InvariantCulture);
}
