using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>The AR aging report (current, 1–30, 31–60, 61–90, 90+ days past due) per counterparty, from the open receivables.</summary>
public sealed class ReceivableAgingQueries(IOpenReceivableSource receivables)
{
    public Task<AgingSheet> AgingAsync(ReceivableFilter filter, DateOnly asOf, CancellationToken cancellationToken = default) =>
        AgingAsync(filter, asOf, null, cancellationToken);

    /// <summary>The aging as of <paramref name="asOf"/>; <paramref name="counterparties"/>, when given, keeps those counterparties only (a list's filter).</summary>
    public async Task<AgingSheet> AgingAsync(ReceivableFilter filter, DateOnly asOf, IReadOnlySet<Guid>? counterparties, CancellationToken cancellationToken = default)
    {
        var open = (await receivables.OpenAsync(filter, asOf, cancellationToken)).Where(o => counterparties?.Contains(o.CounterpartyId) ?? true).ToList();
        var report = ReceivableAging.Build(open.Select(o => o.ToReceivable()), asOf);
        var names = open.GroupBy(o => o.CounterpartyId.ToString()).ToDictionary(g => g.Key, g => g.First().CounterpartyName, StringComparer.Ordinal);
        var rows = report.Rows
            .Select(r => new AgingSheetRow(names[r.Counterparty!], r))
            .OrderBy(r => r.Counterparty, StringComparer.Ordinal)
            .ToList();
        var details = open
            .Select(o => new AgingDetail(o.CounterpartyName, o.Number, o.DueDate, Math.Max(0, ReceivableAging.DaysPastDue(o.DueDate, asOf)),
                ReceivableAging.BucketOf(o.DueDate, asOf), o.OpenAmount))
            .OrderBy(d => d.Counterparty, StringComparer.Ordinal).ThenBy(d => d.DueDate).ThenBy(d => d.Number, StringComparer.Ordinal)
            .ToList();
        return new AgingSheet(asOf, rows, report.Total, details);
    }
}

/// <summary>The report with names: one row per counterparty, the total row and every open invoice behind them.</summary>
public sealed record AgingSheet(DateOnly AsOf, IReadOnlyList<AgingSheetRow> Rows, AgingRow Total, IReadOnlyList<AgingDetail> Details);

public sealed record AgingSheetRow(string Counterparty, AgingRow Amounts);

public sealed record AgingDetail(string Counterparty, string Number, DateOnly DueDate, int DaysPastDue, AgingBucket Bucket, Yen OpenAmount);
