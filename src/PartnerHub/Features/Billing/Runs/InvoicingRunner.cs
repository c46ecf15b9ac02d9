using System.Collections.Concurrent;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>Why a run did not start.</summary>
public enum RunStartProblem
{
    NotAllowed,

    /// <summary>A run is issuing already (one at a time: invoice numbers of a series are issued one after the other anyway).</summary>
    AlreadyRunning,
}

/// <summary>The run started (its record's id), or why not.</summary>
public sealed record RunStart(Guid? RunId, RunStartProblem? Problem);

/// <summary>How far a run in the background has got, for the progress bar.</summary>
public sealed class InvoicingRunProgress(Guid runId, BillingMonth month)
{
    private int _planned = -1;
    private int _done;

    public Guid RunId { get; } = runId;

    public BillingMonth Month { get; } = month;

    /// <summary>Invoices to issue; -1 while the run still plans.</summary>
    public int Planned => Volatile.Read(ref _planned);

    /// <summary>Invoices refused, or issued and their PDF printed (or left pending), so far.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>Whether every planned invoice has its number; the PDFs print after.</summary>
    public bool Numbered { get; private set; }

    public bool Finished { get; private set; }

    /// <summary>0–100.</summary>
    public double Percent => Planned switch
    {
        < 0 => 0,
        0 => 100,
        var planned => 100.0 * Done / planned,
    };

    public void PlanReady(int invoices) => Volatile.Write(ref _planned, invoices);

    public void OneDone() => Interlocked.Increment(ref _done);

    public void NumbersTaken() => Numbered = true;

    public void Finish() => Finished = true;
}

/// <summary>
/// Starts finance's "issue" for a month as a background job (one at a time in a hub) and keeps its progress for the page. The job
/// is <see cref="InvoicingRunJob"/>; the run's record is stored before it starts so the report can be opened at once.
/// </summary>
public sealed class InvoicingRunner(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<InvoicingRunner> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly ConcurrentDictionary<Guid, InvoicingRunProgress> _progress = new();

    /// <summary>The progress of run <paramref name="runId"/> if this hub runs or ran it since it started.</summary>
    public InvoicingRunProgress? Progress(Guid runId) => _progress.GetValueOrDefault(runId);

    /// <summary>The run in progress, if any.</summary>
    public InvoicingRunProgress? Current => _progress.Values.FirstOrDefault(p => !p.Finished);

    /// <summary>
    /// Starts issuing <paramref name="month"/> as <paramref name="user"/> (finance). Returns once the run's record is stored; the
    /// run goes on in the background (<see cref="Progress"/>).
    /// </summary>
    public async Task<RunStart> StartAsync(CurrentUser user, BillingMonth month, CancellationToken cancellationToken = default) =>
        (await StartWithCompletionAsync(user, month, cancellationToken)).Start;

    /// <summary>As <see cref="StartAsync"/>, with the task that ends when the run has finished.</summary>
    public async Task<(RunStart Start, Task Completion)> StartWithCompletionAsync(CurrentUser user, BillingMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return (new RunStart(null, RunStartProblem.NotAllowed), Task.CompletedTask);
        }

        if (!await _oneAtATime.WaitAsync(0, cancellationToken))
        {
            return (new RunStart(null, RunStartProblem.AlreadyRunning), Task.CompletedTask);
        }

        try
        {
            var scope = user.Scope;
            var run = new InvoicingRun(Guid.NewGuid(), scope.OwnOrganisationId, month, clock.GetUtcNow(), user.Name);
            await using (var db = contextOptions.Create(scope, clock))
            {
                db.InvoicingRuns.Add(run);
                await db.SaveChangesAsync(cancellationToken);
            }

            var progress = _progress[run.Id] = new InvoicingRunProgress(run.Id, month);
            // The run outlives the request or circuit that started it: its own scope, no caller's cancellation.
            var completion = Task.Run(() => RunAsync(scope, run.Id, progress), CancellationToken.None);
            return (new RunStart(run.Id, null), completion);
        }
        catch
        {
            _oneAtATime.Release();
            throw;
        }
    }

    private async Task RunAsync(TenantScope scope, Guid runId, InvoicingRunProgress progress)
    {
        try
        {
            await using var services = scopes.CreateAsyncScope();
            await services.ServiceProvider.GetRequiredService<InvoicingRunJob>().RunAsync(scope, runId, progress, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Invoicing run {RunId} failed", runId);
        }
        finally
        {
            progress.Finish();
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
