using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Domain.Escalations;

/// <summary>What the statistics need of one escalated case; the web layer projects them from stored cases.</summary>
/// <param name="PartnerName">The owning partner's name.</param>
/// <param name="ThreatClass">The threat class asked about; null when not known.</param>
/// <param name="EscalatedAt">When it reached the desk (its month is the case's month).</param>
/// <param name="FirstAnsweredAt">The desk's first answer, if any.</param>
/// <param name="DueAt">The first-answer due time.</param>
/// <param name="State">The clock's state (<see cref="SlaState.Running"/> and <see cref="SlaState.Paused"/> are left out of attainment).</param>
/// <param name="FirstAnswerBusinessTime">Business time from escalation to the first answer, pauses excluded; null while unanswered.</param>
public sealed record EscalationCaseFacts(
    string PartnerName,
    ThreatClass? ThreatClass,
    DateTimeOffset EscalatedAt,
    DateTimeOffset? FirstAnsweredAt,
    DateTimeOffset DueAt,
    SlaState State,
    TimeSpan? FirstAnswerBusinessTime)
{
    /// <summary>Whether the first answer came (or should have come) late.</summary>
    public bool Breached => State == SlaState.Breached;

    /// <summary>The facts of an escalated case at <paramref name="now"/>; null for a case never escalated.</summary>
    public static EscalationCaseFacts? From(SupportCase supportCase, string partnerName, SlaClock clock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        if (supportCase.EvaluateSla(clock, now) is not { } sla)
        {
            return null;
        }

        return new EscalationCaseFacts(partnerName, supportCase.ThreatClass, sla.EscalatedAt, sla.FirstAnsweredAt, sla.Due, sla.State,
            sla.FirstAnsweredAt is null ? null : sla.Elapsed);
    }
}
