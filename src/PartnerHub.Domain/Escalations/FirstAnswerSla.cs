namespace PartnerHub.Domain.Escalations;

/// <summary>
/// The desk's first-answer target of one case at one moment (004 別紙3 §2-4-①: 翌営業日への一次回答, an effort target).
/// Computed by <see cref="SlaClock.Evaluate"/>; all durations are business time of the desk's calendar.
/// </summary>
/// <param name="EscalatedAt">When the clock started.</param>
/// <param name="BaseDue">The close of the next business day after the day of escalation, before any pause.</param>
/// <param name="Due">
/// <paramref name="BaseDue"/> pushed back by the business time spent waiting for the customer before the answer (or
/// before now); while a pause is still running this is the due time if work resumed now.
/// </param>
/// <param name="Budget">The business time from escalation to <paramref name="BaseDue"/>: what the desk has to answer in.</param>
/// <param name="Elapsed">Business time used so far (to the answer, or to now), pauses excluded.</param>
/// <param name="Paused">Business time spent paused, counted up to the answer or now.</param>
/// <param name="Remaining">Budget left; zero once used up.</param>
/// <param name="State">Running, paused, met or breached.</param>
/// <param name="FirstAnsweredAt">The first answer, if given.</param>
public sealed record FirstAnswerSla(
    DateTimeOffset EscalatedAt,
    DateTimeOffset BaseDue,
    DateTimeOffset Due,
    TimeSpan Budget,
    TimeSpan Elapsed,
    TimeSpan Paused,
    TimeSpan Remaining,
    SlaState State,
    DateTimeOffset? FirstAnsweredAt)
{
    /// <summary>Whether the clock has stopped for good (met or breached).</summary>
    public bool IsSettled => State is SlaState.Met or SlaState.Breached;
}
