using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>
/// When overdue invoices get reminders (督促). An invoice is overdue once its due date has passed on the business calendar:
/// a due date on a closed day moves to the next business day (payment on it is still on time), and the days overdue are
/// counted from that day. Each stage (e.g. 1, 14 and 30 days overdue) sends at most one reminder per invoice; reminders go
/// out on business days only, and a round that comes late sends the latest stage reached, never an earlier one it has
/// outgrown.
/// </summary>
public sealed record DunningPolicy
{
    public DunningPolicy(IEnumerable<int> stageDays, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(stageDays);
        ArgumentNullException.ThrowIfNull(calendar);
        StageDays = [.. stageDays.Distinct().Order()];
        if (StageDays.Count == 0 || StageDays[0] < 1)
        {
            throw new ArgumentException("Dunning stages are one or more positive day counts.", nameof(stageDays));
        }

        Calendar = calendar;
    }

    /// <summary>Days overdue at which a reminder is due, ascending.</summary>
    public IReadOnlyList<int> StageDays { get; }

    public BusinessCalendar Calendar { get; }

    /// <summary>The last day payment is on time: the due date, or the next business day when it falls on a closed day.</summary>
    public DateOnly EffectiveDueDate(DateOnly dueDate) => Calendar.OnOrAfter(dueDate);

    /// <summary>Calendar days since the effective due date; zero or less when not overdue.</summary>
    public int DaysOverdue(DateOnly dueDate, DateOnly today) => today.DayNumber - EffectiveDueDate(dueDate).DayNumber;

    /// <summary>
    /// The stage to remind at on <paramref name="today"/>: the highest stage reached, if <paramref name="openBalance"/> is
    /// positive, today is a business day, and that stage (or a later one) has not been sent; otherwise null.
    /// </summary>
    public int? StageDue(DateOnly dueDate, Yen openBalance, DateOnly today, IEnumerable<int> stagesSent)
    {
        ArgumentNullException.ThrowIfNull(stagesSent);
        if (openBalance <= Yen.Zero || !Calendar.IsBusinessDay(today))
        {
            return null;
        }

        int overdue = DaysOverdue(dueDate, today);
        var reached = StageDays.Where(s => s <= overdue).ToList();
        if (reached.Count == 0)
        {
            return null;
        }

        int stage = reached[^1];
        return stagesSent.Any(s => s >= stage) ? null : stage;
    }
}
