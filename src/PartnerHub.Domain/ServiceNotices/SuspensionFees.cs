using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.ServiceNotices;

/// <summary>
/// The fee of a contract that stays payable while the service is stopped: the stop does not reduce it (004 §14-3:
/// 停止期間中の本サービス利用料金の支払を要する; 002 §12-5: 当該サービスがあったものとして取扱います).
/// </summary>
/// <param name="From">First day of the stop.</param>
/// <param name="Until">Last day of the stop; null while its end is not announced.</param>
/// <param name="Days">Days of the stop, when its end is known.</param>
/// <param name="Amount">
/// The part of the annual fee that falls on those days (annual fee × days / days of the term year, rounded by policy): payable
/// as usual, no credit; null while the end is not known.
/// </param>
/// <param name="Article">The article that keeps the fee due; null when the plan's terms say nothing (the fee is not reduced either).</param>
public sealed record SuspensionFeeDue(DateOnly From, DateOnly? Until, int? Days, Yen? Amount, string? Article);

/// <summary>What a stop of the service leaves payable (004 §14-3).</summary>
public static class SuspensionFees
{
    /// <summary>
    /// The fee of a contract on <paramref name="timeline"/> with <paramref name="annualFee"/> for a stop from
    /// <paramref name="from"/> to <paramref name="until"/>: due in full (004 §14-3). The amount is the fee's share of the
    /// days of the stop within the service (the days of the term year the stop starts in).
    /// </summary>
    public static SuspensionFeeDue For(ContractTimeline timeline, Yen annualFee, DateOnly from, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var article = timeline.Policy.SuspensionFeesArticle;
        if (until is not { } last || last < from)
        {
            return new SuspensionFeeDue(from, until, null, null, article);
        }

        var first = from < timeline.ServiceStart ? timeline.ServiceStart : from;
        if (timeline.ServiceEnd is { } end && last > end)
        {
            last = end;
        }

        if (last < first || timeline.TermOn(first) is not { } term)
        {
            return new SuspensionFeeDue(from, until, 0, Yen.Zero, article);
        }

        int days = last.DayNumber - first.DayNumber + 1;
        return new SuspensionFeeDue(from, until, days, annualFee.MultiplyFraction(days, term.DaysInTermYear, timeline.Policy.Rounding), article);
    }
}
