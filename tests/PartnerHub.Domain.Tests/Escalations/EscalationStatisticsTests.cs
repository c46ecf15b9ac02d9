using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class EscalationStatisticsTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static EscalationCaseFacts Facts(string partner, ThreatClass? threat, DateTimeOffset escalated, SlaState state, double? answerHours) =>
        new(partner, threat, escalated, answerHours is null ? null : escalated.AddHours(answerHours.Value), escalated.AddDays(1), state,
            answerHours is null ? null : TimeSpan.FromHours(answerHours.Value));

    private static DateTimeOffset Nov(int day) => new(2026, 11, day, 10, 0, 0, Jst);

    [Fact]
    public void Compute_Empty_GivesEmptyTables()
    {
        var report = EscalationStatistics.Compute([]);

        report.ByPartner.ShouldBeEmpty();
        report.ByThreatClass.ShouldBeEmpty();
        report.Sla.ShouldBeEmpty();
    }

    [Fact]
    public void Compute_GroupsByTokyoMonth_NotUtc()
    {
        // 2026-11-30 23:30 UTC is 2026-12-01 08:30 in Tokyo.
        var lateUtc = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        var report = EscalationStatistics.Compute([Facts("A社", null, lateUtc, SlaState.Running, null)]);

        report.ByPartner.Single().Month.ShouldBe(new CalendarMonth(2026, 12));
        report.ByPartner[0].Month.ToString().ShouldBe("2026-12");
    }

    [Fact]
    public void Compute_VolumeByPartnerAndThreatClass_SortedByMonthThenName()
    {
        var report = EscalationStatistics.Compute(
        [
            Facts("B社", ThreatClass.MalwareCommunication, Nov(2), SlaState.Met, 3),
            Facts("A社", ThreatClass.MalwareCommunication, Nov(3), SlaState.Met, 5),
            Facts("A社", ThreatClass.Reconnaissance, Nov(4), SlaState.Breached, 20),
            Facts("A社", null, Nov(5), SlaState.Running, null),
            Facts("B社", ThreatClass.Reconnaissance, new DateTimeOffset(2026, 10, 30, 10, 0, 0, Jst), SlaState.Met, 1),
        ]);

        report.ByPartner.ShouldBe(
        [
            new PartnerMonthVolume(new CalendarMonth(2026, 10), "B社", 1),
            new PartnerMonthVolume(new CalendarMonth(2026, 11), "A社", 3),
            new PartnerMonthVolume(new CalendarMonth(2026, 11), "B社", 1),
        ]);
        report.ByThreatClass.ShouldBe(
        [
            new ThreatClassMonthVolume(new CalendarMonth(2026, 10), ThreatClass.Reconnaissance, 1),
            new ThreatClassMonthVolume(new CalendarMonth(2026, 11), null, 1),
            new ThreatClassMonthVolume(new CalendarMonth(2026, 11), ThreatClass.Reconnaissance, 1),
            new ThreatClassMonthVolume(new CalendarMonth(2026, 11), ThreatClass.MalwareCommunication, 2),
        ]);
    }

    [Fact]
    public void Compute_SlaRow_MedianAverageAndAttainmentExcludingRunning()
    {
        var report = EscalationStatistics.Compute(
        [
            Facts("A社", null, Nov(2), SlaState.Met, 2),
            Facts("A社", null, Nov(3), SlaState.Met, 4),
            Facts("A社", null, Nov(4), SlaState.Breached, 18),
            Facts("A社", null, Nov(5), SlaState.Met, 6),
            Facts("A社", null, Nov(6), SlaState.Running, null),
            Facts("A社", null, Nov(9), SlaState.Paused, null),
        ]);

        var row = report.Sla.Single();
        row.Escalated.ShouldBe(6);
        row.Answered.ShouldBe(4);
        row.MedianFirstAnswer.ShouldBe(TimeSpan.FromHours(5)); // (4 + 6) / 2
        row.AverageFirstAnswer.ShouldBe(TimeSpan.FromHours(7.5));
        row.Met.ShouldBe(3);
        row.Breached.ShouldBe(1);
        row.Running.ShouldBe(2);
        row.AttainmentPercent.ShouldBe(75.0m);
    }

    [Fact]
    public void Compute_UnansweredBreach_CountsInAttainmentNotInTimes()
    {
        var row = EscalationStatistics.Compute(
        [
            Facts("A社", null, Nov(2), SlaState.Met, 2),
            Facts("A社", null, Nov(3), SlaState.Met, 2),
            Facts("A社", null, Nov(4), SlaState.Breached, null),
        ]).Sla.Single();

        row.Answered.ShouldBe(2);
        row.MedianFirstAnswer.ShouldBe(TimeSpan.FromHours(2));
        row.AttainmentPercent.ShouldBe(66.7m);
    }

    [Fact]
    public void Compute_OnlyRunningCases_HasNoAttainmentOrTimes()
    {
        var row = EscalationStatistics.Compute([Facts("A社", null, Nov(2), SlaState.Running, null)]).Sla.Single();

        row.AttainmentPercent.ShouldBeNull();
        row.MedianFirstAnswer.ShouldBeNull();
        row.AverageFirstAnswer.ShouldBeNull();
    }

    [Fact]
    public void Median_OddCount_IsTheMiddleValue() =>
        EscalationStatistics.Median([TimeSpan.FromHours(9), TimeSpan.FromHours(1), TimeSpan.FromHours(3)]).ShouldBe(TimeSpan.FromHours(3));

    [Fact]
    public void From_SupportCase_UsesItsClock()
    {
        var scenario = new SupportCaseScenario();
        var c = scenario.EscalatedAndStarted(Nov(9), ThreatClass.MaliciousSiteAccess);
        c.RecordFirstAnswer(Nov(9).AddHours(3), AnswerChannel.Email, "desk").ShouldBeTrue();

        var facts = EscalationCaseFacts.From(c, "A社", SlaClock.SensorServiceDesk, Nov(20))!;

        facts.State.ShouldBe(SlaState.Met);
        facts.Breached.ShouldBeFalse();
        facts.FirstAnswerBusinessTime.ShouldBe(TimeSpan.FromHours(3));
        facts.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 10, 17, 0, 0, Jst));
        facts.ThreatClass.ShouldBe(ThreatClass.MaliciousSiteAccess);
    }
}
