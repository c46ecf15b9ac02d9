using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

/// <summary>Reminder stages on the 004 business calendar (weekends, national holidays and Dec 28 – Jan 4 closed).</summary>
public class DunningPolicyTests
{
    private static readonly DunningPolicy s_policy = new([1, 14, 30], BusinessCalendars.SensorServiceDesk);
    private static readonly Yen s_open = new(110_000);

    [Fact]
    public void StageDue_DayAfterTheDueDate_IsStageOne()
    {
        // Due Monday 2026-11-30; Tuesday is one day overdue.
        s_policy.StageDue(new DateOnly(2026, 11, 30), s_open, new DateOnly(2026, 12, 1), []).ShouldBe(1);
    }

    [Fact]
    public void StageDue_OnTheDueDate_IsNothing()
    {
        s_policy.StageDue(new DateOnly(2026, 11, 30), s_open, new DateOnly(2026, 11, 30), []).ShouldBeNull();
    }

    [Fact]
    public void StageDue_DueOnAHoliday_CountsFromTheNextBusinessDay()
    {
        // 2026-11-03 is 文化の日 (a Tuesday): paying on Wednesday the 4th is on time; Thursday is one day overdue.
        s_policy.EffectiveDueDate(new DateOnly(2026, 11, 3)).ShouldBe(new DateOnly(2026, 11, 4));
        s_policy.StageDue(new DateOnly(2026, 11, 3), s_open, new DateOnly(2026, 11, 4), []).ShouldBeNull();
        s_policy.StageDue(new DateOnly(2026, 11, 3), s_open, new DateOnly(2026, 11, 5), []).ShouldBe(1);
    }

    [Fact]
    public void StageDue_OnAClosedDay_WaitsForTheNextBusinessDay()
    {
        // Due Friday 2026-12-04; Saturday and Sunday send nothing, Monday sends stage 1 (3 days overdue).
        s_policy.StageDue(new DateOnly(2026, 12, 4), s_open, new DateOnly(2026, 12, 5), []).ShouldBeNull();
        s_policy.StageDue(new DateOnly(2026, 12, 4), s_open, new DateOnly(2026, 12, 7), []).ShouldBe(1);
    }

    [Fact]
    public void StageDue_OverTheYearEndClosure_SendsOnTheFirstBusinessDay()
    {
        // Due Friday 2026-12-25; Dec 28 – Jan 4 closed; Tuesday 2027-01-05 is 11 days overdue: stage 1.
        s_policy.StageDue(new DateOnly(2026, 12, 25), s_open, new DateOnly(2026, 12, 28), []).ShouldBeNull();
        s_policy.StageDue(new DateOnly(2026, 12, 25), s_open, new DateOnly(2027, 1, 5), []).ShouldBe(1);
    }

    [Fact]
    public void StageDue_StageAlreadySent_IsNothing()
    {
        s_policy.StageDue(new DateOnly(2026, 11, 30), s_open, new DateOnly(2026, 12, 2), [1]).ShouldBeNull();
    }

    [Fact]
    public void StageDue_FourteenDaysOverdue_IsTheNextStageOnce()
    {
        var due = new DateOnly(2026, 11, 2);
        s_policy.StageDue(due, s_open, new DateOnly(2026, 11, 16), [1]).ShouldBe(14);
        s_policy.StageDue(due, s_open, new DateOnly(2026, 11, 17), [1, 14]).ShouldBeNull();
    }

    [Fact]
    public void StageDue_LateRound_SendsOnlyTheLatestStageReached()
    {
        // Due Friday 2026-10-30; the first round is on Monday 2026-11-16, 17 days overdue: stage 14, never a late stage 1.
        s_policy.StageDue(new DateOnly(2026, 10, 30), s_open, new DateOnly(2026, 11, 16), []).ShouldBe(14);
        s_policy.StageDue(new DateOnly(2026, 10, 30), s_open, new DateOnly(2026, 11, 17), [14]).ShouldBeNull();
    }

    [Fact]
    public void StageDue_NothingOpen_IsNothing()
    {
        s_policy.StageDue(new DateOnly(2026, 11, 30), Yen.Zero, new DateOnly(2026, 12, 15), []).ShouldBeNull();
    }

    [Fact]
    public void Constructor_NoStages_Throws()
    {
        Should.Throw<ArgumentException>(() => new DunningPolicy([], BusinessCalendars.SensorServiceDesk));
        Should.Throw<ArgumentException>(() => new DunningPolicy([0, 14], BusinessCalendars.SensorServiceDesk));
    }
}
