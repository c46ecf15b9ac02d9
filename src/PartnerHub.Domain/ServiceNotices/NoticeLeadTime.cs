using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Domain.ServiceNotices;

/// <summary>A plan whose notice period a notice does not meet, and the earliest effective date it would meet.</summary>
/// <param name="PlanCode">The plan.</param>
/// <param name="Minimum">Its minimum notice period for the notice's type; null when it only asks for notice before the day.</param>
/// <param name="EarliestEffectiveDate">The first effective date a notice published on the day would be in time for.</param>
public sealed record LeadTimeShortfall(string PlanCode, NoticePeriod? Minimum, DateOnly EarliestEffectiveDate);

/// <summary>
/// The minimum notice before a service notice takes effect, per type and per plan policy (DOMAIN.md "Decisions": minimum
/// notice periods by type).
/// </summary>
public static class NoticeLeadTime
{
    /// <summary>
    /// Whether <paramref name="type"/> must be given before its effective day at all. Emergency maintenance and "other"
    /// may take effect the day they are published (004 §14-2: 緊急でやむを得ない場合を除き).
    /// </summary>
    public static bool RequiresNotice(ServiceNoticeType type) => type is not (ServiceNoticeType.EmergencyMaintenance or ServiceNoticeType.Other);

    /// <summary>
    /// The minimum notice period of <paramref name="type"/> under <paramref name="policy"/>: a terms change by
    /// <see cref="ServicePlanPolicy.TermsChangeNotice"/> (004 §21-1: 1 week; 002 §3-3: 30 days; 003 §2-4: 15 days), an
    /// abolition by <see cref="ServicePlanPolicy.VendorTerminationNotice"/> (004 §15-2: 2 months; 002 §11-1: 4; 003 §14-1:
    /// 3; 000 §23-2: 1), maintenance and suspension by <see cref="ServicePlanPolicy.SuspensionNotice"/> (000 §23-2: 1 month;
    /// 004 §14-2 names none). Null when the terms name no period: the notice must still come before the effective day
    /// when <see cref="RequiresNotice"/>.
    /// </summary>
    public static NoticePeriod? Minimum(ServiceNoticeType type, ServicePlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return type switch
        {
            ServiceNoticeType.TermsChange => policy.TermsChangeNotice,
            ServiceNoticeType.Abolition => policy.VendorTerminationNotice,
            ServiceNoticeType.PlannedMaintenance or ServiceNoticeType.Suspension => policy.SuspensionNotice,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the terms of <paramref name="planCode"/> let a notice of <paramref name="type"/> go out late in an emergency,
    /// with the reason recorded: a stop for maintenance or a suspension under every plan (004 §14-2: 緊急でやむを得ない場合を除き;
    /// the hub keeps this for all), a terms change only where the terms say so (004 §21-1; not 002 §3-3 or 003 §2-4), the end
    /// of the service likewise (000 §23-2; not 004 §15-2, 002 §11-1 or 003 §14-1). False for a plan without a policy.
    /// </summary>
    public static bool EmergencyMayShorten(ServiceNoticeType type, string planCode) =>
        ServicePlanPolicy.TryForPlan(planCode, out var policy) && type switch
        {
            ServiceNoticeType.PlannedMaintenance or ServiceNoticeType.Suspension => true,
            ServiceNoticeType.TermsChange => policy.TermsChangeEmergencyException,
            ServiceNoticeType.Abolition => policy.VendorTerminationEmergencyException,
            _ => false,
        };

    /// <summary>The first effective date of a notice of <paramref name="type"/> published on <paramref name="noticeDate"/> under <paramref name="policy"/>.</summary>
    public static DateOnly EarliestEffectiveDate(ServiceNoticeType type, ServicePlanPolicy policy, DateOnly noticeDate)
    {
        if (Minimum(type, policy) is { } period)
        {
            return period.EarliestEffectiveDate(noticeDate);
        }

        // Announced before the day (004 §14-2) when notice is required; an announcement that applies from its posting
        // (000 §3-2) or needs no notice may take effect the same day.
        return RequiresNotice(type) && type != ServiceNoticeType.TermsChange ? noticeDate.AddDays(1) : noticeDate;
    }

    /// <summary>
    /// The plans among <paramref name="planCodes"/> whose minimum a notice of <paramref name="type"/> published on
    /// <paramref name="noticeDate"/> for <paramref name="effectiveDate"/> does not meet, ordered by code; empty when it is in
    /// time for all. A plan without a policy is reported as a shortfall with no minimum (never read as 004).
    /// </summary>
    public static IReadOnlyList<LeadTimeShortfall> Shortfalls(ServiceNoticeType type, IEnumerable<string> planCodes, DateOnly noticeDate, DateOnly effectiveDate)
    {
        ArgumentNullException.ThrowIfNull(planCodes);
        var shortfalls = new List<LeadTimeShortfall>();
        foreach (var plan in planCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!ServicePlanPolicy.TryForPlan(plan, out var policy))
            {
                shortfalls.Add(new LeadTimeShortfall(plan, null, DateOnly.MaxValue));
                continue;
            }

            var earliest = EarliestEffectiveDate(type, policy, noticeDate);
            if (effectiveDate < earliest)
            {
                shortfalls.Add(new LeadTimeShortfall(plan, Minimum(type, policy), earliest));
            }
        }

        return shortfalls;
    }
}
