using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>What happens at the end of the current term when nobody does anything more.</summary>
public enum WorklistOutcome
{
    /// <summary>The contract renews into the next term (004 §4-3: 自動的に1年間延長).</summary>
    Renews,

    /// <summary>A late non-renewal notice: the contract renews once more and ends with that term (004 §4-3).</summary>
    RenewsThenEnds,

    /// <summary>A non-renewal notice (or a plan without renewal) ends the service with this term (004 §4-4).</summary>
    EndsAtTermEnd,

    /// <summary>An early end is scheduled before the term's end (004 §4-5, §15-2, §16).</summary>
    EndsEarly,
}

/// <summary>
/// One in-service contract's current term, its cancel-by date and what happens if nothing is done, all from the contract's
/// own timeline (the plan's policy decides the dates).
/// </summary>
/// <param name="Term">The current term's number.</param>
/// <param name="TermEndsOn">Last day of the current term.</param>
/// <param name="CancelBy">Last day a non-renewal notice ends the contract with this term (004 §4-3; 002 §12-1).</param>
/// <param name="CancelByBusinessDay">The last business day on or before <paramref name="CancelBy"/> (DOMAIN.md "Decisions": warn when it differs).</param>
/// <param name="Outcome">What happens at the term's end.</param>
/// <param name="OutcomeTerm">The term the contract renews into, if it renews.</param>
/// <param name="OutcomeDate">The renewed term's last day, or the last day of service.</param>
public sealed record RenewalOutlook(int Term, DateOnly TermEndsOn, DateOnly CancelBy, DateOnly CancelByBusinessDay, WorklistOutcome Outcome, int? OutcomeTerm,
    DateOnly OutcomeDate)
{
    /// <summary>The cancel-by date falls on a closed day: the partner must act by the business day before it.</summary>
    public bool CancelByIsClosedDay => CancelByBusinessDay != CancelBy;

    /// <summary>Days from <paramref name="today"/> to the cancel-by date; negative once it has passed.</summary>
    public int DaysLeft(DateOnly today) => CancelBy.DayNumber - today.DayNumber;

    /// <summary>
    /// The outlook of <paramref name="contract"/> on <paramref name="calendars"/> (the business calendars with the vendor's
    /// closures); null when it has no term (not delivered) or its plan has no policy.
    /// </summary>
    public static RenewalOutlook? For(ServiceContract contract, BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(calendars);
        if (!ServicePlanPolicy.TryForPlan(contract.PlanCode, out _) || contract.Timeline(calendars) is not { } timeline)
        {
            return null;
        }

        // A contract delivered before terms were tracked (CurrentTerm 0) is in its first term until the run rolls it.
        var term = timeline.Term(Math.Max(1, contract.CurrentTerm));
        if (timeline.ServiceEnd is { } lastDay && lastDay < term.End)
        {
            return new RenewalOutlook(term.Number, term.End, term.CancelBy, term.CancelByBusinessDay, WorklistOutcome.EndsEarly, null, lastDay);
        }

        var lastTerm = timeline.LastTerm;
        if (lastTerm is not null && lastTerm.Number <= term.Number)
        {
            return new RenewalOutlook(term.Number, term.End, term.CancelBy, term.CancelByBusinessDay, WorklistOutcome.EndsAtTermEnd, null, term.End);
        }

        var next = timeline.Term(term.Number + 1);
        var outcome = lastTerm?.Number == next.Number ? WorklistOutcome.RenewsThenEnds : WorklistOutcome.Renews;
        return new RenewalOutlook(term.Number, term.End, term.CancelBy, term.CancelByBusinessDay, outcome, next.Number, next.End);
    }

    /// <summary>"What happens if nothing is done", in the current UI culture (dates in <paramref name="longDates"/> form for e-mail).</summary>
    public string Describe(IStringLocalizer<RenewalStrings> strings, bool longDates = false)
    {
        ArgumentNullException.ThrowIfNull(strings);
        string date = longDates ? JapaneseFormat.Date(OutcomeDate, CultureInfo.CurrentUICulture) : JapaneseFormat.ShortDate(OutcomeDate);
        return Outcome switch
        {
            WorklistOutcome.Renews => strings["Outcome_Renews", OutcomeTerm!.Value, date],
            WorklistOutcome.RenewsThenEnds => strings["Outcome_RenewsThenEnds", OutcomeTerm!.Value, date],
            WorklistOutcome.EndsAtTermEnd => strings["Outcome_EndsAtTermEnd", date],
            WorklistOutcome.EndsEarly => strings["Outcome_EndsEarly", date],
        };
    }
}

/// <summary>
/// The inverse of a plan's cancel-by rule, so lists can filter by cancel-by date in SQL without a stored cancel-by column.
/// </summary>
/// <remarks>
/// The cancel-by date of a term is a function of its last day only (the corresponding day N months before the day after
/// it, rolled back to a business day where the plan says so: 004 §4-3, 002 §12-1), and that function never decreases as
/// the last day moves later. So "cancel-by on or before X" is exactly "term end on or before E(X)" for the largest such
/// E, found by a binary search per plan, and a filter on the stored, indexed CurrentTermEndsOn does the rest.
/// </remarks>
public static class CancelByRule
{
    /// <summary>The cancel-by date of a term of <paramref name="policy"/> that ends on <paramref name="termEnd"/>, as <see cref="ContractTimeline"/> computes it.</summary>
    public static DateOnly For(ServicePlanPolicy policy, DateOnly termEnd)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.NonRenewalNotice is not { } notice)
        {
            return termEnd;
        }

        var latest = notice.LatestNoticeDate(termEnd.AddDays(1));
        return policy.NoticeDeadlineRollsBack ? policy.Calendar.OnOrBefore(latest) : latest;
    }

    /// <summary>The latest term end whose cancel-by date is on or before <paramref name="cancelBy"/>.</summary>
    public static DateOnly LatestTermEnd(ServicePlanPolicy policy, DateOnly cancelBy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        // For(end) >= end minus the notice period and <= end; no preset's notice reaches 2 years.
        int low = cancelBy.DayNumber;
        int high = cancelBy.AddYears(2).DayNumber;
        while (low < high)
        {
            int middle = low + ((high - low + 1) / 2);
            if (For(policy, DateOnly.FromDayNumber(middle)) <= cancelBy)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return DateOnly.FromDayNumber(low);
    }
}
