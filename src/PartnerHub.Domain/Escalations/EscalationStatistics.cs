namespace PartnerHub.Domain.Escalations;

/// <summary>
/// Monthly figures of the escalation desk for the Excel export: volume by partner and by threat class, first-answer
/// business time (median and mean) and SLA attainment. Cases count in the Tokyo month of their escalation.
/// </summary>
public static class EscalationStatistics
{
    /// <summary>Computes every table from <paramref name="cases"/>.</summary>
    public static EscalationStatisticsReport Compute(IEnumerable<EscalationCaseFacts> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var byMonth = cases.GroupBy(c => CalendarMonth.InTokyo(c.EscalatedAt)).OrderBy(g => g.Key).ToList();

        var byPartner = byMonth
            .SelectMany(month => month
                .GroupBy(c => c.PartnerName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PartnerMonthVolume(month.Key, g.Key, g.Count())))
            .ToList();

        // Unclassified (null) sorts first, then the enum's order.
        var byThreat = byMonth
            .SelectMany(month => month
                .GroupBy(c => c.ThreatClass)
                .OrderBy(g => g.Key.HasValue).ThenBy(g => g.Key)
                .Select(g => new ThreatClassMonthVolume(month.Key, g.Key, g.Count())))
            .ToList();

        var sla = byMonth.Select(month => SlaRow(month.Key, [.. month])).ToList();
        return new EscalationStatisticsReport(byPartner, byThreat, sla);
    }

    /// <summary>The median: the middle value, or the mean of the two middle values of an even count.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }

    private static MonthlySlaRow SlaRow(CalendarMonth month, IReadOnlyList<EscalationCaseFacts> cases)
    {
        var times = cases.Where(c => c.FirstAnswerBusinessTime is not null).Select(c => c.FirstAnswerBusinessTime!.Value).ToList();
        TimeSpan? average = times.Count == 0 ? null : TimeSpan.FromTicks(times.Sum(t => t.Ticks) / times.Count);
        int met = cases.Count(c => c.State == SlaState.Met);
        int breached = cases.Count(c => c.State == SlaState.Breached);
        int running = cases.Count - met - breached;
        decimal? attainment = met + breached == 0 ? null : Math.Round(100m * met / (met + breached), 1, MidpointRounding.AwayFromZero);
        return new MonthlySlaRow(month, cases.Count, times.Count, Median(times), average, met, breached, running, attainment);
    }
}
