using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Features.Contracts.Notices;

/// <summary>A published stop of the service (maintenance, suspension: 004 §14) that concerns a contract, and the fee it leaves due.</summary>
public sealed record ContractStop(Guid NoticeId, ServiceNoticeType Type, string TitleJa, string? TitleEn, DateOnly From, DateOnly? Until,
    SuspensionGround? Ground, string? Reason, SuspensionFeeDue? Fee)
{
    /// <summary>The title in <paramref name="language"/> ("ja" or "en").</summary>
    public string TitleIn(string language) => language == "en" && TitleEn is { } en ? en : TitleJa;
}

/// <summary>
/// The stops published to a contract's customer for its plan, newest first. Read through the caller's tenant-scoped context:
/// a partner sees only notices on its own board and its own customers' recipient rows.
/// </summary>
public sealed class ContractStops(IDbContextFactory<HubDbContext> contextFactory, IBusinessCalendarSource calendars)
{
    /// <summary>How many of the newest stops the contract page shows at first (it says how many there are and offers them all).</summary>
    public const int Shown = 10;

    /// <summary>The newest <see cref="Shown"/> stops of the contract.</summary>
    public Task<IReadOnlyList<ContractStop>> ForContractAsync(ServiceContract contract, CancellationToken cancellationToken = default) =>
        ForContractAsync(contract, Shown, cancellationToken);

    /// <summary>The newest <paramref name="take"/> stops of the contract (int.MaxValue for all of them).</summary>
    public async Task<IReadOnlyList<ContractStop>> ForContractAsync(ServiceContract contract, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notices = await Stops(db, contract).OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Take(Math.Max(1, take)).ToListAsync(cancellationToken);
        var timeline = contract.Timeline(await calendars.CurrentAsync(cancellationToken));
        return [.. notices.Select(n => new ContractStop(n.Id, n.Type, n.TitleJa, n.TitleEn, n.EffectiveFrom, n.EffectiveUntil, n.Ground, n.Reason,
            timeline is null ? null : SuspensionFees.For(timeline, contract.AnnualFee, n.EffectiveFrom, n.EffectiveUntil)))];
    }

    /// <summary>How many stops concern the contract in all.</summary>
    public async Task<int> CountForContractAsync(ServiceContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Stops(db, contract).CountAsync(cancellationToken);
    }

    private static IQueryable<ServiceNotice> Stops(HubDbContext db, ServiceContract contract)
    {
        var stopTypes = new[] { ServiceNoticeType.PlannedMaintenance, ServiceNoticeType.EmergencyMaintenance, ServiceNoticeType.Suspension };
        var plan = "," + contract.PlanCode + ",";
        var customerId = contract.CustomerId;
        return db.ServiceNotices.AsNoTracking()
            .Where(n => stopTypes.Contains(n.Type)
                && db.ServiceNoticeRecipients.Any(r => r.NoticeId == n.Id && r.CustomerId == customerId && ("," + r.PlanCodes + ",").Contains(plan)));
    }
}
