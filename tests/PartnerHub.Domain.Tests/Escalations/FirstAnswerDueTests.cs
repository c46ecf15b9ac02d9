using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

/// <summary>
/// The due time stored on the case (<see cref="SupportCase.FirstAnswerDueAt"/>) against the clock's own evaluation:
/// after every change the stamped time is the computed one, and the stored predicate calls exactly the cases breached
/// that the clock calls breached, at any later moment.
/// </summary>
public class FirstAnswerDueTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly SlaClock Clock = SlaClock.SensorServiceDesk;
    private static readonly Func<DateTimeOffset, Func<SupportCase, bool>> Breached = now => SupportCase.BreachedAt(now).Compile();

    // Moments after a change at which to compare: at once, within the day, over a night, a weekend and the year end.
    private static readonly TimeSpan[] Later =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromHours(3), TimeSpan.FromHours(7), TimeSpan.FromDays(1), TimeSpan.FromDays(2.5),
        TimeSpan.FromDays(4), TimeSpan.FromDays(12),
    ];

    public static TheoryData<string, DateTimeOffset> Escalations { get; } = new()
    {
        { "Monday morning", new DateTimeOffset(2026, 11, 9, 10, 0, 0, Jst) },
        { "Friday evening", new DateTimeOffset(2026, 11, 13, 18, 30, 0, Jst) },
        { "Saturday", new DateTimeOffset(2026, 11, 14, 11, 0, 0, Jst) },
        { "before the year-end closure", new DateTimeOffset(2026, 12, 25, 16, 0, 0, Jst) },
        { "a minute before closing", new DateTimeOffset(2026, 11, 10, 16, 59, 0, Jst) },
    };

    [Fact]
    public void Stamp_BeforeEscalation_LeavesNoDueTime()
    {
        var c = new SupportCaseScenario().Opened(new DateTimeOffset(2026, 11, 9, 10, 0, 0, Jst));

        c.StampFirstAnswerDue(Clock).ShouldBeFalse();

        c.FirstAnswerDueAt.ShouldBeNull();
        Breached(c.OpenedAt.AddDays(30))(c).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Escalations))]
    public void Stamp_AfterEachChange_EqualsTheClockAndAgreesOnBreach(string when, DateTimeOffset escalatedAt)
    {
        _ = when;
        // Every path the first-answer clock cares about: running, paused (before and after the due time), resumed,
        // answered in time and late, closed unanswered.
        foreach (var path in Paths())
        {
            var c = new SupportCaseScenario().EscalatedAndStarted(escalatedAt);
            var at = escalatedAt;
            AssertAgrees(c, at, "escalated");
            foreach (var (step, after) in path)
            {
                at += after;
                step(c, at).ShouldBeTrue($"{string.Join(" → ", path.Select(p => p.Step.Method.Name))} at {at}");
                AssertAgrees(c, at, $"{when}: after {step.Method.Name} at {at:O}");
            }
        }
    }

    [Fact]
    public void Stamp_PauseStartingAfterTheDueTime_KeepsTheCaseBreached()
    {
        var escalatedAt = new DateTimeOffset(2026, 11, 9, 10, 0, 0, Jst);
        var c = new SupportCaseScenario().EscalatedAndStarted(escalatedAt);
        var late = escalatedAt.AddDays(3);

        c.WaitForCustomer("ログ待ち", late, "desk").ShouldBeTrue();
        c.StampFirstAnswerDue(Clock);

        c.FirstAnswerDueAt.ShouldBe(c.EvaluateSla(Clock, late)!.Due);
        Breached(late.AddDays(1))(c).ShouldBeTrue();
        c.EvaluateSla(Clock, late.AddDays(1))!.State.ShouldBe(SlaState.Breached);
    }

    [Fact]
    public void Stamp_WhilePausedWithTimeLeft_StoresNoDueTimeAndNeverBreaches()
    {
        var escalatedAt = new DateTimeOffset(2026, 11, 9, 10, 0, 0, Jst);
        var c = new SupportCaseScenario().EscalatedAndStarted(escalatedAt);

        c.WaitForCustomer("ログ待ち", escalatedAt.AddHours(1), "desk").ShouldBeTrue();
        c.StampFirstAnswerDue(Clock);

        c.FirstAnswerDueAt.ShouldBeNull();
        foreach (var later in Later)
        {
            c.EvaluateSla(Clock, escalatedAt.AddHours(1) + later)!.State.ShouldBe(SlaState.Paused);
        }
    }

    private static void AssertAgrees(SupportCase c, DateTimeOffset changedAt, string because)
    {
        c.StampFirstAnswerDue(Clock);
        var computed = c.EvaluateSla(Clock, changedAt)!;
        if (c.FirstAnswerDueAt is { } stored)
        {
            stored.ShouldBe(computed.Due, because);
        }
        else
        {
            computed.State.ShouldBe(SlaState.Paused, because);
        }

        foreach (var later in Later)
        {
            var now = changedAt + later;
            Breached(now)(c).ShouldBe(c.EvaluateSla(Clock, now)!.State == SlaState.Breached, $"{because}, looked at {now:O}");
        }
    }

    private static IEnumerable<(Func<SupportCase, DateTimeOffset, bool> Step, TimeSpan After)[]> Paths()
    {
        static TimeSpan minutes(int count) => TimeSpan.FromMinutes(count);
        static TimeSpan hours(int count) => TimeSpan.FromHours(count);
        yield return [(Answer, hours(2))];
        yield return [(Answer, TimeSpan.FromDays(3))];
        yield return [(Wait, hours(1)), (Resume, hours(5)), (Answer, hours(20))];
        yield return [(Wait, minutes(30)), (Resume, TimeSpan.FromDays(2)), (Wait, hours(4)), (Resume, hours(1))];
        yield return [(Wait, TimeSpan.FromDays(2)), (Resume, hours(3)), (Answer, minutes(10))];
        yield return [(WaitForPartner, hours(2)), (Resume, hours(30))];
        yield return [(Wait, hours(6)), (Close, TimeSpan.FromDays(1))];
        yield return [(Close, hours(1))];
        yield return [(Answer, minutes(5)), (Wait, hours(1)), (Resume, TimeSpan.FromDays(5)), (Close, hours(1))];
    }

    private static bool Answer(SupportCase c, DateTimeOffset at) => c.RecordFirstAnswer(at, AnswerChannel.Phone, "desk");

    private static bool Wait(SupportCase c, DateTimeOffset at) => c.WaitForCustomer("ログの提供待ち", at, "desk");

    private static bool WaitForPartner(SupportCase c, DateTimeOffset at) => c.WaitForPartner("端末の特定待ち", at, "desk");

    private static bool Resume(SupportCase c, DateTimeOffset at) => c.Resume(at, "desk");

    private static bool Close(SupportCase c, DateTimeOffset at) => c.Close(at, "desk", "お客様の了承を得て終了");
}
