using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Customers;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Retention;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.DataAfterEnd;

/// <summary>What one round of <see cref="EndedServiceData"/> erased.</summary>
/// <param name="Contracts">Contracts whose data was erased.</param>
/// <param name="Customers">Customers whose own data was erased.</param>
public sealed record ErasureRound(int Contracts, int Customers);

/// <summary>
/// Erases customer data after the retention that follows the service's end (001 §16; 004 §10-4; the period is the
/// plan's <c>DataRetentionAfterEnd</c>, the day <see cref="Domain.Contracts.Terms.ContractTimeline.DataDeletionDue"/>):
/// first each ended contract's data, then — once every contract of the customer has ended and been erased — the
/// customer's own data. Each erasure is one transaction with its <see cref="DataErasure"/> record, the evidence kept.
/// The features that own the data do the erasing (<see cref="IEndedServiceDataEraser"/>).
/// </summary>
public sealed class EndedServiceData(HubDbContextOptions contexts, IEnumerable<IEndedServiceDataEraser> erasers, TimeProvider clock, ILogger<EndedServiceData> logger,
    IBusinessCalendarSource calendarSource)
{
    public async Task<ErasureRound> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        List<ServiceContract> ended;
        await using (var db = contexts.Create(TenantScope.System, clock))
        {
            ended = await db.Contracts.AsNoTracking()
                .Where(c => c.ServiceEndedOn != null && !db.DataErasures.Any(e => e.ContractId == c.Id))
                .ToListAsync(cancellationToken);
        }

        int contracts = 0;
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        foreach (var contract in ended)
        {
            if (contract.Timeline(calendars)?.DataDeletionDue() is { } due && due < today)
            {
                await EraseAsync(contract.PartnerId, contract.CustomerId, contract.Id, due, async (db, work) =>
                {
                    foreach (var eraser in erasers)
                    {
                        await eraser.EraseContractDataAsync(db, contract.CustomerId, contract.Id, work, cancellationToken);
                    }
                }, cancellationToken);
                contracts++;
            }
        }

        int customers = 0;
        foreach (var (partnerId, customerId, due) in await CustomersDueAsync(cancellationToken))
        {
            await EraseAsync(partnerId, customerId, null, due, async (db, work) =>
            {
                foreach (var eraser in erasers)
                {
                    await eraser.EraseCustomerDataAsync(db, customerId, work, cancellationToken);
                }
            }, cancellationToken);
            customers++;
        }

        return new ErasureRound(contracts, customers);
    }

    // Customers whose every contract has either been cancelled before delivery or ended and been erased, and whose own
    // data has not been erased yet; due on the latest of their contracts' days.
    private async Task<List<(Guid PartnerId, Guid CustomerId, DateOnly Due)>> CustomersDueAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(TenantScope.System, clock);
        var rows = await db.DataErasures
            .Where(e => e.ContractId != null)
            .Where(e => !db.DataErasures.Any(o => o.CustomerId == e.CustomerId && o.ContractId == null))
            .Where(e => !db.Contracts.Any(c => c.CustomerId == e.CustomerId && c.Status != ContractStatus.Cancelled && !db.DataErasures.Any(o => o.ContractId == c.Id)))
            .GroupBy(e => new { e.PartnerId, e.CustomerId })
            .Select(g => new { g.Key.PartnerId, g.Key.CustomerId, Due = g.Max(e => e.DueOn) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.PartnerId, r.CustomerId, r.Due)).ToList();
    }

    private async Task EraseAsync(Guid partnerId, Guid customerId, Guid? contractId, DateOnly due, Func<HubDbContext, ErasureWork, Task> erase, CancellationToken cancellationToken)
    {
        ErasureWork? done = null;
        await using (var probe = contexts.Create(TenantScope.System, clock))
        {
            // SQL Server retries transient failures: each attempt starts over on a fresh context.
            await probe.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var db = contexts.Create(TenantScope.System, clock);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var work = new ErasureWork(clock.GetUtcNow());
                // The erasers run one after the other: they share the context and its transaction.
                await erase(db, work);
                db.DataErasures.Add(new DataErasure(Guid.NewGuid(), partnerId, customerId, contractId, due, work.At, work.Summary));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                done = work;
            });
        }

        done!.Committed();
        logger.LogInformation("Erased data of customer {CustomerId} (contract {ContractId}, due {Due}): {Summary}", customerId, contractId, due, done.Summary);
    }
}

/// <summary>Runs <see cref="EndedServiceData"/> every <see cref="DataAfterEndOptions.RunEveryHours"/>.</summary>
public sealed class EndedServiceDataJob(
    EndedServiceData erasure, IOptionsMonitor<DataAfterEndOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger<EndedServiceDataJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(options.CurrentValue.RunEveryHours);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken) => await erasure.RunOnceAsync(cancellationToken);
}

/// <summary>Erasure of customer data after the service's end (section <c>DataAfterEnd</c>).</summary>
public sealed class DataAfterEndOptions
{
    public const string Section = "DataAfterEnd";

    /// <summary>Hours between two rounds of the erasure job (the retention periods themselves are plan policy).</summary>
    public double RunEveryHours { get; set; } = 6;
}
