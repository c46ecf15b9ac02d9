using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>
/// The daily renewal run: every in-service contract whose current term ended before today rolls into its next term (004
/// §4-3: 自動的に1年間延長), or ends when its last day has passed (004 §4-4; an early end's last day, 004 §4-5), through
/// <see cref="ServiceContract.RollForward"/>. Each contract is saved on its own, so one refusal or conflict holds up no
/// other contract.
/// </summary>
/// <remarks>
/// Two runs at once (a second hub instance, or "run now" during the timer's round) cannot renew a contract twice:
/// contracts are versioned, so the second save of the same contract fails with a concurrency conflict; the run then
/// reloads the contract and rolls it forward again, which changes nothing once the other run's renewal is stored
/// (RollForward is idempotent for a day).
/// </remarks>
public sealed class RenewalRun(HubDbContextOptions contextOptions, TimeProvider clock, ILogger<RenewalRun> logger)
{
    /// <summary>Who the run records as the author of its renewals and ends (the run report reads these).</summary>
    public const string By = "renewal-run";

    private const int MaxAttempts = 5;

    /// <summary>Today in Tokyo: a term ends at the end of its last day in Japan.</summary>
    public DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    public async Task<RenewalRunResult> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var db = contextOptions.Create(TenantScope.System, clock))
        {
            // Terms that ended (the (Status, CurrentTermEndsOn) index), early ends whose last day has passed (004 §4-5, §16:
            // mid-term, so the term end is still ahead), and contracts delivered before term tracking (no stored end).
            due = await db.Contracts.AsNoTracking()
                .Where(c => c.Status == ContractStatus.Delivered || c.Status == ContractStatus.Active || c.Status == ContractStatus.Ending)
                .Where(c => c.CurrentTermEndsOn == null || c.CurrentTermEndsOn < today || (c.Status == ContractStatus.Ending && c.EarlyEndOn < today))
                .OrderBy(c => c.CurrentTermEndsOn).ThenBy(c => c.Number)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        int renewals = 0, contractsRenewed = 0, ended = 0, conflicts = 0, failed = 0;
        foreach (var id in due)
        {
            try
            {
                var (rollover, retries) = await RollForwardAsync(id, today, cancellationToken);
                conflicts += retries;
                renewals += rollover.Renewals;
                contractsRenewed += rollover.Renewals > 0 ? 1 : 0;
                ended += rollover.Ended ? 1 : 0;
            }
            catch (Exception exception) when (exception is DbUpdateException or ArgumentException)
            {
                // A contract whose plan has no policy (RuleViolationException) or a failed save: one broken contract must not stop the others' renewals; the next round tries it again.
                failed++;
                logger.LogError(exception, "Renewal run could not roll contract {ContractId} forward", id);
            }
        }

        var result = new RenewalRunResult(today, due.Count, contractsRenewed, renewals, ended, conflicts, failed);
        logger.LogInformation(
            "Renewal run for {Today}: {Due} due, {Renewed} renewed ({Renewals} terms), {Ended} ended, {Conflicts} conflicts retried, {Failed} failed",
            today, result.Due, result.ContractsRenewed, result.Renewals, result.Ended, result.ConflictsRetried, result.Failed);
        return result;
    }

    private async Task<(ContractRollover Rollover, int Retries)> RollForwardAsync(Guid contractId, DateOnly today, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            // A fresh context per attempt: the retry decides on the row as the other writer left it.
            await using var db = contextOptions.Create(TenantScope.System, clock);
            var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
            if (contract is null || !contract.IsInService)
            {
                return (new ContractRollover(0, false), attempt - 1);
            }

            var rollover = contract.RollForward(today, clock.GetUtcNow(), By);
            if (!db.ChangeTracker.HasChanges())
            {
                return (rollover, attempt - 1);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (rollover, attempt - 1);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Contract {ContractId} changed during the renewal run; reloading it (attempt {Attempt})", contractId, attempt);
            }
        }
    }
}

/// <summary>What one renewal run did.</summary>
/// <param name="Today">The day the run rolled the contracts to.</param>
/// <param name="Due">In-service contracts whose term had ended.</param>
/// <param name="ContractsRenewed">Contracts that rolled into a new term.</param>
/// <param name="Renewals">Terms started (a contract the run missed for years renews once per term).</param>
/// <param name="Ended">Contracts whose service ended.</param>
/// <param name="ConflictsRetried">Saves that met another writer's change and were decided again.</param>
/// <param name="Failed">Contracts left for the next round after an error.</param>
public sealed record RenewalRunResult(DateOnly Today, int Due, int ContractsRenewed, int Renewals, int Ended, int ConflictsRetried, int Failed);

/// <summary>Runs <see cref="RenewalRun"/> every <see cref="RenewalsOptions.RunEveryMinutes"/> for today's Tokyo date.</summary>
public sealed class RenewalRunJob(RenewalRun run, IOptionsMonitor<RenewalsOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock,
    ILogger<RenewalRunJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.CurrentValue.RunEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) =>
        options.CurrentValue.RunEnabled ? run.RunAsync(run.Today, cancellationToken) : Task.CompletedTask;
}
