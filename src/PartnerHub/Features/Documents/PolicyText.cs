using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Features.Documents;

/// <summary>
/// The lengths and notice deadlines of a plan's policy as the quote's notes and the contract's clauses print them (issue 13:
/// a policy version may change them, so the documents never state them as fixed text). A deadline is worded by its unit:
/// only months have a corresponding day (応当日) and a month-end fallback; days and weeks are counted back from the day;
/// a policy without a notice period prints no period at all.
/// </summary>
public static class PolicyText
{
    /// <summary>Suffix of the variant of a note or clause for a policy without a mid-term cancellation notice.</summary>
    public const string NoMidTermNoticeSuffix = "_NoMidTermNotice";

    /// <summary>
    /// The format arguments of a note or clause: {0} the first term, {1} each renewal, {2} the non-renewal deadline
    /// ("期間満了日の2か月前の応当日…", "期間満了日の14日前", or the expiry itself when the policy sets no notice),
    /// {3} the mid-term cancellation deadline (empty without a notice: such a text has a <see cref="NoMidTermNoticeSuffix"/> variant).
    /// </summary>
    public static object[] Arguments(ServicePlanPolicy policy, IStringLocalizer<DocumentStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(strings);
        return [Length(policy.TermMonths, strings), Length(policy.RenewalMonths, strings),
            Deadline(policy.NonRenewalNotice, strings["Anchor_Expiry"], policy.NoticeDeadlineRollsBack, strings),
            policy.MidTermCancellationNotice is null ? string.Empty : Deadline(policy.MidTermCancellationNotice, strings["Anchor_Desired"], policy.NoticeDeadlineRollsBack, strings)];
    }

    /// <summary>
    /// The resource key to print for <paramref name="key"/>: its <see cref="NoMidTermNoticeSuffix"/> variant when the policy
    /// sets no mid-term cancellation notice and the text has one (the sentence about the notice is then left out).
    /// </summary>
    public static string Key(string key, ServicePlanPolicy policy, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(localizer);
        return policy.MidTermCancellationNotice is null && !localizer[key + NoMidTermNoticeSuffix].ResourceNotFound ? key + NoMidTermNoticeSuffix : key;
    }

    private static string Length(int months, IStringLocalizer<DocumentStrings> strings) =>
        months % 12 == 0 ? Counted("Length_Years", months / 12, strings) : Counted("Length_Months", months, strings);

    // A deadline without a notice period is the anchor day itself, which never rolls back (ContractTimeline: the cancel-by
    // date is the term's end).
    private static string Deadline(NoticePeriod? notice, string anchor, bool rollsBack, IStringLocalizer<DocumentStrings> strings)
    {
        if (notice is not { } n)
        {
            return strings["Deadline_None", anchor];
        }

        string key = (n.Unit == PeriodUnit.Months ? "Deadline_Months" : "Deadline_Count") + (rollsBack ? "_RollsBack" : string.Empty);
        return strings[key, anchor, Counted("Notice_" + n.Unit, n.Count, strings)];
    }

    private static string Counted(string key, int count, IStringLocalizer<DocumentStrings> strings) =>
        strings[count == 1 ? key + "_One" : key, count];
}
