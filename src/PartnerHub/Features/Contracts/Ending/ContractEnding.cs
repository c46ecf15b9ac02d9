using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.Ending;

/// <summary>Why an early end or a cancellation was not recorded; nothing changed.</summary>
public enum EndingProblem
{
    NotAllowed,
    NotFound,
    WrongStatus,
    ReasonRequired,
    DateInFuture,
    EndDateTooEarly,
    EndDateAfterScheduledEnd,
    NoticeTooShort,
    BreachNotYetTerminable,
    TermsChangeNoticeRequired,
    TermsChangeNotTargeted,
    TermsChangeWindowClosed,
    Conflict,
}

/// <summary>
/// An early end as partner staff or vendor operations enter it: the cause, the last day of service, the day the request
/// or notice was given, the reason, and for the causes that need one the date that opens the right to end (the
/// written breach demand of 004 §16-3, the terms-change notice of 004 §21-2).
/// </summary>
/// <param name="Cause">Why the service ends early.</param>
/// <param name="LastDay">Last day of service.</param>
/// <param name="RequestedOn">Day the customer's request or the vendor's notice was given.</param>
/// <param name="Reason">Free text, recorded in the history.</param>
/// <param name="DemandReceivedOn">Breach: day the customer received the written demand to cure (004 §16-3).</param>
/// <param name="TermsChangeNoticeId">Terms change: the published terms-change notice the customer cancels under (004 §21-2).</param>
public sealed record EarlyEndRequest(
    TerminationCause Cause, DateOnly LastDay, DateOnly RequestedOn, string Reason, DateOnly? DemandReceivedOn = null, Guid? TermsChangeNoticeId = null);

/// <summary>Who may end a contract early for which cause.</summary>
public static class EndingPermissions
{
    /// <summary>The partner relays its customer's cancellation (004 §4-3/§4-5 go through the partner); the vendor may too.</summary>
    public const string CustomerRequestRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Only the vendor terminates for the customer's breach (004 §16).</summary>
    public const string BreachRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>Only the vendor's administrators discontinue the service (004 §15-2).</summary>
    public const string DiscontinuationRoles = HubRoles.VendorAdmin;

    /// <summary>Any role that may end a contract early for some cause.</summary>
    public const string AnyRoles = CustomerRequestRoles;

    /// <summary>The roles that may end a contract for <paramref name="cause"/>.</summary>
    public static string RolesFor(TerminationCause cause) => cause switch
    {
        TerminationCause.CustomerFault => BreachRoles,
        TerminationCause.ServiceDiscontinued => DiscontinuationRoles,
        _ => CustomerRequestRoles,
    };
}

/// <summary>
/// Schedules a contract's end before its term's end (004 §4-5, §15-2, §16, §21-2; 002 §11, §12-1): the contract checks
/// the notice periods and moves to Ending; the renewal run ends it after the last day. What is owed follows from the
/// cause (<see cref="ContractTimeline.EarlyTermination"/>) and is shown before confirming.
/// </summary>
public sealed class ScheduleContractEnd(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock,
    IBusinessCalendarSource calendarSource)
{
    public async Task<EndingProblem?> ExecuteAsync(Guid contractId, EarlyEndRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(EndingPermissions.RolesFor(request.Cause)))
        {
            return EndingProblem.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return EndingProblem.NotFound;
        }

        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var calendars = await calendarSource.CurrentAsync(cancellationToken);
        if (contract.Timeline(calendars) is { } timeline && RightToEnd(timeline, request) is { } problem)
        {
            return problem;
        }

        var reason = Describe(request);
        if (request.Cause == TerminationCause.TermsChange)
        {
            // 004 §21-2: only under a published terms-change notice that reached this customer for this plan; read through the
            // caller's own (tenant-scoped) context.
            if (request.TermsChangeNoticeId is not { } noticeId)
            {
                return EndingProblem.TermsChangeNoticeRequired;
            }

            var notices = await TermsChangeNotices.ForContractAsync(db, contract, noticeId, calendars, cancellationToken);
            if (notices.Count == 0)
            {
                return EndingProblem.TermsChangeNotTargeted;
            }

            if (contract.CancelAfterTermsChange(notices[0].Basis, request.LastDay, request.RequestedOn, reason, today, clock.GetUtcNow(), currentUser.Name,
                calendars) is { } termsRefusal)
            {
                return FromRefusal(termsRefusal);
            }
        }
        else if (contract.ScheduleEnd(request.LastDay, request.Cause, request.RequestedOn, reason, today, clock.GetUtcNow(), currentUser.Name, calendars) is { } refusal)
        {
            return FromRefusal(refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EndingProblem.Conflict;
        }

        return null;
    }

    /// <summary>What the contract does not check itself: the written demand that opens the right to end for breach.</summary>
    public static EndingProblem? RightToEnd(ContractTimeline timeline, EarlyEndRequest request)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Cause)
        {
            // 004 §16-3: a breach not cured within 14 days of the written demand; without a demand the vendor ends for the
            // grounds that need none (§16-1), which the reason must name.
            case TerminationCause.CustomerFault when request.DemandReceivedOn is { } demand
                && timeline.BreachCure(demand) is { } cure && request.LastDay < cure.TerminableFrom:
                return EndingProblem.BreachNotYetTerminable;
            default:
                return null;
        }
    }

    private static string Describe(EarlyEndRequest request)
    {
        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            return reason;
        }

        return request is { DemandReceivedOn: { } demand } ? $"{reason} (demand received {demand:yyyy-MM-dd})" : reason;
    }

    internal static EndingProblem FromRefusal(ContractRefusal refusal) => refusal switch
    {
        ContractRefusal.ReasonRequired => EndingProblem.ReasonRequired,
        ContractRefusal.DateInFuture => EndingProblem.DateInFuture,
        ContractRefusal.EndDateTooEarly => EndingProblem.EndDateTooEarly,
        ContractRefusal.EndDateAfterScheduledEnd => EndingProblem.EndDateAfterScheduledEnd,
        ContractRefusal.NoticeTooShort => EndingProblem.NoticeTooShort,
        ContractRefusal.TermsChangeNoticeRequired => EndingProblem.TermsChangeNoticeRequired,
        ContractRefusal.OutsideTermsChangeWindow => EndingProblem.TermsChangeWindowClosed,
        _ => EndingProblem.WrongStatus,
    };
}

/// <summary>
/// Cancels an order before delivery: no term has started, so nothing is owed; the reason is recorded. The kitting stops
/// and unshipped appliances return to stock in the same save — hardware the partner may not change itself, so once the
/// partner's own view has found the contract the change is made in the vendor's name.
/// </summary>
public sealed class CancelOrder(IDbContextFactory<HubDbContext> contextFactory, HubDbContextOptions systemContexts, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<EndingProblem?> ExecuteAsync(Guid contractId, string reason, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(EndingPermissions.CustomerRequestRoles))
        {
            return EndingProblem.NotAllowed;
        }

        await using (var own = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await own.Contracts.AnyAsync(c => c.Id == contractId, cancellationToken))
            {
                return EndingProblem.NotFound;
            }
        }

        await using var db = systemContexts.Create(TenantScope.System, clock);
        var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == contractId, cancellationToken);
        var now = clock.GetUtcNow();
        if (contract.CancelBeforeDelivery(now, currentUser.Name, reason) is { } refusal)
        {
            return ScheduleContractEnd.FromRefusal(refusal);
        }

        await Logistics.OrderCancellation.OrderCancelledAsync(db, contractId, now, currentUser.Name, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EndingProblem.Conflict;
        }

        return null;
    }
}
