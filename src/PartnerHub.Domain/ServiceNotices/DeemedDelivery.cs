using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.ServiceNotices;

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

    /// <summary>
    /// A letter is delivered when it reaches the address (001 §21-3: 到達した時), and one sent to the registered contact
    /// counts as arrived when it would normally arrive, even if it does not (003 §10-2: 通常到達し得るとき). The hub takes
    /// the normal arrival as <paramref name="transitBusinessDays"/> business days of <paramref name="calendar"/> after
    /// the day it is posted (a configured postal transit). <paramref name="postedOn"/> is the day the letter was actually
    /// handed to the post, as recorded; a letter not yet posted has no deemed delivery.
    /// </summary>
    public static DateOnly Letter(DateOnly postedOn, int transitBusinessDays, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(transitBusinessDays);
        return transitBusinessDays == 0 ? postedOn : calendar.AddBusinessDays(postedOn, transitBusinessDays);
    }
}
