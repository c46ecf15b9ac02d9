using BenchmarkDotNet.Attributes;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Benchmarks;

/// <summary>Qualified-invoice tax: one tax per rate from the rate's total, over many lines.</summary>
[MemoryDiagnoser]
public class InvoiceBenchmarks
{
    private readonly List<InvoiceLine> _lines = [];

    [Params(10, 1_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void CreateLines()
    {
        _lines.Clear();
        for (int i = 0; i < Lines; i++)
        {
            _lines.Add(InvoiceLine.Charge($"line {i}", 1 + (i % 3), new Yen(9_800 + i), i % 5 == 0 ? TaxCategory.Reduced : TaxCategory.Standard));
        }
    }

    [Benchmark(Description = "Invoice totals with per-rate tax")]
    public Yen Compute() => InvoiceCalculator.Compute(_lines, new DateOnly(2026, 11, 22), InvoiceTaxPolicy.TaxExcludedRoundUp).GrandTotal;
}
