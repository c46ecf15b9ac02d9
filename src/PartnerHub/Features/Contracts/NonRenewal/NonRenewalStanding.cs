using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>One row of the terms timeline: a term, its insurance year where the plan insures (004 別紙5; 002 §4-3), and its place.</summary>
public sealed record TermRow(ContractTerm Term, InsuranceCoverage? Insurance, bool IsCurrent, bool IsLast);

/// <summary>A recorded notice as the panel shows it: the term it was judged against, whether it was in time, and what follows.</summary>
/// <param name="ReceivedByPartnerOn">Day the partner received the customer's letter.</param>
/// <param name="ForwardedOn">Day the partner forwarded it.</param>
/// <param name="VendorReceivedOn">Day it reached the vendor: decides whether it was in time (004 §4-3).</param>
/// <param name="JudgedTerm">The term running when it reached the vendor (the first, for a notice before the start).</param>
/// <param name="LastTerm">The term at whose end the service stops: <paramref name="JudgedTerm"/> if in time, else the next one.</param>
/// <param name="CanWithdraw">Whether today a withdrawal is still possible (up to <paramref name="LastTerm"/>'s cancel-by date).</param>
public sealed record RecordedNotice(DateOnly? ReceivedByPartnerOn, DateOnly? ForwardedOn, DateOnly VendorReceivedOn, ContractTerm JudgedTerm, ContractTerm LastTerm,
    bool CanWithdraw)
{
    /// <summary>True when the notice reached the vendor on or before the judged term's cancel-by date.</summary>
    public bool InTime => LastTerm.Number == JudgedTerm.Number;
}

/// <summary>
/// Where a contract stands on non-renewal today, computed once from the contract's <see cref="ContractTimeline"/> for the
/// panel: the current (or, before the first day, the coming) term with its cancel-by date, the recorded notice if any,
/// and the terms so far plus the next one.
/// </summary>
public sealed record NonRenewalStanding(ContractTimeline Timeline, ContractTerm CurrentTerm, bool AcceptsNotice, RecordedNotice? Notice, IReadOnlyList<TermRow> Terms)
{
    /// <summary>002 plans take the notice by e-mail to the 本所 (002 §12-1); the others in writing through the partner (004 §4-3).</summary>
    public bool ByEmailToHeadOffice => Timeline.Policy.Code == ServicePlanPolicy.ChamberUtm002.Code;

    /// <summary>Whether a notice given today comes after the current term's cancel-by date (the contract would renew once more).</summary>
    public bool NoticeTodayIsLate(DateOnly today) => today > CurrentTerm.CancelBy;

    /// <summary>
    /// The standing of <paramref name="contract"/> on <paramref name="today"/>, with its deadlines on <paramref name="calendars"/>
    /// (the calendars with the vendor's closures; the seeds' when null); null before delivery completes (no terms yet).
    /// </summary>
    public static NonRenewalStanding? Of(ServiceContract contract, DateOnly today, BusinessCalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract.Timeline(calendars ?? BusinessCalendarSet.SeedsOnly) is not { } timeline)
        {
            return null;
        }

        var current = timeline.TermOn(today) ?? timeline.Term(1);
        bool accepts = timeline.Policy.AutoRenews && contract.Status is (ContractStatus.Delivered or ContractStatus.Active) && contract.NonRenewalNoticeOn is null;
        RecordedNotice? notice = null;
        if (contract.NonRenewalNoticeOn is { } vendorOn)
        {
            var judged = timeline.TermOn(vendorOn) ?? timeline.Term(1);
            var last = timeline.LastTermAfterNotice(vendorOn);
            bool canWithdraw = contract.Status == ContractStatus.Ending && contract.EarlyEndCause is null && today <= last.CancelBy;
            notice = new RecordedNotice(contract.NonRenewalReceivedByPartnerOn, contract.NonRenewalForwardedOn, vendorOn, judged, last, canWithdraw);
        }

        // The terms so far and the next; once the end is known, up to the term it falls in (a late notice's extra term included).
        int? lastNumber = timeline.ServiceEnd is { } end ? timeline.TermOn(end)?.Number : null;
        int upTo = lastNumber ?? current.Number + 1;
        var rows = timeline.Terms().Take(upTo)
            .Select(term => new TermRow(term, timeline.InsuranceCoverage(term.Number), term.Number == current.Number && today >= timeline.ServiceStart, term.Number == lastNumber))
            .ToList();
        return new NonRenewalStanding(timeline, current, accepts, notice, rows);
    }
}
