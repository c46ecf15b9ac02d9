using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class SlaClockTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly SlaClock Clock = SlaClock.SensorServiceDesk;
    private static readonly TimeInterval[] NoPauses = [];

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Jst);

    [Theory]
    [InlineData("2026-11-09T10:00", "2026-11-10T17:00", 15)] // Monday → Tuesday
    [InlineData("2026-11-09T08:00", "2026-11-10T17:00", 16)] // before opening: still the next business day
    [InlineData("2026-11-09T17:30", "2026-11-10T17:00", 8)] // after closing
    [InlineData("2026-11-06T16:00", "2026-11-09T17:00", 9)] // Friday → Monday over the weekend
    [InlineData("2026-11-07T11:00", "2026-11-09T17:00", 8)] // Saturday escalation → Monday
    [InlineData("2026-11-20T10:00", "2026-11-24T17:00", 15)] // Friday before 勤労感謝の日 (Mon 11/23) → Tuesday
    [InlineData("2026-12-25T16:00", "2027-01-05T17:00", 9)] // year-end closure Dec 28 – Jan 4
    [InlineData("2027-01-04T10:00", "2027-01-05T17:00", 8)] // escalated on a closed day
    [Trait("Article", "004 別紙3 §2-4")]
    public void Evaluate_WithoutPauses_IsDueAtCloseOfNextBusinessDay(string escalated, string due, int budgetHours)
    {
        var escalatedAt = DateTimeOffset.Parse(escalated + "+09:00", System.Globalization.CultureInfo.InvariantCulture);
        var expectedDue = DateTimeOffset.Parse(due + "+09:00", System.Globalization.CultureInfo.InvariantCulture);

        var sla = Clock.Evaluate(escalatedAt, NoPauses, null, escalatedAt);

        sla.BaseDue.ShouldBe(expectedDue);
        sla.Due.ShouldBe(expectedDue);
        sla.Budget.ShouldBe(TimeSpan.FromHours(budgetHours));
        sla.State.ShouldBe(SlaState.Running);
    }

    [Fact]
    public void Evaluate_MidWay_ReportsElapsedAndRemainingBusinessTime()
    {
        var sla = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, null, At(2026, 11, 10, 12));

        sla.Elapsed.ShouldBe(TimeSpan.FromHours(10)); // Mon 10–17 + Tue 9–12
        sla.Remaining.ShouldBe(TimeSpan.FromHours(5));
        sla.Paused.ShouldBe(TimeSpan.Zero);
        sla.State.ShouldBe(SlaState.Running);
        sla.IsSettled.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_OverNightAndWeekend_CountsOnlyBusinessTime()
    {
        var sla = Clock.Evaluate(At(2026, 11, 6, 16), NoPauses, null, At(2026, 11, 8, 23)); // Fri 16:00 → Sunday night

        sla.Elapsed.ShouldBe(TimeSpan.FromHours(1));
        sla.State.ShouldBe(SlaState.Running);
    }

    [Theory]
    [InlineData(16, 59, SlaState.Met)]
    [InlineData(17, 0, SlaState.Met)]
    [InlineData(17, 1, SlaState.Breached)]
    public void Evaluate_Answered_IsMetUntilTheDueTimeInclusive(int hour, int minute, SlaState state)
    {
        var sla = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, At(2026, 11, 10, hour, minute), At(2026, 11, 20, 12));

        sla.State.ShouldBe(state);
        sla.IsSettled.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_AnsweredNextMorningAfterDue_IsBreached()
    {
        var sla = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, At(2026, 11, 11, 9, 30), At(2026, 11, 11, 10));

        sla.State.ShouldBe(SlaState.Breached);
        sla.Elapsed.ShouldBe(TimeSpan.FromHours(15.5));
        sla.Remaining.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Evaluate_UnansweredAfterDue_IsBreached()
    {
        Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, null, At(2026, 11, 10, 17, 1)).State.ShouldBe(SlaState.Breached);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public void Evaluate_YearEndClosure_EscalatedFridayAfternoon_DueJanuary5()
    {
        var escalated = At(2026, 12, 25, 16);

        var onNewYear = Clock.Evaluate(escalated, NoPauses, null, At(2027, 1, 1, 12));
        onNewYear.Due.ShouldBe(At(2027, 1, 5, 17));
        onNewYear.Elapsed.ShouldBe(TimeSpan.FromHours(1));
        onNewYear.State.ShouldBe(SlaState.Running);

        Clock.Evaluate(escalated, NoPauses, At(2027, 1, 5, 16), At(2027, 1, 6, 9)).State.ShouldBe(SlaState.Met);
    }

    [Fact]
    public void Evaluate_PauseSpanningWeekend_PushesDueByPausedBusinessTime()
    {
        // Thu 10:00 → base due Fri 17:00 (15 h). Waiting for the customer Fri 15:00 – Mon 11:00: 2 h Friday + 2 h Monday.
        var pauses = new[] { new TimeInterval(At(2026, 11, 6, 15), At(2026, 11, 9, 11)) };

        var sla = Clock.Evaluate(At(2026, 11, 5, 10), pauses, null, At(2026, 11, 9, 12));

        sla.BaseDue.ShouldBe(At(2026, 11, 6, 17));
        sla.Paused.ShouldBe(TimeSpan.FromHours(4));
        sla.Due.ShouldBe(At(2026, 11, 9, 13));
        sla.Elapsed.ShouldBe(TimeSpan.FromHours(14)); // Thu 7 h + Fri 6 h + Mon 1 h
        sla.Remaining.ShouldBe(TimeSpan.FromHours(1));
        sla.State.ShouldBe(SlaState.Running);
    }

    [Fact]
    public void Evaluate_PauseOutsideBusinessHours_MovesNothing()
    {
        var pauses = new[] { new TimeInterval(At(2026, 11, 7, 10), At(2026, 11, 8, 20)) }; // Saturday – Sunday

        var sla = Clock.Evaluate(At(2026, 11, 6, 16), pauses, null, At(2026, 11, 9, 10));

        sla.Due.ShouldBe(At(2026, 11, 9, 17));
        sla.Paused.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Evaluate_OngoingPause_IsPausedAndDueProjectedFromNow()
    {
        // Mon 10:00 escalated, waiting since Tue 10:00 (8 h used, 7 h left); at Tue 12:00 the due time if resumed now is Wed 11:00.
        var pauses = new[] { new TimeInterval(At(2026, 11, 10, 10), DateTimeOffset.MaxValue) };

        var sla = Clock.Evaluate(At(2026, 11, 9, 10), pauses, null, At(2026, 11, 10, 12));

        sla.State.ShouldBe(SlaState.Paused);
        sla.Elapsed.ShouldBe(TimeSpan.FromHours(8));
        sla.Paused.ShouldBe(TimeSpan.FromHours(2));
        sla.Due.ShouldBe(At(2026, 11, 11, 11));
    }

    [Fact]
    public void Evaluate_PauseBeforeEscalationOrAfterAnswer_IsIgnored()
    {
        var pauses = new[]
        {
            new TimeInterval(At(2026, 11, 9, 9), At(2026, 11, 9, 11)),
            new TimeInterval(At(2026, 11, 10, 15), At(2026, 11, 11, 15)),
        };

        var sla = Clock.Evaluate(At(2026, 11, 9, 10), pauses, At(2026, 11, 10, 14), At(2026, 11, 12, 9));

        sla.Paused.ShouldBe(TimeSpan.FromHours(1)); // only 10:00–11:00 Monday
        sla.Due.ShouldBe(At(2026, 11, 11, 10));
        sla.State.ShouldBe(SlaState.Met);
    }

    [Fact]
    public void Evaluate_PauseAfterBreach_DoesNotUnbreach()
    {
        var pauses = new[] { new TimeInterval(At(2026, 11, 11, 10), DateTimeOffset.MaxValue) };

        var sla = Clock.Evaluate(At(2026, 11, 9, 10), pauses, null, At(2026, 11, 11, 12));

        sla.Due.ShouldBe(At(2026, 11, 10, 17));
        sla.State.ShouldBe(SlaState.Breached);
    }

    [Fact]
    public void Evaluate_OverlappingPauses_CountOnce()
    {
        var pauses = new[]
        {
            new TimeInterval(At(2026, 11, 9, 11), At(2026, 11, 9, 13)),
            new TimeInterval(At(2026, 11, 9, 12), At(2026, 11, 9, 14)),
        };

        var sla = Clock.Evaluate(At(2026, 11, 9, 10), pauses, null, At(2026, 11, 9, 16));

        sla.Paused.ShouldBe(TimeSpan.FromHours(3));
        sla.Due.ShouldBe(At(2026, 11, 11, 12));
    }

    [Theory]
    [InlineData(2, "2026-11-10T15:00")] // within hours
    [InlineData(9, "2026-11-10T09:00")] // 08:00 → next opening
    [InlineData(12, "2026-11-10T09:00")] // 05:00 → next opening
    public void NextReminderAt_MovesOutOfHoursMomentsToNextOpening(int leadHours, string expected)
    {
        var now = At(2026, 11, 9, 16);
        var sla = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, null, now);

        Clock.NextReminderAt(sla, now, TimeSpan.FromHours(leadHours))
            .ShouldBe(DateTimeOffset.Parse(expected + "+09:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NextReminderAt_OnHolidayMoment_MovesToNextBusinessOpening()
    {
        // Due Tue 11/24 17:00; 30 h before is Mon 11/23 11:00, 勤労感謝の日.
        var now = At(2026, 11, 20, 12);
        var sla = Clock.Evaluate(At(2026, 11, 20, 10), NoPauses, null, now);

        Clock.NextReminderAt(sla, now, TimeSpan.FromHours(30)).ShouldBe(At(2026, 11, 24, 9));
    }

    [Fact]
    public void NextReminderAt_WhenMomentHasPassed_FiresNowOrAtNextOpening()
    {
        var sla = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, null, At(2026, 11, 9, 16));

        Clock.NextReminderAt(sla, At(2026, 11, 9, 16), TimeSpan.FromHours(30)).ShouldBe(At(2026, 11, 9, 16));
        Clock.NextReminderAt(sla, At(2026, 11, 9, 18), TimeSpan.FromHours(30)).ShouldBe(At(2026, 11, 10, 9));
    }

    [Fact]
    public void NextReminderAt_WhenNotRunning_IsNull()
    {
        var met = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, At(2026, 11, 9, 11), At(2026, 11, 9, 12));
        var paused = Clock.Evaluate(At(2026, 11, 9, 10), [new TimeInterval(At(2026, 11, 9, 11), DateTimeOffset.MaxValue)], null, At(2026, 11, 9, 12));
        var breached = Clock.Evaluate(At(2026, 11, 9, 10), NoPauses, null, At(2026, 11, 12, 12));

        Clock.NextReminderAt(met, At(2026, 11, 9, 12), TimeSpan.FromHours(1)).ShouldBeNull();
        Clock.NextReminderAt(paused, At(2026, 11, 9, 12), TimeSpan.FromHours(1)).ShouldBeNull();
        Clock.NextReminderAt(breached, At(2026, 11, 12, 12), TimeSpan.FromHours(1)).ShouldBeNull();
    }

    [Fact]
    public void SupportCase_PauseDerivedFromHistory_PushesDue()
    {
        var c = new SupportCaseScenario().EscalatedAndStarted(At(2026, 11, 5, 10));
        c.WaitForCustomer("ログ待ち", At(2026, 11, 6, 15), "desk").ShouldBeTrue();
        c.Resume(At(2026, 11, 9, 11), "desk").ShouldBeTrue();

        var sla = c.EvaluateSla(Clock, At(2026, 11, 9, 12))!;

        sla.Due.ShouldBe(At(2026, 11, 9, 13));
        c.RecordFirstAnswer(At(2026, 11, 9, 12, 30), AnswerChannel.Phone, "desk").ShouldBeTrue();
        c.EvaluateSla(Clock, At(2026, 11, 20, 12))!.State.ShouldBe(SlaState.Met);
    }
}
