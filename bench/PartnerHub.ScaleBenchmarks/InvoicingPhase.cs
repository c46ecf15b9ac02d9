using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// The month-end invoicing run (issue 12: 50,000 contracts ≤ 60 s): a fresh demo database, then <c>--contracts</c> 004 contracts
/// (default 50,000) of <c>--partners</c> extra partners (default 100), delivered on days spread evenly over the thirteen months up to
/// the measured month (2027-03) and rolled by the renewal rule to that month's end — so about 8 % start their first term in the
/// month and 8 % renew in it, as in a steady year. Measured as finance: the preview (<see cref="InvoicingPlanner"/>)
/// twice, then the run (<see cref="InvoicingRunner"/>: plan again, number and store the invoices in batches, then print their PDFs
/// in parallel on the page pool and store them with their hashes), then the same month again (nothing to issue: all already
/// billed). After the run every issued invoice is checked: its PDF stored, the hash matching the bytes.
/// </summary>
internal static class InvoicingPhase
{
    private static readonly BillingMonth Month = new(2027, 3);

    public static async Task RunAsync(BenchSettings settings)
    {
        string work = Path.Combine(Path.GetTempPath(), "partnerhub-invoicing-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            var opening = Stopwatch.StartNew();
            Dictionary<string, string?>? hubSettings = settings.PdfPagePool is { } pool
                ? new() { ["Documents:PagePoolSize"] = pool.ToString(CultureInfo.InvariantCulture) }
                : null;
            await using var hub = await BenchHub.OpenAsync("invoicing", Path.Combine(work, "invoicing.db"), hubSettings);
            Measure.Line($"PDF page pool {hub.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PartnerHub.Features.Documents.DocumentsOptions>>().Value.PagePoolSize}");
            Measure.Line($"database ready (migrations and demo seed) in {opening.Elapsed.TotalSeconds:N1} s");
            opening.Restart();
            await SeedAsync(hub, settings.InvoicingContracts, settings.InvoicingPartners);
            Measure.Line($"{settings.InvoicingContracts:N0} contracts of {settings.InvoicingPartners} partners inserted in {opening.Elapsed.TotalSeconds:N1} s; {Measure.Load()}");

            var finance = new BenchRole("finance", "finance@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor, HubRoles.Finance);
            for (int i = 1; i <= 2; i++)
            {
                await using var scope = hub.ScopeFor(finance);
                var watch = Stopwatch.StartNew();
                var plan = await scope.ServiceProvider.GetRequiredService<InvoicingPlanner>()
                    .PlanAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>().Scope, Month);
                Measure.Line($"preview {i}: {watch.Elapsed.TotalSeconds:N2} s — {plan.ContractsRead:N0} contracts read, {plan.Invoices.Count} invoices, {plan.LineCount:N0} lines, {plan.GrandTotal.Amount:N0} yen; {Measure.Load()}");
            }

            await IssueAsync(hub, finance, "issue");
            if (!settings.SkipPdfSteps)
            {
                await InvoicePdfSteps.RunAsync(hub, finance, settings.PdfDocuments);
            }

            await IssueAsync(hub, finance, "issue again (same month)");
        }
        finally
        {
            SqliteClear();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task IssueAsync(BenchHub hub, BenchRole finance, string label)
    {
        await using var scope = hub.ScopeFor(finance);
        var runner = scope.ServiceProvider.GetRequiredService<InvoicingRunner>();
        var watch = Stopwatch.StartNew();
        var (start, completion) = await runner.StartWithCompletionAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>(), Month);
        var progress = runner.Progress(start.RunId!.Value)!;
        TimeSpan? planned = null;
        TimeSpan? numbered = null;
        double cpuAtNumbered = double.NaN;
        double cpuWithReapedAtNumbered = double.NaN;
        while (!completion.IsCompleted)
        {
            await Task.WhenAny(completion, Task.Delay(50));
            if (planned is null && progress.Planned >= 0)
            {
                planned = watch.Elapsed;
            }

            if (numbered is null && progress.Numbered)
            {
                numbered = watch.Elapsed;
                cpuAtNumbered = CpuMeter.TreeSeconds();
                cpuWithReapedAtNumbered = CpuMeter.TreeSeconds(includeReaped: true);
            }
        }

        await completion;
        var total = watch.Elapsed;
        double printingCpu = CpuMeter.TreeSeconds() - cpuAtNumbered;
        double printingCpuWithReaped = CpuMeter.TreeSeconds(includeReaped: true) - cpuWithReapedAtNumbered;
        await using var db = hub.Services.GetRequiredService<HubDbContextOptions>().Create(TenantScope.System, TimeProvider.System);
        var run = await db.InvoicingRuns.AsNoTracking().SingleAsync(r => r.Id == start.RunId);
        var numbering = (numbered ?? total) - (planned ?? TimeSpan.Zero);
        var printing = total - (numbered ?? total);
        Measure.Line($"{label}: {total.TotalSeconds:N2} s ({run.Status}) — planning {planned?.TotalSeconds ?? 0:N2} s, numbering and storing {run.InvoicesIssued} invoices {numbering.TotalSeconds:N2} s, printing and storing their PDFs {printing.TotalSeconds:N2} s ({(run.InvoicesIssued / Math.Max(printing.TotalSeconds, 0.001)).ToString("N1", CultureInfo.InvariantCulture)} PDFs/s, CPU {(printingCpu * 1000 / Math.Max(run.InvoicesIssued, 1)).ToString("N0", CultureInfo.InvariantCulture)} ms a PDF, with Chromium's reaped print compositors {(printingCpuWithReaped * 1000 / Math.Max(run.InvoicesIssued, 1)).ToString("N0", CultureInfo.InvariantCulture)} ms); {run.LinesIssued:N0} lines, {run.AmountIssued.Amount:N0} yen, {run.ChargesAlreadyBilled:N0} already billed, {run.InvoicesRefused} refused; {Measure.Load()}");
        Measure.Line($"{label}: so far in this process, documents swapped into a pooled page that held their fonts {hub.Services.GetRequiredService<ChromiumPrinter>().DocumentsSwappedIn:N0} (the others loaded a whole page), font generations cut {hub.Services.GetRequiredService<DocumentFonts>().Generations:N0}");
        await CheckPdfsAsync(db);
    }

    // Every issued invoice has its PDF, whose bytes hash to what the invoice records: none left pending, none mixed up.
    private static async Task CheckPdfsAsync(HubDbContext db)
    {
        var issued = await db.Invoices.AsNoTracking().Where(i => i.Status != PartnerHub.Domain.Billing.Invoices.InvoiceStatus.Draft)
            .Select(i => new { i.Id, i.PdfSha256 }).ToListAsync();
        var stored = await db.InvoicePdfs.AsNoTracking().Select(p => new { p.InvoiceId, p.Content }).ToListAsync();
        var hashes = stored.ToDictionary(p => p.InvoiceId, p => PartnerHub.Domain.Billing.Invoices.InvoicePdf.HashOf(p.Content));
        int pending = issued.Count(i => i.PdfSha256 is null);
        int matching = issued.Count(i => i.PdfSha256 is not null && hashes.GetValueOrDefault(i.Id) == i.PdfSha256);
        Measure.Line($"  check: {issued.Count} issued documents, {matching} with a stored PDF whose SHA-256 matches, {pending} PDF pending, {issued.Count - matching - pending} mismatched");
    }

    // Contracts through their own methods (order, kitting, shipment, delivery, renewals), saved in batches with a system context.
    private static async Task SeedAsync(BenchHub hub, int contracts, int partners)
    {
        var options = hub.Services.GetRequiredService<HubDbContextOptions>();
        var random = new Random(20_261_206);
        var names = new Random(20_261_208);
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(9));
        var customersOf = new List<(Guid Partner, Guid Customer)>();
        await using (var db = options.Create(TenantScope.System, TimeProvider.System))
        {
            for (int p = 0; p < partners; p++)
            {
                // Names of varied kanji (as real partners' are), so that the documents' characters differ and the cut faces grow.
                var partner = new Organisation(Guid.NewGuid(), OrganisationKind.SalesPartner, $"{Pick(names)}{Pick(names)}販売株式会社 {p + 1:D4}", "ベンチハンバイ");
                var customer = new Customer(Guid.NewGuid(), partner.Id, $"株式会社{Pick(names)}{Pick(names)} {p + 1:D4}", "ベンチコキャク",
                    new ServiceContact("山田 太郎", "ヤマダ タロウ", $"it@bench{p}.example", "03-1234-5678", null), at);
                db.Organisations.Add(partner);
                db.Customers.Add(customer);
                customersOf.Add((partner.Id, customer.Id));
            }

            await db.SaveChangesAsync();
        }

        // Delivered on days from 2026-02-28 to 2027-03-30 (13 months up to the measured month's end, so terms start in March 2026 and
        // renew in March 2027), rolled forward to 2027-04-01.
        var firstDelivery = new DateOnly(2026, 2, 28);
        var rolledTo = Month.Last.AddDays(1);
        const int Batch = 2_500;
        for (int done = 0; done < contracts; done += Batch)
        {
            await using var db = options.Create(TenantScope.System, TimeProvider.System);
            for (int i = done; i < Math.Min(contracts, done + Batch); i++)
            {
                var (partner, customer) = customersOf[i % partners];
                var delivered = firstDelivery.AddDays((int)((long)i * 396 / contracts));
                var ordered = delivered.AddDays(-14);
                var contract = new ServiceContract(Guid.NewGuid(), $"C-BENCH-{i:D6}", partner, customer, ServicePlan.SensorService.Code, 1, new Yen(480_000), null, ordered, at,
                    "bench", new Yen(396_000 + (random.Next(0, 5) * 33_000)));
                contract.StartKitting(at, "bench");
                contract.Ship(at, "bench", "bench");
                contract.CompleteDelivery(delivered, at, "bench");
                contract.StartService(at, "bench", "bench");
                contract.RollForward(rolledTo, at, "bench");
                db.Contracts.Add(contract);
            }

            await db.SaveChangesAsync();
        }
    }

    // Family names, places and name stems of the scale-data catalogues (tools/PartnerHub.ScaleData/Catalogues).
    private static readonly string[] s_nameWords =
    [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上",
        "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田",
        "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野",
        "三浦", "原田", "松田", "竹内", "小野", "田村", "中川", "和田", "石田", "上田", "森田", "内田", "柴田", "酒井", "宮崎", "横山",
        "札幌", "函館", "旭川", "青森", "盛岡", "仙台", "秋田", "山形", "福島", "水戸", "宇都宮", "前橋", "浦和", "千葉", "横浜", "川崎",
        "新潟", "富山", "金沢", "福井", "甲府", "長野", "岐阜", "静岡", "浜松", "名古屋", "津", "大津", "京都", "大阪", "堺", "神戸",
        "奈良", "和歌山", "鳥取", "松江", "岡山", "広島", "山口", "徳島", "高松", "松山", "高知", "北九州", "博多", "佐賀", "長崎", "熊本",
        "大分", "宮崎", "鹿児島", "那覇", "青葉", "武蔵野", "桜川", "瀬戸内",
    ];

    private static string Pick(Random random) => s_nameWords[random.Next(s_nameWords.Length)];

    private static void SqliteClear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
