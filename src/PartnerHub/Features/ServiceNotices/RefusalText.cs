using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>A refusal in words: the reason, and for a late notice each plan with its minimum and earliest allowed date.</summary>
public static class RefusalText
{
    public static IReadOnlyList<string> Describe(NoticeRefusal refusal, IStringLocalizer<ServiceNoticeStrings> strings)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(strings);
        var lines = new List<string> { strings["Refusal_" + refusal.Reason] };
        foreach (var shortfall in refusal.Shortfalls)
        {
            string plan = ServicePlan.Find(shortfall.PlanCode)?.NameIn(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) is { } name
                ? $"{shortfall.PlanCode} {name}"
                : shortfall.PlanCode;
            lines.Add(shortfall switch
            {
                { EarliestEffectiveDate: var date } when date == DateOnly.MaxValue => strings["Shortfall_NoPolicy", plan],
                { Minimum: { } minimum } => strings["Shortfall", plan, Period(minimum, strings), JapaneseFormat.ShortDate(shortfall.EarliestEffectiveDate)],
                _ => strings["Shortfall_BeforeTheDay", plan, JapaneseFormat.ShortDate(shortfall.EarliestEffectiveDate)],
            });
        }

        return lines;
    }

    public static string Period(NoticePeriod period, IStringLocalizer<ServiceNoticeStrings> strings) => strings["PeriodUnit_" + period.Unit, period.Count];
}
