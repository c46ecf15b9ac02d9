using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Customers;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Resources;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// Phase "excel": the contract list export (ContractQueries.StreamForExport into the hub's IExcelWriter) and the customer list
/// export (CustomerQueries.StreamForExport into the same writer), with the endpoints' column layouts, written to a temporary
/// file as DocumentDownload.Excel does: time, bytes allocated, and the process's peak memory above what it held before.
/// </summary>
internal static class ExcelPhase
{
    private const int Runs = 3;

    public static async Task<IReadOnlyList<ExcelResult>> RunAsync(IReadOnlyList<BenchHub> hubs)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ja");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
        var results = new List<ExcelResult>();
        foreach (var hub in hubs)
        {
            foreach (var role in new[] { BenchRole.VendorOperations, BenchRole.PartnerAdmin })
            {
                results.Add(await MeasureAsync(hub, "contracts", role, ContractsAsync));
                results.Add(await MeasureAsync(hub, "customers", role, CustomersAsync));
            }
        }

        await StepsAsync(hubs[^1]);
        return results;
    }

    /// <summary>Where an export's time and allocations go: reading the rows alone, then writing rows already in memory.</summary>
    private static async Task StepsAsync(BenchHub hub)
    {
        await using var scope = hub.ScopeFor(BenchRole.VendorOperations);
        var services = scope.ServiceProvider;
        var contracts = services.GetRequiredService<ContractQueries>();
        var customers = services.GetRequiredService<CustomerQueries>();
        List<ContractListItem>? contractRows = null;
        IReadOnlyList<CustomerExportRow>? customerRows = null;
        await Step("contracts: StreamForExport alone", () =>
        {
            contractRows = [.. contracts.StreamForExport(new ContractListFilter())];
            return Task.FromResult(contractRows.Count);
        });
        await Step("contracts: writer alone (rows in memory)", () =>
        {
            using var stream = new MemoryStream();
            return ContractsAsync(services, stream, contractRows!);
        });
        await Step("customers: StreamForExport alone", () =>
        {
            customerRows = [.. customers.StreamForExport(new CustomerListQuery())];
            return Task.FromResult(customerRows.Count);
        });
        await Step("customers: writer alone (rows in memory)", () =>
        {
            using var stream = new MemoryStream();
            return CustomersAsync(services, stream, customerRows!);
        });
        if (Environment.GetEnvironmentVariable("BENCH_XLSX_DUMP") is { Length: > 0 } dump)
        {
            // The workbook itself, to look inside (unzip -l shows each part's uncompressed size).
            await using var file = File.Create(dump);
            await CustomersAsync(services, file, customerRows!);
        }

        async Task Step(string name, Func<Task<int>> run)
        {
            await run();
            Memory.Settle();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            int rows = await run();
            clock.Stop();
            Measure.Line($"excel steps [{hub.Label}] {name}: {rows:N0} rows, {clock.Elapsed.TotalMilliseconds:N0} ms, allocated {Measure.MiB(GC.GetTotalAllocatedBytes(precise: true) - allocated)}");
        }
    }

    private static async Task<ExcelResult> MeasureAsync(BenchHub hub, string export, BenchRole role, Func<IServiceProvider, Stream, Task<int>> write)
    {
        var runs = new List<ExcelRun>();
        for (int run = 0; run < Runs; run++)
        {
            await using var scope = hub.ScopeFor(role);
            string file = Path.GetTempFileName();
            Memory.Settle();
            long heapBefore = GC.GetTotalMemory(forceFullCollection: false);
            long rssBefore = Memory.ResidentBytes();
            Memory.ResetPeak();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new Memory.HeapSampler();
            var clock = Stopwatch.StartNew();
            int rows;
            // As DocumentDownload.Excel: a seekable temporary file (the Open XML packager needs one), deleted when closed.
            await using (var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
            {
                rows = await write(scope.ServiceProvider, stream);
                long bytes = stream.Length;
                clock.Stop();
                runs.Add(new ExcelRun(rows, bytes, clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
                    Memory.PeakResidentBytes() - rssBefore, sampler.Peak - heapBefore, Memory.PeakResidentBytes()));
            }
        }

        var result = new ExcelResult(hub.Label, export, role, runs);
        var warm = result.Warm;
        Measure.Line($"excel [{hub.Label}] {export} as {role.Name}: {warm.Rows:N0} rows, {warm.FileBytes / 1024d / 1024d:N1} MiB file; first {runs[0].Milliseconds:N0} ms, warm {warm.Milliseconds:N0} ms; allocated {Measure.MiB(warm.AllocatedBytes)}; peak above before: RSS +{Measure.MiB(warm.PeakRssAboveBefore)}, managed heap +{Measure.MiB(warm.PeakHeapAboveBefore)} (process peak RSS {Measure.MiB(warm.ProcessPeakRss)}); {Measure.Load()}");
        return result;
    }

    // GET /contracts/export.xlsx without filters: the endpoint's layout, rows streamed from the query while the sheet is written.
    private static Task<int> ContractsAsync(IServiceProvider services, Stream output) =>
        ContractsAsync(services, output, services.GetRequiredService<ContractQueries>().StreamForExport(new ContractListFilter()));

    private static Task<int> ContractsAsync(IServiceProvider services, Stream output, IEnumerable<ContractListItem> source)
    {
        var strings = services.GetRequiredService<IStringLocalizer<ContractStrings>>();
        int rows = 0;
        var stream = source.Select(r =>
        {
            rows++;
            return r;
        });
        var sheet = ContractEndpoints.ExportLayout(strings).ToSheet(strings["Title"], stream);
        services.GetRequiredService<IExcelWriter>().Write(output, sheet);
        return Task.FromResult(rows);
    }

    // GET /customers/export.xlsx without filters: the endpoint's layout over the rows StreamForExport reads.
    private static Task<int> CustomersAsync(IServiceProvider services, Stream output) =>
        CustomersAsync(services, output, services.GetRequiredService<CustomerQueries>().StreamForExport(new CustomerListQuery()));

    private static Task<int> CustomersAsync(IServiceProvider services, Stream output, IEnumerable<CustomerExportRow> rows)
    {
        int count = 0;
        rows = rows.Select(row =>
        {
            count++;
            return row;
        });
        var strings = services.GetRequiredService<IStringLocalizer<CustomersPage>>();
        var detail = services.GetRequiredService<IStringLocalizer<CustomerDetailPage>>();
        var shared = services.GetRequiredService<IStringLocalizer<SharedStrings>>();
        var sheet = CustomerEndpoints.ExportLayout(strings, detail, shared).ToSheet(strings["Title"], rows);
        services.GetRequiredService<IExcelWriter>().Write(output, sheet);
        return Task.FromResult(count);
    }
}

