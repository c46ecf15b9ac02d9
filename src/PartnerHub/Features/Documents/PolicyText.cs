using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Contracts.Terms;

namespace PartnerHub.Features.Documents;

/// <summary>
/// The lengths and notice periods of a plan's policy as the quote's notes and the contract's clauses print them (issue 13:
/// a policy version may change them, so the documents never state them as fixed text).
/// </summary>
public static class PolicyText
{
    /// <summary>
    /// The format arguments of a note or clause: {0} the first term, {1} each renewal, {2} the non-renewal notice, {3} the
    /// mid-term cancellation notice (a policy without one prints zero days: notice up to the day itself).
    /// </summary>
    public static object[] Arguments(ServicePlanPolicy policy, IStringLocalizer<DocumentStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(strings);
        return [Length(policy.TermMonths, strings), Length(policy.RenewalMonths, strings),
            Notice(policy.NonRenewalNotice, strings), Notice(policy.MidTermCancellationNotice, strings)];
    }

    private static string Length(int months, IStringLocalizer<DocumentStrings> strings) =>
        months % 12 == 0 ? Counted("Length_Years", months / 12, strings) : Counted("Length_Months", months, strings);

    private static string Notice(NoticePeriod? notice, IStringLocalizer<DocumentStrings> strings) =>
        notice is { } n ? Counted("Notice_" + n.Unit, n.Count, strings) : Counted("Notice_" + PeriodUnit.Days, 0, strings);

    private static string Counted(string key, int count, IStringLocalizer<DocumentStrings> strings) =>
        strings[count == 1 ? key + "_One" : key, count];
}
