using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Domain.Escalations;

/// <summary>Escalations of one partner in one month.</summary>
/// <param name="Month">Tokyo month of escalation.</param>
/// <param name="PartnerName">Partner.</param>
/// <param name="Cases">Number of escalations.</param>
public sealed record PartnerMonthVolume(CalendarMonth Month, string PartnerName, int Cases);

/// <summary>Escalations about one threat class in one month.</summary>
/// <param name="Month">Tokyo month of escalation.</param>
/// <param name="ThreatClass">Threat class; null for cases without one.</param>
/// <param name="Cases">Number of escalations.</param>
public sealed record ThreatClassMonthVolume(CalendarMonth Month, ThreatClass? ThreatClass, int Cases);

/// <summary>First-answer performance of one month.</summary>
/// <param name="Month">Tokyo month of escalation.</param>
/// <param name="Escalated">Cases escalated that month.</param>
/// <param name="Answered">Of those, answered (with a first-answer business time).</param>
/// <param name="MedianFirstAnswer">Median business time to the first answer; null when none answered.</param>
/// <param name="AverageFirstAnswer">Mean business time to the first answer; null when none answered.</param>
/// <param name="Met">Cases whose target was met.</param>
/// <param name="Breached">Cases whose target was breached (answered late, or overdue and unanswered).</param>
/// <param name="Running">Cases still running or paused, left out of attainment.</param>
/// <param name="AttainmentPercent">Met / (met + breached) × 100, one decimal, half away from zero; null when neither.</param>
public sealed record MonthlySlaRow(
    CalendarMonth Month,
    int Escalated,
    int Answered,
    TimeSpan? MedianFirstAnswer,
    TimeSpan? AverageFirstAnswer,
    int Met,
    int Breached,
    int Running,
    decimal? AttainmentPercent);

/// <summary>The rows of the escalation export, each list sorted by month then name.</summary>
/// <param name="ByPartner">Volume by partner by month.</param>
/// <param name="ByThreatClass">Volume by threat class by month.</param>
/// <param name="Sla">First-answer times and attainment by month.</param>
public sealed record EscalationStatisticsReport(
    IReadOnlyList<PartnerMonthVolume> ByPartner,
    IReadOnlyList<ThreatClassMonthVolume> ByThreatClass,
    IReadOnlyList<MonthlySlaRow> Sla);
