using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.Retention;

/// <summary>
/// Deletes raw telemetry past its retention: the event table grows with every heartbeat, while the board and charts read
/// the per-appliance health rows and the daily alert counts, which are kept. Runs in chunks so a large first clean-up
/// does not hold SQLite's single writer for long.
/// </summary>
public sealed class TelemetryRetention(HubDbContextOptions contextOptions, TimeProvider clock, IOptionsMonitor<TelemetryRetentionOptions> options)
{
    private const int ChunkSize = 5000;

    /// <summary>Deletes what is past retention now; returns the events and receipts deleted.</summary>
    public async Task<(int Events, int Receipts)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var eventsBefore = now.AddDays(-settings.EventDays);
        var receiptsBefore = now.AddDays(-settings.BatchReceiptDays);
        await using var db = contextOptions.Create(TenantScope.System, clock);
        int events = 0;
        while (true)
        {
            // By receipt: a record stamped by a clock months behind was still received today and is kept its full time.
            var chunk = db.SensorEvents.Where(e => e.ReceivedAt < eventsBefore).OrderBy(e => e.ReceivedAt).Select(e => e.EventId).Take(ChunkSize);
            int deleted = await db.SensorEvents.Where(e => chunk.Contains(e.EventId)).ExecuteDeleteAsync(cancellationToken);
            events += deleted;
            if (deleted < ChunkSize)
            {
                break;
            }
        }

        int receipts = await db.IngestedBatches.Where(b => b.IngestedAt < receiptsBefore).ExecuteDeleteAsync(cancellationToken);
        return (events, receipts);
    }
}

/// <summary>Runs <see cref="TelemetryRetention"/> every <see cref="TelemetryRetentionOptions.RunEveryHours"/>.</summary>
public sealed class TelemetryRetentionJob(
    TelemetryRetention retention, IOptionsMonitor<TelemetryRetentionOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<TelemetryRetentionJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(options.CurrentValue.RunEveryHours);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var (events, receipts) = await retention.RunOnceAsync(cancellationToken);
        if (events + receipts > 0)
        {
            logger.LogInformation("Telemetry retention deleted {Events} events and {Receipts} batch receipts", events, receipts);
        }
    }
}
