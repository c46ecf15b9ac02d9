using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Background;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Returns;

/// <summary>
/// When a contract's service has ended (the renewal run moves it to Ended or Terminated; 004 §4-4, §17-1), every unit
/// still with the customer must come back: this opens one return per such unit. It reads the contract's status and never
/// changes it. Running it again opens nothing twice (a unit with an open return is no longer at the customer).
/// </summary>
public sealed class ReturnsAtContractEnd(HubDbContextOptions contextOptions, TimeProvider clock, ILogger<ReturnsAtContractEnd> logger, IBusinessCalendarSource calendarSource)
{
    /// <summary>Who the hub records as the opener of these returns.</summary>
    public const string By = "returns-run";

    /// <summary>Opens the missing returns; returns how many were opened.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<(Guid ApplianceId, Guid ContractId)> due;
        await using (var db = contextOptions.Create(TenantScope.System, clock))
        {
            due = (await db.Appliances.AsNoTracking()
                .Where(a => a.ContractId != null && (a.Status == ApplianceStatus.AtCustomer || a.Status == ApplianceStatus.Shipped || a.Status == ApplianceStatus.Faulty))
                .Join(db.Contracts.Where(c => c.Status == ContractStatus.Ended || c.Status == ContractStatus.Terminated), a => a.ContractId, c => c.Id, (a, c) => new { a.Id, ContractId = c.Id })
                .ToListAsync(cancellationToken))
                .Select(x => (x.Id, x.ContractId)).ToList();
        }

        int opened = 0;
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        foreach (var (applianceId, contractId) in due)
        {
            // One unit per save: a unit refused (a plan without policy) holds up no other.
            await using var db = contextOptions.Create(TenantScope.System, clock);
            var result = await OpenReturn.AddAsync(db, new OpenReturnRequest(applianceId, contractId, ReturnReason.ContractEnded), clock.GetUtcNow(), By, calendars,
                cancellationToken);
            if (result.Problem is { } problem)
            {
                logger.LogWarning("No return opened for appliance {ApplianceId} of ended contract {ContractId}: {Problem}", applianceId, contractId, problem);
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                opened++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Appliance {ApplianceId} changed while its return was opened; the next round decides again", applianceId);
            }
        }

        if (opened > 0)
        {
            logger.LogInformation("Opened {Count} returns of units from ended contracts", opened);
        }

        return opened;
    }
}

/// <summary>Runs <see cref="ReturnsAtContractEnd"/> every <see cref="ReturnsOptions.RunEveryMinutes"/>.</summary>
public sealed class ReturnsAtContractEndJob(
    ReturnsAtContractEnd run, IOptionsMonitor<ReturnsOptions> options, IOptionsMonitor<BackgroundJobOptions> jobs, TimeProvider clock, ILogger<ReturnsAtContractEndJob> logger)
    : PeriodicJob(jobs, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.CurrentValue.RunEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => run.RunOnceAsync(cancellationToken);
}

/// <summary>Returns of lent hardware (section <c>Returns</c>).</summary>
public sealed class ReturnsOptions
{
    public const string Section = "Returns";

    /// <summary>Minutes between two looks for ended contracts whose units must come back.</summary>
    [Range(1, 1440)]
    public int RunEveryMinutes { get; set; } = 60;
}
