using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>
/// Withdraws a recorded non-renewal notice, with a reason, while the cancel-by date of the term it ends has not passed
/// (the contract decides; after that day the end stands, 004 §4-3). The letter's scan stays on record as evidence.
/// </summary>
public sealed class WithdrawNonRenewal(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendars)
{
    /// <param name="contractId">The contract.</param>
    /// <param name="reason">Why the notice is withdrawn (required, kept in the history).</param>
    /// <param name="expectedVersion">The contract's version the user saw; a different one is a <see cref="NonRenewalProblem.Conflict"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<NonRenewalResult> ExecuteAsync(Guid contractId, string reason, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(ContractsPermissions.NonRenewalRoles))
        {
            return NonRenewalResult.Fail(NonRenewalProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return NonRenewalResult.Fail(NonRenewalProblem.NotFound);
        }

        db.Entry(contract).Property(c => c.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow();
        var calendarSet = await calendars.CurrentAsync(cancellationToken);
        if (contract.WithdrawNonRenewal(JapaneseFormat.TokyoDate(now), now, currentUser.Name, reason ?? string.Empty, calendarSet) is { } refusal)
        {
            return NonRenewalResult.Refuse(refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return NonRenewalResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return NonRenewalResult.Fail(NonRenewalProblem.Conflict);
        }
    }
}
