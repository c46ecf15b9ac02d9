using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Resources;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Phase "excel-writer": the hub's <see cref="IExcelWriter"/> alone, without a database, over synthetic rows shaped like the
/// customer export (13 text columns, mostly unique Japanese values) and the contract export, with the endpoints' own layouts
/// (<c>ExportLayout</c>), into a temporary file as <c>DocumentDownload.Excel</c> does. Rows are generated while the sheet is
/// written (as a streamed query delivers them), so the figures are the writer's: time, allocations, peak RSS and managed heap.
/// </summary>
internal static class ExcelWriterPhase
{
    private const int Runs = 4;

    private static readonly string[] s_prefectures = ["東京都", "神奈川県", "大阪府", "愛知県", "福岡県", "北海道", "宮城県", "広島県", "京都府", "兵庫県"];
    private static readonly string[] s_industries = ["製造業", "建設業", "卸売業", "小売業", "医療・福祉", "情報通信業", "運輸業", "不動産業"];
    private static readonly string[] s_kanji = ["青葉", "朝日", "港", "富士", "桜", "松風", "若草", "光", "大和", "東都", "北斗", "緑"];
    private static readonly string[] s_kinds = ["精密工業", "物産", "商事", "建設", "電機", "運輸", "食品", "医院", "設計事務所", "不動産"];

    public static void Run(int customers, int contracts)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ja");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
        using var services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<IExcelWriter, OpenXmlExcelWriter>().BuildServiceProvider();
        var writer = services.GetRequiredService<IExcelWriter>();
        var customerLayout = CustomerEndpoints.ExportLayout(
            services.GetRequiredService<IStringLocalizer<CustomersPage>>(),
            services.GetRequiredService<IStringLocalizer<CustomerDetailPage>>(),
            services.GetRequiredService<IStringLocalizer<SharedStrings>>());
        var contractStrings = services.GetRequiredService<IStringLocalizer<ContractStrings>>();
        var contractLayout = ContractEndpoints.ExportLayout(contractStrings);

        Time("customers (synthetic)", customers, stream => writer.Write(stream, customerLayout.ToSheet("顧客", Customers(customers))));
        Time("contracts (synthetic)", contracts, stream => writer.Write(stream, contractLayout.ToSheet("契約", Contracts(contracts))));
        if (Environment.GetEnvironmentVariable("BENCH_XLSX_DUMP") is { Length: > 0 } dump)
        {
            using var file = File.Create(dump);
            writer.Write(file, customerLayout.ToSheet("顧客", Customers(customers)));
        }
    }

    private static void Time(string name, int rows, Action<Stream> write)
    {
        var runs = new List<ExcelRun>();
        for (int run = 0; run < Runs; run++)
        {
            string file = Path.GetTempFileName();
            Memory.Settle();
            long heapBefore = GC.GetTotalMemory(forceFullCollection: false);
            long rssBefore = Memory.ResidentBytes();
            Memory.ResetPeak();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new Memory.HeapSampler();
            var clock = Stopwatch.StartNew();
            using var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            write(stream);
            clock.Stop();
            runs.Add(new ExcelRun(rows, stream.Length, clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
                Memory.PeakResidentBytes() - rssBefore, sampler.Peak - heapBefore, Memory.PeakResidentBytes()));
        }

        var warm = runs.Skip(1).OrderBy(r => r.Milliseconds).ToList();
        Measure.Line($"excel-writer {name}: {rows:N0} rows, {runs[0].FileBytes / 1024d / 1024d:N1} MiB file; first {runs[0].Milliseconds:N0} ms, warm {string.Join(" / ", warm.Select(r => r.Milliseconds.ToString("N0", CultureInfo.InvariantCulture)))} ms; allocated {Measure.MiB(warm[0].AllocatedBytes)}; peak above before: RSS +{string.Join(" / ", warm.Select(r => Measure.MiB(r.PeakRssAboveBefore)))}, managed heap +{string.Join(" / ", warm.Select(r => Measure.MiB(r.PeakHeapAboveBefore)))}; {Measure.Load()}");
    }

    // Deterministic, mostly unique values of the lengths the scale data has: names, kana, addresses, e-mail addresses.
    private static IEnumerable<CustomerExportRow> Customers(int count)
    {
        var random = new Random(20261);
        for (int i = 0; i < count; i++)
        {
            string stem = s_kanji[random.Next(s_kanji.Length)] + s_kanji[random.Next(s_kanji.Length)];
            string prefecture = s_prefectures[random.Next(s_prefectures.Length)];
            yield return new CustomerExportRow(
                $"株式会社{stem}{s_kinds[random.Next(s_kinds.Length)]}{i}",
                $"カブシキガイシャ{stem.Length}アオバ{i}",
                random.Next(4) == 0 ? null : random.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture),
                $"{random.Next(100, 999)}-{random.Next(1000, 9999)}",
                prefecture,
                $"{stem}町{random.Next(1, 9)}丁目{random.Next(1, 30)}番{random.Next(1, 20)}号 {stem}ビル{random.Next(1, 12)}階",
                $"0{random.Next(3, 99)}-{random.Next(100, 9999)}-{random.Next(1000, 9999)}",
                s_industries[random.Next(s_industries.Length)],
                random.Next(5) == 0 ? CustomerSegment.ChamberMember : CustomerSegment.Standard,
                $"{s_kanji[random.Next(s_kanji.Length)]} {s_kanji[random.Next(s_kanji.Length)]}",
                $"contact{i}@customer{random.Next(100_000)}.example.jp",
                $"0{random.Next(70, 90)}-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}",
                $"パートナー{random.Next(23)}株式会社");
        }
    }

    private static IEnumerable<ContractListItem> Contracts(int count)
    {
        var random = new Random(20262);
        ContractStatus[] statuses = Enum.GetValues<ContractStatus>();
        for (int i = 0; i < count; i++)
        {
            var ordered = new DateOnly(2024, 1, 1).AddDays(random.Next(1000));
            yield return new ContractListItem
            {
                Id = Guid.Empty,
                Number = $"C-2026-{i:D6}",
                CustomerName = $"株式会社{s_kanji[random.Next(s_kanji.Length)]}{s_kinds[random.Next(s_kinds.Length)]}{i}",
                CustomerKana = "カブシキガイシャ",
                PartnerName = $"パートナー{random.Next(23)}株式会社",
                PartnerKana = "パートナー",
                PlanCode = "P" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
                Units = random.Next(1, 40),
                AnnualFee = new Yen(random.Next(1, 400) * 3_300L),
                Status = statuses[random.Next(statuses.Length)],
                OrderedOn = ordered,
                DeliveredOn = random.Next(5) == 0 ? null : ordered.AddDays(14),
            };
        }
    }
}
