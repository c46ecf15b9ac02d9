using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Contracts;

/// <summary>Issue 13: plan policies as dated versions; a new version never changes what was made under an earlier one.</summary>
public class PlanPolicyVersionTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string Plan = ServicePlan.SensorService.Code;

    private static PlanPolicySettings BuiltInSettings => PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan));

    private static PlanPolicySettings ThreeMonthsNotice => BuiltInSettings with { NonRenewalNotice = NoticePeriod.Months(3) };

    private static PlanPolicyVersion Scheduled(DateOnly from, PlanPolicySettings settings, params PlanPolicyVersion[] stored) =>
        PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, from, settings, stored, Today, At, "admin").Version.ShouldNotBeNull();

    [Fact]
    public void InForce_WithoutVersions_IsTheBuiltInPolicy()
    {
        PlanPolicyVersions.InForce(Plan, Today, []).ShouldBeSameAs(ServicePlanPolicy.ForPlan(Plan));
    }

    [Fact]
    public void InForce_BuiltInAsFirstVersion_GivesTheSameDeadlinesAsTheBuiltInPolicy()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, new DateOnly(2020, 1, 1), At, "first-run");

        var policy = PlanPolicyVersions.InForce(Plan, Today, [first]);

        new ContractTimeline(policy, Today).Term(2).ShouldBe(new ContractTimeline(ServicePlanPolicy.ForPlan(Plan), Today).Term(2));
    }

    [Fact]
    public void InForce_OnEachDay_IsTheLatestStandingVersionStartedByThen()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, new DateOnly(2020, 1, 1), At, "first-run");
        var next = Scheduled(Today.AddDays(10), ThreeMonthsNotice, first);
        var withdrawn = Scheduled(Today.AddDays(20), BuiltInSettings with { Rounding = RoundingMode.Up }, first, next);
        withdrawn.Withdraw(Today, At).ShouldBeNull();

        PlanPolicyVersions.InForce(Plan, Today.AddDays(9), [first, next, withdrawn]).NonRenewalNotice.ShouldBe(NoticePeriod.Months(2));
        PlanPolicyVersions.InForce(Plan, Today.AddDays(10), [first, next, withdrawn]).NonRenewalNotice.ShouldBe(NoticePeriod.Months(3));
        PlanPolicyVersions.InForce(Plan, Today.AddDays(30), [first, next, withdrawn]).Rounding.ShouldBe(ServicePlanPolicy.ForPlan(Plan).Rounding);
    }

    [Fact]
    public void NextVersionAfter_WithLaterAndWithdrawnVersions_IsTheEarliestStandingOneToCome()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, new DateOnly(2020, 1, 1), At, "first-run");
        var withdrawn = Scheduled(Today.AddDays(5), BuiltInSettings with { Rounding = RoundingMode.Up }, first);
        withdrawn.Withdraw(Today, At).ShouldBeNull();
        var next = Scheduled(Today.AddDays(10), ThreeMonthsNotice, first);
        var later = Scheduled(Today.AddDays(40), BuiltInSettings, first, next);
        var set = new PlanPolicySet([later, first, withdrawn, next]);

        set.NextVersionAfter(Plan, Today)!.Id.ShouldBe(next.Id);
        set.NextVersionAfter(Plan, Today.AddDays(10))!.Id.ShouldBe(later.Id);
        set.NextVersionAfter(Plan, Today.AddDays(40)).ShouldBeNull();
        set.NextVersionAfter(ServicePlan.ChamberUtm.Code, Today).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void ContractTimeline_MadeBeforeANewVersionTakesEffect_KeepsItsCancelByDate()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, new DateOnly(2020, 1, 1), At, "first-run");
        var orderedOn = Today;
        var before = new ContractTimeline(PlanPolicyVersions.InForce(Plan, orderedOn, [first]), orderedOn.AddDays(1)).Term(1);
        var next = Scheduled(Today.AddDays(10), ThreeMonthsNotice, first);

        var existing = new ContractTimeline(PlanPolicyVersions.InForce(Plan, orderedOn, [first, next]), orderedOn.AddDays(1)).Term(1);
        var laterOrder = new ContractTimeline(PlanPolicyVersions.InForce(Plan, Today.AddDays(10), [first, next]), Today.AddDays(11)).Term(1);

        existing.CancelBy.ShouldBe(before.CancelBy);
        laterOrder.CancelBy.ShouldBe(NoticePeriod.Months(3).LatestNoticeDate(laterOrder.End.AddDays(1)));
        existing.CancelBy.ShouldBe(NoticePeriod.Months(2).LatestNoticeDate(existing.End.AddDays(1)));
    }

    [Fact]
    public void EarlyTerminationPenalty_MadeBeforeARoundingChange_KeepsItsAmount()
    {
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Plan, new DateOnly(2020, 1, 1), At, "first-run");
        var start = Today.AddDays(1);
        var fee = new Yen(100_000);
        var issued = new ContractTimeline(PlanPolicyVersions.InForce(Plan, Today, [first]), start).EarlyTerminationPenalty(fee, start.AddDays(100)).Amount;
        var next = Scheduled(Today.AddDays(5), BuiltInSettings with { Rounding = RoundingMode.Up }, first);

        var again = new ContractTimeline(PlanPolicyVersions.InForce(Plan, Today, [first, next]), start).EarlyTerminationPenalty(fee, start.AddDays(100)).Amount;

        again.ShouldBe(issued);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Schedule_StartingTodayOrEarlier_IsRefused(int days)
    {
        var (version, problems) = PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, Today.AddDays(days), ThreeMonthsNotice, [], Today, At, "admin");

        version.ShouldBeNull();
        problems.ShouldBe([PlanPolicyProblem.StartNotInFuture]);
    }

    [Fact]
    [Trait("Article", "DOMAIN.md Decisions: Plans")]
    public void Schedule_PlanWithoutPolicy_IsRefused()
    {
        var (version, problems) = PlanPolicyVersion.Schedule(Guid.NewGuid(), "CTS-SMALL", Today.AddDays(3), BuiltInSettings, [], Today, At, "admin");

        version.ShouldBeNull();
        problems.ShouldBe([PlanPolicyProblem.PlanWithoutPolicy]);
    }

    [Fact]
    public void Schedule_InvalidSettingsOnATakenDay_ListsEveryProblem()
    {
        var taken = Scheduled(Today.AddDays(3), ThreeMonthsNotice);
        var invalid = BuiltInSettings with
        {
            TermMonths = 0, NonRenewalNotice = NoticePeriod.Months(0), CalendarCode = "999", CancelByReminderBusinessDays = [90],
        };

        var (version, problems) = PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, Today.AddDays(3), invalid, [taken], Today, At, "admin");

        version.ShouldBeNull();
        problems.ShouldBe([PlanPolicyProblem.TermOutOfRange, PlanPolicyProblem.NoticeOutOfRange, PlanPolicyProblem.UnknownCalendar,
            PlanPolicyProblem.RemindersOutOfRange, PlanPolicyProblem.SameStartAsAnother], ignoreOrder: true);
    }

    [Fact]
    public void Schedule_NoticeLongerThanTheTerm_IsRefused()
    {
        var (_, problems) = PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, Today.AddDays(3), BuiltInSettings with { MidTermCancellationNotice = NoticePeriod.Months(13) },
            [], Today, At, "admin");

        problems.ShouldBe([PlanPolicyProblem.NoticeOutOfRange]);
    }

    [Fact]
    public void Revise_ScheduledVersion_ReplacesItsSettingsAndKeepsItsStart()
    {
        var version = Scheduled(Today.AddDays(3), ThreeMonthsNotice);

        version.Revise(BuiltInSettings with { CalendarCode = "002" }, Today).ShouldBeEmpty();

        version.EffectiveFrom.ShouldBe(Today.AddDays(3));
        PlanPolicyVersions.InForce(Plan, Today.AddDays(3), [version]).Calendar.ShouldBeSameAs(BusinessCalendars.ChamberUtm);
    }

    [Fact]
    public void Revise_VersionInForce_IsRefusedAndChangesNothing()
    {
        var version = Scheduled(Today.AddDays(3), ThreeMonthsNotice);

        var problems = version.Revise(BuiltInSettings, Today.AddDays(3));
        var withdrawal = version.Withdraw(Today.AddDays(4), At);

        problems.ShouldBe([PlanPolicyProblem.NotScheduled]);
        withdrawal.ShouldBe(PlanPolicyProblem.NotScheduled);
        version.Settings.NonRenewalNotice.ShouldBe(NoticePeriod.Months(3));
        version.WithdrawnAt.ShouldBeNull();
    }
}
