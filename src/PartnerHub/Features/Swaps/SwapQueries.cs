using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Swaps;

/// <summary>Swap cases as their viewers may see them: a partner its own (tenant filter), the vendor all.</summary>
public sealed class SwapQueries(HubDbContextFactory contextFactory)
{
    private static readonly SortMap<SwapCase> s_sorts = new SortMap<SwapCase>(nameof(SwapListItem.OpenedAt), defaultDescending: true)
        .Add(nameof(SwapListItem.OpenedAt), s => s.OpenedAt)
        .Add(nameof(SwapListItem.Status), s => s.Status)
        .ThenAlwaysBy(s => s.Id);

    public async Task<PagedResult<SwapListItem>> ListAsync(SwapCaseStatus? status, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contextFactory.CreateDbContext();
        var cases = db.SwapCases.AsNoTracking();
        if (status is { } wanted)
        {
            cases = cases.Where(s => s.Status == wanted);
        }

        return await s_sorts.Apply(cases, request).ToPageAsync(request, page =>
            from s in page
            join c in db.Contracts on s.ContractId equals c.Id
            join cu in db.Customers on s.CustomerId equals cu.Id
            join p in db.Organisations on s.PartnerId equals p.Id
            select new SwapListItem(s.Id, c.Number, cu.Name, p.Name, s.OldSerialNumber, s.ReplacementSerialNumber, s.Reason, s.Status, s.OpenedAt), cancellationToken);
    }

    public async Task<SwapDetail?> GetAsync(Guid swapId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        var swap = await db.SwapCases.AsNoTracking().Include(s => s.Evidence).SingleOrDefaultAsync(s => s.Id == swapId, cancellationToken);
        if (swap is null)
        {
            return null;
        }

        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == swap.ContractId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == swap.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        var partner = await db.Organisations.AsNoTracking().Where(o => o.Id == swap.PartnerId).Select(o => o.Name).SingleAsync(cancellationToken);
        var task = await db.KittingTasks.AsNoTracking().SingleOrDefaultAsync(t => t.SwapCaseId == swap.Id, cancellationToken);
        var charges = await db.PendingCharges.AsNoTracking().Where(c => c.SourceId == swap.Id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        contract.TryPolicy(out var policy);
        return new SwapDetail(swap, contract.Number, contract.PlanCode, customer, partner, task, charges, policy, OpeningSnapshot.Parse(swap.HealthAtOpening));
    }

    /// <summary>An evidence file the user may download: the case is visible to them (tenant filter) and the scan found it clean; otherwise null.</summary>
    public async Task<SwapEvidence?> FindEvidenceAsync(Guid swapId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        var evidence = await db.SwapEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.SwapCaseId == swapId, cancellationToken);
        return evidence is { IsDownloadable: true } ? evidence : null;
    }

    /// <summary>The hardware vendors vendor operations may assign a replacement's kitting to.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> HardwareVendorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        var vendors = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.HardwareVendor && o.IsActive)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return [.. vendors.Select(v => (v.Id, v.Name))];
    }

    /// <summary>The appliance a swap is opened for, when the user may see it.</summary>
    public async Task<SwapTarget?> TargetAsync(Guid applianceId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        return await (from a in db.Appliances.AsNoTracking()
                      where a.Id == applianceId && a.ContractId != null
                      join c in db.Contracts on a.ContractId equals c.Id
                      join cu in db.Customers on c.CustomerId equals cu.Id
                      select new SwapTarget(a.Id, a.SerialNumber, a.Status, c.Id, c.Number, cu.Name)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The units at the customer of a contract, for opening a swap from the contract page.</summary>
    public async Task<IReadOnlyList<SwapTarget>> TargetsOfContractAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        return await (from a in db.Appliances.AsNoTracking()
                      where a.ContractId == contractId && a.Status == ApplianceStatus.AtCustomer
                      join c in db.Contracts on a.ContractId equals c.Id
                      join cu in db.Customers on c.CustomerId equals cu.Id
                      orderby a.SerialNumber
                      select new SwapTarget(a.Id, a.SerialNumber, a.Status, c.Id, c.Number, cu.Name)).ToListAsync(cancellationToken);
    }
}

public sealed record SwapListItem(Guid Id, string ContractNumber, string CustomerName, string PartnerName, string OldSerial, string? NewSerial, SwapReason Reason,
    SwapCaseStatus Status, DateTimeOffset OpenedAt);

public sealed record SwapDetail(SwapCase Case, string ContractNumber, string PlanCode, string CustomerName, string PartnerName, KittingTask? ReplacementTask,
    IReadOnlyList<PendingCharge> Charges, ServicePlanPolicy? Policy, OpeningSnapshot? Snapshot);

public sealed record SwapTarget(Guid ApplianceId, string SerialNumber, ApplianceStatus Status, Guid ContractId, string ContractNumber, string CustomerName);