internal sealed record ExcelRun(int Rows, long FileBytes, double Milliseconds, long AllocatedBytes, long PeakRssAboveBefore, long PeakHeapAboveBefore, long ProcessPeakRss);

internal sealed record ExcelResult(string Database, string Export, BenchRole Role, IReadOnlyList<ExcelRun> Runs)
{
    /// <summary>The median of the runs after the first (the first includes JIT and query compilation).</summary>
    public ExcelRun Warm => Runs.Skip(1).OrderBy(r => r.Milliseconds).ElementAt((Runs.Count - 1) / 2);
}

/// <summary>The process's memory, from /proc (Linux): resident set now and at its peak, which can be reset.</summary>
internal static class Memory
{
    /// <summary>Two full, compacting collections with finalizers in between: what is left is what something still holds.</summary>
    public static void Settle()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }

    public static long ResidentBytes() => StatusKiB("VmRSS:") * 1024;

    public static long PeakResidentBytes() => StatusKiB("VmHWM:") * 1024;

    /// <summary>Resets VmHWM to the current RSS (writing 5 to clear_refs), so the next peak is this operation's.</summary>
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or not allowed: the peak is then the process's lifetime peak, which the report prints too.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long StatusKiB(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>The largest managed heap seen while it runs (sampled every 5 ms): what the operation held at once.</summary>
    public sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        public HeapSampler()
        {
            _peak = GC.GetTotalMemory(forceFullCollection: false);
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    long now = GC.GetTotalMemory(forceFullCollection: false);
                    if (now > Volatile.Read(ref _peak))
                    {
                        Volatile.Write(ref _peak, now);
                    }

                    try
                    {
                        await Task.Delay(5, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            });
        }

        public long Peak => Volatile.Read(ref _peak);

        public void Dispose()
        {
            _stop.Cancel();
            _loop.Wait();
            _stop.Dispose();
        }
    }
}
