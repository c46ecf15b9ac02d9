using Microsoft.Extensions.Options;

namespace PartnerHub.Infrastructure.Background;

/// <summary>Background jobs (section <c>BackgroundJobs</c>).</summary>
public sealed class BackgroundJobOptions
{
    public const string Section = "BackgroundJobs";

    /// <summary>
    /// Whether this hub instance runs the periodic jobs (device state evaluation, e-mail outbox, SLA reminders). With
    /// several instances exactly one must: the jobs decide and send notices, which must happen once.
    /// </summary>
    public bool RunOnThisInstance { get; set; } = true;
}

/// <summary>
/// A job the hub runs every <see cref="Interval"/> in the background: a failed round is logged and the next round
/// tries again, and nothing runs on an instance with <see cref="BackgroundJobOptions.RunOnThisInstance"/> off.
/// </summary>
public abstract class PeriodicJob(IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock the job waits on (and should read the time from).</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Time between two rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round of the job.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.CurrentValue.RunOnThisInstance)
        {
            logger.LogInformation("{Job} runs on another instance (BackgroundJobs:RunOnThisInstance=false)", GetType().Name);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Job} failed; trying again in {Interval}", GetType().Name, Interval);
            }

            try
            {
                await Task.Delay(Interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class BackgroundJobsRegistration
{
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        services.AddOptions<BackgroundJobOptions>().BindConfiguration(BackgroundJobOptions.Section);
        return services;
    }
}
