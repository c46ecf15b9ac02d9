using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.Lifecycle;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// Vendor operations allocate stock appliances of the plan's model to a contract and assign the kitting to a
/// hardware vendor (004 別紙4 §2-1); the contract moves to kitting. Nothing changes if any step is impossible.
/// </summary>
public sealed class ArrangeKitting(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<LogisticsProblem?> ExecuteAsync(Guid contractId, Guid hardwareVendorId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(LogisticsPermissions.VendorRoles))
        {
            return LogisticsProblem.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return LogisticsProblem.NotFound;
        }

        if (contract.Status is not (ContractStatus.Ordered or ContractStatus.ParameterSheet))
        {
            return LogisticsProblem.WrongStatus;
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == hardwareVendorId && o.Kind == OrganisationKind.HardwareVendor && o.IsActive, cancellationToken))
        {
            return LogisticsProblem.InvalidHardwareVendor;
        }

        var model = ServicePlan.Find(contract.PlanCode)?.Model.Code;
        // Oldest stock first, so refurbished units go out before they age further.
        var stock = await db.Appliances.Include(a => a.History)
            .Where(a => a.ModelCode == model && a.Status == ApplianceStatus.InStock)
            .OrderBy(a => a.SerialNumber)
            .Take(contract.Units)
            .ToListAsync(cancellationToken);
        if (stock.Count < contract.Units)
        {
            return LogisticsProblem.InsufficientStock;
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        foreach (var appliance in stock)
        {
            appliance.AllocateTo(contract.Id, contract.PartnerId, hardwareVendorId, now, by);
            appliance.MoveTo(ApplianceStatus.Kitting, now, by);
        }

        await ContractProgress.KittingArrangedAsync(db, contract.Id, now, by, cancellationToken);
        db.KittingTasks.Add(new KittingTask(Guid.NewGuid(), contract.Id, contract.PartnerId, hardwareVendorId, now));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

/// <summary>Why a logistics step was refused.</summary>
public enum LogisticsProblem
{
    NotAllowed,
    NotFound,
    WrongStatus,
    InvalidHardwareVendor,
    InsufficientStock,
    NotKitted,
    InvalidTrackingNumber,
    DeliveryBeforeShipping,
    InvalidDate,
    /// <summary>002 §13-4: the contract's first invoice is unpaid, so the hardware may not ship yet.</summary>
    AwaitingPayment,
    Conflict,
}
