using PartnerHub.Domain.Calendars;

namespace PartnerHub.Domain.Escalations;

/// <summary>
/// The first-answer clock of the escalation desk on its business calendar (for 004,
/// <see cref="BusinessCalendars.SensorServiceDesk"/>: weekdays 9:00–17:00, holidays and Dec 28 – Jan 4 closed).
/// <para>
/// The target is the close of the next business day after the Tokyo day of escalation (004 別紙3 §2-4,
/// <see cref="BusinessCalendar.EndOfNextBusinessDay"/>), whatever the hour of escalation: a Saturday escalation is due
/// Monday 17:00, like a Friday-evening one. That target is turned into a budget of business time, and time waiting for
/// the customer does not use the budget, so the due time moves back by the business time paused. Pauses outside
/// business hours move nothing.
/// </para>
/// </summary>
public sealed class SlaClock
{
    /// <summary>A clock on <paramref name="calendar"/>.</summary>
    public SlaClock(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The clock of the 004 escalation desk.</summary>
    public static SlaClock SensorServiceDesk { get; } = new(BusinessCalendars.SensorServiceDesk);

    /// <summary>The desk's calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>
    /// The clock's state at <paramref name="now"/>.
    /// </summary>
    /// <param name="escalatedAt">When the case reached the desk.</param>
    /// <param name="pauses">
    /// Time spent waiting for the customer; a pause still running ends at <see cref="DateTimeOffset.MaxValue"/> (or any
    /// instant after <paramref name="now"/>). Pauses may overlap; only the parts after escalation and before the first
    /// answer (or now) count.
    /// </param>
    /// <param name="firstAnsweredAt">The desk's first answer, if given.</param>
    /// <param name="now">The present moment.</param>
    public FirstAnswerSla Evaluate(DateTimeOffset escalatedAt, IEnumerable<TimeInterval> pauses, DateTimeOffset? firstAnsweredAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var baseDue = Calendar.EndOfNextBusinessDay(escalatedAt);
        var budget = Calendar.BusinessTimeBetween(escalatedAt, baseDue);
        var end = firstAnsweredAt ?? now;
        if (end < escalatedAt)
        {
            end = escalatedAt;
        }

        var all = pauses.ToList();
        var counted = Clip(all, escalatedAt, end);
        var elapsed = Calendar.BusinessTimeBetween(escalatedAt, end, counted);
        var paused = Calendar.BusinessTimeBetween(escalatedAt, end) - elapsed;
        var due = AddBusinessTime(escalatedAt, budget, counted);
        bool pausedNow = firstAnsweredAt is null && all.Any(p => p.Start <= now && p.End > now);
        var state = firstAnsweredAt is { } answered
            ? answered <= due ? SlaState.Met : SlaState.Breached
            : now > due ? SlaState.Breached : pausedNow ? SlaState.Paused : SlaState.Running;
        var remaining = budget > elapsed ? budget - elapsed : TimeSpan.Zero;
        return new FirstAnswerSla(escalatedAt, baseDue, due, budget, elapsed, paused, remaining, state, firstAnsweredAt);
    }

    /// <summary>
    /// When to remind the desk of a running clock: <paramref name="leadTime"/> before the due time, moved to the next
    /// opening when that falls outside business hours (nobody reads a reminder at night), and not before
    /// <paramref name="now"/>. Null when there is nothing to remind of: answered, breached, or paused (the due time
    /// is still moving).
    /// </summary>
    public DateTimeOffset? NextReminderAt(FirstAnswerSla sla, DateTimeOffset now, TimeSpan leadTime)
    {
        ArgumentNullException.ThrowIfNull(sla);
        if (sla.State != SlaState.Running)
        {
            return null;
        }

        var moment = sla.Due - leadTime;
        return Calendar.NextOpening(moment > now ? moment : now);
    }

    private static List<TimeInterval> Clip(IEnumerable<TimeInterval> pauses, DateTimeOffset from, DateTimeOffset to) =>
    [
        .. pauses
            .Select(p => new TimeInterval(p.Start > from ? p.Start : from, p.End < to ? p.End : to))
            .Where(p => p.End > p.Start),
    ];

    // The instant at which `amount` of business time outside the pauses has passed since `from`. Ends exactly at a
    // closing time (17:00) rather than at the next opening when the budget runs out with the day.
    private DateTimeOffset AddBusinessTime(DateTimeOffset from, TimeSpan amount, IReadOnlyList<TimeInterval> pauses)
    {
        var remaining = amount;
        var chunkStart = from;
        while (true)
        {
            // Two weeks at a time: at least one business day in any window that long, even over the year-end closure.
            var chunkEnd = chunkStart.AddDays(14);
            foreach (var interval in Calendar.WorkingIntervals(chunkStart, chunkEnd))
            {
                foreach (var piece in Subtract(interval, pauses))
                {
                    if (piece.Duration >= remaining)
                    {
                        return piece.Start + remaining;
                    }

                    remaining -= piece.Duration;
                }
            }

            chunkStart = chunkEnd;
        }
    }

    private static IEnumerable<TimeInterval> Subtract(TimeInterval interval, IReadOnlyList<TimeInterval> pauses)
    {
        var start = interval.Start;
        foreach (var pause in pauses.Where(p => p.End > interval.Start && p.Start < interval.End).OrderBy(p => p.Start))
        {
            if (pause.Start > start)
            {
                yield return new TimeInterval(start, pause.Start);
            }

            if (pause.End > start)
            {
                start = pause.End;
            }
        }

        if (interval.End > start)
        {
            yield return new TimeInterval(start, interval.End);
        }
    }
}
