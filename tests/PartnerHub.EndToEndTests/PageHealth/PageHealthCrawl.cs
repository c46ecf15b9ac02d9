using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;

namespace PartnerHub.EndToEndTests.PageHealth;

/// <summary>
/// Signs in as each role and opens every routable page of the hub (routes found in the app, parameters filled with demo
/// records in each status the role may see) and every document download. A page fails on a 5xx, Blazor's error UI, an
/// error logged by the server or the browser; a page the role may not use must say so (access denied or not found),
/// and another tenant's record must not be found. Screenshots at 1366×768 and 1920×1080 go to PAGE_HEALTH_SCREENSHOTS.
/// </summary>
public abstract class PageHealthCrawl(HubServer hub)
{
    private static readonly (int Width, int Height)[] s_screens = [(1366, 768), (1920, 1080)];

    // Pages whose whole purpose is to say "access denied" or "not found".
    private static readonly HashSet<string> s_noticePages = new(StringComparer.OrdinalIgnoreCase) { "/Account/AccessDenied", "/not-found" };

    /// <summary>One demo login per role, the vendor's or the others', so the two halves of the crawl run side by side.</summary>
    protected static TheoryData<string> Logins(bool vendor) =>
        [.. DemoDataSeeder.Logins.DistinctBy(l => l.Role).Where(l => (l.OrganisationId == DemoOrganisations.Vendor) == vendor).Select(l => l.Email)];

    protected async Task CrawlAsync(string email)
    {
        var login = DemoDataSeeder.Logins.Single(l => l.Email == email);
        var page = await hub.NewPageAsync(s_screens[0].Width, s_screens[0].Height);
        var browserErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => browserErrors.Add(error);
        await new LoginPage(page).SignInAsync(email);

        var problems = new List<string>();
        int visited = 0;
        foreach (var visit in await PlanAsync(AppRoute.Pages(), login, problems))
        {
            visited++;
            problems.AddRange(await OpenPageAsync(page, visit, browserErrors, login.Role));
        }

        // A document may exist only in some statuses (a loan slip once shipped): each download must work for at least one
        // record the role may see, and answer no record with an error.
        var downloads = await PlanAsync(AppRoute.Downloads(hub.Services.GetRequiredService<EndpointDataSource>()), login, problems);
        foreach (var route in downloads.GroupBy(v => v.Route))
        {
            int delivered = 0;
            foreach (var visit in route)
            {
                visited++;
                var (answered, errors) = await DownloadAsync(page, visit);
                delivered += answered ? 1 : 0;
                problems.AddRange(errors);
            }

            if (delivered == 0 && route.Any(v => v.Expect == Expect.Content))
            {
                problems.Add($"{route.Key}: no demo record the role may see gives the document");
            }
        }

        await page.Context.CloseAsync();
        visited.ShouldBeGreaterThan(10);
        problems.ShouldBeEmpty($"{login.Role} ({email}) opened {visited} pages and downloads:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private async Task<IReadOnlyList<Visit>> PlanAsync(IReadOnlyList<AppRoute> routes, DemoLogin login, List<string> problems)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var visits = new List<Visit>();
        foreach (var route in routes)
        {
            bool allowed = route.Allows(login.Role);
            if (route.Parameters.Count == 0)
            {
                var expect = s_noticePages.Contains(route.Template) ? Expect.Notice : allowed ? Expect.Content : Expect.Refusal;
                visits.Add(new Visit(route, route.Template, expect, "-"));
                continue;
            }

            var samples = await DemoSamples.ForAsync(route, db, CancellationToken.None);
            if (samples.Count == 0)
            {
                problems.Add($"{route}: the demo data has no record to open it with (add one to the demo seed)");
                continue;
            }

            var visible = samples.Where(s => s.VisibleTo(login.Role, login.OrganisationId)).DistinctBy(s => s.Label).ToList();
            var hidden = samples.FirstOrDefault(s => !s.VisibleTo(login.Role, login.OrganisationId));
            if (!allowed)
            {
                visits.Add(new Visit(route, route.Fill(samples[0].Values), Expect.Refusal, samples[0].Label));
                continue;
            }

            foreach (var sample in visible)
            {
                visits.Add(new Visit(route, route.Fill(sample.Values), Expect.Content, sample.Label));
            }

            if (hidden is not null)
            {
                visits.Add(new Visit(route, route.Fill(hidden.Values), Expect.NotFound, hidden.Label + " of another tenant"));
            }
        }

        return visits;
    }

    private async Task<IReadOnlyList<string>> OpenPageAsync(IPage page, Visit visit, List<string> browserErrors, string role)
    {
        var problems = new List<string>();
        long mark = hub.ServerLog.Mark;
        browserErrors.Clear();
        var response = await page.GotoAsync(visit.Url);
        if (response is { Status: >= 500 })
        {
            problems.Add($"{visit}: HTTP {response.Status}");
        }

        if (!visit.Route.IsAccountPage && !page.Url.Contains("/Account/", StringComparison.Ordinal))
        {
            try
            {
                await page.WaitForInteractiveAsync();
            }
            catch (TimeoutException)
            {
                problems.Add($"{visit}: never became interactive");
            }
        }
        else
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
        }

        // Grids load their first page over the circuit after the first render.
        await page.WaitForTimeoutAsync(300);
        await SaveScreenshotsAsync(page, role, visit);

        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            problems.Add($"{visit}: Blazor's error UI is shown");
        }

