using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// The deferred revenue schedule: every issued line that bills a contract term (an annual prepaid service right) is recognised
/// month by month over that term (<see cref="DeferredRevenue"/>), at its tax-excluded share of the document
/// (<see cref="LineNetAmounts"/>). Credit-note lines that reverse a term reduce it the same way. Rights whose term touches the
/// chosen months are reported, every one of them.
/// </summary>
public sealed class DeferredRevenueQueries(IDbContextFactory<HubDbContext> contextFactory, IBusinessCalendarSource calendarSource)
{
    public async Task<DeferredRevenueSheet> ScheduleAsync(ReceivableFilter filter, YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rights = await RightsAsync(filter, cancellationToken);
        var inPeriod = rights.Where(r => r.Right.TermStart <= to.LastDay && r.Right.TermEnd >= from.FirstDay).ToList();
        var report = DeferredRevenue.Report(inPeriod.Select(r => r.Right));
        var months = new List<YearMonth>();
        for (var month = from; month.FirstDay <= to.FirstDay; month = month.Next())
        {
            months.Add(month);
        }

        var rows = inPeriod.Zip(report.Contracts, (source, schedule) => new DeferredRevenueRow(source, schedule, from, to)).ToList();
        return new DeferredRevenueSheet(from, to, months, rows, report);
    }

    /// <summary>Revenue recognised in <paramref name="month"/> and still deferred at its end, over every right (the finance home's figures).</summary>
    public async Task<(Yen Recognised, Yen DeferredAfter)> MonthAsync(ReceivableFilter filter, YearMonth month, CancellationToken cancellationToken = default)
    {
        var rights = await RightsAsync(filter, cancellationToken);
        var report = DeferredRevenue.Report(rights.Select(r => r.Right));
        Yen recognised = report.Totals.FirstOrDefault(t => t.Month == month)?.Amount ?? Yen.Zero;
        return (recognised, report.DeferredAfter(month));
    }

    private async Task<List<ServiceRightSource>> RightsAsync(ReceivableFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await IssuedDocuments.Of(db, filter)
            .Where(i => i.Items.Any(item => item.SourceContractId != null && item.SourceTerm != null))
            .OrderBy(i => i.TransactionDate).ThenBy(i => i.Number)
            .ToListAsync(cancellationToken);
        var contractIds = documents.SelectMany(d => d.Items).Select(i => i.SourceContractId).OfType<Guid>().Distinct().ToList();
        var contracts = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var rights = new List<ServiceRightSource>();
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        foreach (var document in documents)
        {
            var nets = LineNetAmounts.Of(document);
            foreach (var item in document.Items.Where(i => i.SourceContractId is not null && i.SourceTerm is >= 1).OrderBy(i => i.Position))
            {
                // A contract without a timeline (not delivered, or a plan without rules) has no term to spread over: not a prepaid right.
                if (!contracts.TryGetValue(item.SourceContractId!.Value, out var contract) || contract.Timeline(calendars) is not { } timeline)
                {
                    continue;
                }

                var term = timeline.Term(item.SourceTerm!.Value);
                rights.Add(new ServiceRightSource(
                    new PrepaidServiceRight(contract.Number, term.Start, term.End, nets[item.Id]),
                    document.RecipientName, document.Number ?? string.Empty, term.Number));
            }
        }

        return rights;
    }
}

/// <summary>A right and where it comes from (who was billed, on which document, which term).</summary>
public sealed record ServiceRightSource(PrepaidServiceRight Right, string Counterparty, string DocumentNumber, int Term);

/// <summary>One right's line of the schedule, with what it recognises before, in each month of and after the chosen period.</summary>
public sealed record DeferredRevenueRow(ServiceRightSource Source, RecognitionSchedule Schedule, YearMonth From, YearMonth To)
{
    /// <summary>Recognised in <paramref name="month"/>.</summary>
    public Yen In(YearMonth month) => Schedule.Months.FirstOrDefault(m => m.Month == month)?.Amount ?? Yen.Zero;

    /// <summary>Recognised before the period.</summary>
    public Yen Before => Yen.Sum(Schedule.Months.Where(m => m.Month.FirstDay < From.FirstDay).Select(m => m.Amount));

    /// <summary>Recognised inside the period.</summary>
    public Yen InPeriod => Yen.Sum(Schedule.Months.Where(m => m.Month.FirstDay >= From.FirstDay && m.Month.FirstDay <= To.FirstDay).Select(m => m.Amount));

    /// <summary>Still deferred (前受収益) at the end of the period.</summary>
    public Yen DeferredAfter => Schedule.DeferredAfter(To);
}

/// <summary>The schedule for a period: its months, one row per right, and the domain report (totals per month over every month touched).</summary>
public sealed record DeferredRevenueSheet(YearMonth From, YearMonth To, IReadOnlyList<YearMonth> Months, IReadOnlyList<DeferredRevenueRow> Rows, DeferredRevenueReport Report);
