using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.ServiceNotices;

/// <summary>
/// When a letter sent to the registered postal address counts as delivered: a plan policy setting
/// (<see cref="Contracts.Terms.ServicePlanPolicy.LetterDelivery"/>).
/// </summary>
public enum LetterDeliveryRule
{
    /// <summary>
    /// When it reaches the address (001 §21-3: 郵便物が参加者の住所に到達した時): a letter that comes back undelivered has not
    /// reached it, so the notice is not delivered by it and has to reach the recipient another way.
    /// </summary>
    ReachesAddress,

    /// <summary>
    /// When it would normally arrive, even if it does not (003 §10-2: 不到達となっても…通常到達し得るときに到達したものとみなします):
    /// a letter that comes back keeps its normal arrival as its deemed delivery.
    /// </summary>
    NormalArrival,
}

/// <summary>
/// When a notice counts as delivered, per channel (001 §21; 003 §10-2; DOMAIN.md "Decisions": deemed delivery). The time
/// is kept per recipient and channel as the record of when and how the notice reached whom.
/// </summary>
public static class DeemedDelivery
{
    /// <summary>A web posting is delivered when posted (001 §21-1: 掲載された時).</summary>
    public static DateTimeOffset Posting(DateTimeOffset postedAt) => postedAt;

    /// <summary>An e-mail is delivered when sent to the registered address (001 §21-2: 送信した時); null while not yet sent.</summary>
    public static DateTimeOffset? Email(DateTimeOffset? sentAt) => sentAt;

    /// <summary>Another method is delivered at the time the notice names (001 §21-4: 当該通知の中で当社が指定した時).</summary>
    public static DateTimeOffset OtherMethod(DateTimeOffset namedTime) => namedTime;

    /// <summary>
    /// The day a letter normally reaches the address: <paramref name="transitBusinessDays"/> business days of
    /// <paramref name="calendar"/> after the day it is posted (a configured postal transit). <paramref name="postedOn"/> is the
    /// day the letter was actually handed to the post, as recorded; a letter not yet posted has no arrival day.
    /// </summary>
    public static DateOnly Letter(DateOnly postedOn, int transitBusinessDays, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(transitBusinessDays);
        return transitBusinessDays == 0 ? postedOn : calendar.AddBusinessDays(postedOn, transitBusinessDays);
    }

    /// <summary>
    /// When a letter to a customer whose contracts keep <paramref name="policies"/> counts as delivered (null: a plan without a
    /// policy). When any of them needs the letter to reach the address (001 §21-3) it must, whatever the others allow (003
    /// §10-2); a plan without a policy, or no contract at all, counts as needing it.
    /// </summary>
    public static LetterDeliveryRule LetterRuleOf(IEnumerable<Contracts.Terms.ServicePlanPolicy?> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var rules = policies.Select(p => p?.LetterDelivery ?? LetterDeliveryRule.ReachesAddress).ToList();
        return rules.Count > 0 && rules.All(r => r == LetterDeliveryRule.NormalArrival) ? LetterDeliveryRule.NormalArrival : LetterDeliveryRule.ReachesAddress;
    }

    /// <summary>
    /// A letter's deemed delivery under <paramref name="rule"/>: its normal arrival day (<paramref name="arrivesOn"/>) while
    /// nothing says it did not arrive. Once it came back (<paramref name="returnedOn"/>), a letter that had to reach the address
    /// (001 §21-3) is not delivered (null), and one sent to the registered address keeps its normal arrival (003 §10-2).
    /// </summary>
    public static DateOnly? Letter(DateOnly? arrivesOn, DateOnly? returnedOn, LetterDeliveryRule rule) =>
        returnedOn is not null && rule == LetterDeliveryRule.ReachesAddress ? null : arrivesOn;
}