        bool refused = await page.GetByTestId("access-denied").CountAsync() > 0 || page.Url.Contains("AccessDenied", StringComparison.Ordinal);
        bool notFound = await page.GetByTestId("not-found").CountAsync() > 0 || page.Url.Contains("not-found", StringComparison.Ordinal);
        switch (visit.Expect)
        {
            case Expect.Content when refused || notFound:
                problems.Add($"{visit}: shows {(refused ? "access denied" : "not found")} to a role that may use it");
                break;
            case Expect.Refusal when !refused && !notFound:
                problems.Add($"{visit}: opens for a role that may not use it");
                break;
            case Expect.NotFound when !refused && !notFound:
                problems.Add($"{visit}: shows another tenant's record");
                break;
        }

        problems.AddRange(hub.ServerLog.ErrorsSince(mark).Select(e => $"{visit}: server logged {e}"));
        problems.AddRange(browserErrors.Select(e => $"{visit}: browser console error {e}"));
        return problems;
    }

    /// <returns>Whether the document came, and what went wrong.</returns>
    private async Task<(bool Delivered, IReadOnlyList<string> Problems)> DownloadAsync(IPage page, Visit visit)
    {
        long mark = hub.ServerLog.Mark;
        var response = await page.Context.APIRequest.GetAsync(visit.Url, new() { MaxRedirects = 0, Timeout = 60_000 });
        var problems = new List<string>();
        bool delivered = response.Status == 200 && response.Headers.TryGetValue("content-type", out var type)
            && (type.StartsWith("application/pdf", StringComparison.Ordinal) || type.Contains("spreadsheetml", StringComparison.Ordinal)
                || type.StartsWith("application/zip", StringComparison.Ordinal));
        if (response.Status >= 500)
        {
            problems.Add($"{visit}: download answered {response.Status}");
        }
        else if (visit.Expect is Expect.Refusal or Expect.NotFound && response.Status is not (302 or 401 or 403 or 404))
        {
            problems.Add($"{visit}: download answered {response.Status} to a user who may not have it");
        }

        problems.AddRange(hub.ServerLog.ErrorsSince(mark).Select(e => $"{visit}: server logged {e}"));
        return (delivered && visit.Expect == Expect.Content, problems);
    }

    private static async Task SaveScreenshotsAsync(IPage page, string role, Visit visit)
    {
        if (visit.Expect is not (Expect.Content or Expect.Notice))
        {
            return;
        }

        string folder = Environment.GetEnvironmentVariable("PAGE_HEALTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "partnerhub-page-health");
        Directory.CreateDirectory(folder);
        foreach (var (width, height) in s_screens)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, FileName(role, visit, width)),
                FullPage = true,
                Type = ScreenshotType.Png,
            });
        }

        await page.SetViewportSizeAsync(s_screens[0].Width, s_screens[0].Height);
    }

    private static string FileName(string role, Visit visit, int width)
    {
        var name = new StringBuilder();
        foreach (char c in visit.Route.Template.Trim('/') + "_" + visit.Sample)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{role}_{name}_{width}.png");
    }

    private enum Expect
    {
        Content,
        Refusal,
        NotFound,
        Notice,
    }

    private sealed record Visit(AppRoute Route, string Url, Expect Expect, string Sample)
    {
        public override string ToString() => $"{Url} [{Sample}, expect {Expect}]";
    }
}

/// <summary>The crawl as the vendor's roles: administrator, operations, desk and finance.</summary>
public class VendorRolesPageHealthTests(HubServer hub) : PageHealthCrawl(hub)
{
    public static TheoryData<string> Roles() => Logins(vendor: true);

    [Theory]
    [MemberData(nameof(Roles))]
    public Task OpenEveryPageAndDownload_AsRole_NothingFails(string email) => CrawlAsync(email);
}

/// <summary>The crawl as the partners' and the hardware vendor's roles.</summary>
public class OtherRolesPageHealthTests(HubServer hub) : PageHealthCrawl(hub)
{
    public static TheoryData<string> Roles() => Logins(vendor: false);

    [Theory]
    [MemberData(nameof(Roles))]
    public Task OpenEveryPageAndDownload_AsRole_NothingFails(string email) => CrawlAsync(email);
}
