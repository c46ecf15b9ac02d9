using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Features.ParameterSheets;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.Health;

/// <summary>
/// Re-evaluates every appliance's state on the clock (offline can only be noticed by time passing), records each change
/// in its history, and queues a rate-limited notice to the partner and vendor operations for changes people must act on.
/// </summary>
public sealed class DeviceStateEvaluator(HubDbContextOptions contextOptions, TimeProvider clock, IOptionsMonitor<DeviceHealthOptions> options, DeviceStateNotices notices)
{
    public async Task<int> EvaluateAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await EvaluateOnceAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Ingest (or another evaluator) moved a health row meanwhile; nothing was saved: decide again on fresh rows.
            }
        }
    }

    private async Task<int> EvaluateOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var policy = settings.ToPolicy();
        var now = clock.GetUtcNow();
        await using var db = contextOptions.Create(TenantScope.System, clock);
        // Only units serving a live contract are watched: not one whose contract has ended, been terminated or cancelled, nor
        // one that no longer serves it (lost, swapped out, on its way back, back in stock): no state changes, no e-mails.
        var healths = await db.HealthOfServingUnits().ToListAsync(cancellationToken);
        // The requirement in force on today's Japanese date, per model (a handful of rows).
        var today = JapaneseFormat.TokyoDate(now);
        var requirements = await db.RequiredSoftwareVersions.AsNoTracking().Where(r => r.EffectiveFrom <= today).ToListAsync(cancellationToken);
        int changes = 0;
        foreach (var health in healths)
        {
            var required = RequiredSoftwareVersion.InForce(requirements, health.ModelCode, today)?.Minimum;
            var assessment = health.Assess(now, policy, ApplianceModels.Find(health.ModelCode), required);
            if (health.ChangeState(assessment, now) is not { } previous)
            {
                continue;
            }

            changes++;
            db.DeviceStateChanges.Add(new DeviceStateChange(Guid.NewGuid(), health.ApplianceId, health.PartnerId, now, previous, assessment.State, assessment.Issues, Restart: false));
            if (DeviceStateNotices.Matters(previous, assessment.State) && health.TryMarkNotified(now, TimeSpan.FromMinutes(settings.NotifyMinimumIntervalMinutes)))
            {
                await notices.QueueAsync(db, health, previous, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }
}

/// <summary>Runs <see cref="DeviceStateEvaluator"/> every <see cref="DeviceHealthOptions.EvaluateEverySeconds"/>.</summary>
public sealed class DeviceHealthMonitor(
    DeviceStateEvaluator evaluator, IOptionsMonitor<DeviceHealthOptions> options, IOptionsMonitor<Infrastructure.Background.BackgroundJobOptions> jobs,
    TimeProvider clock, ILogger<DeviceHealthMonitor> logger)
    : Infrastructure.Background.PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.CurrentValue.EvaluateEverySeconds);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => evaluator.EvaluateAsync(cancellationToken);
}
