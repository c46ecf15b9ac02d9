using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue.Plans;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

/// <summary>Issue 13: the plans page shows the policy version in force today and the next one scheduled, not the built-in policy.</summary>
public class PlansPageTests : MudTestContext
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string Sensor = ServicePlan.SensorService.Code;

    public PlansPageTests() => CultureInfo.CurrentUICulture = new CultureInfo("ja");

    private sealed class FixedPolicies(PlanPolicySet set) : IPlanPolicySource
    {
        public Task<PlanPolicySet> CurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(set);
    }

    private IRenderedComponent<PlansPage> RenderWith(params PlanPolicyVersion[] versions)
    {
        Services.AddSingleton(new PlanQueries(new FixedPolicies(new PlanPolicySet(versions)), new FakeTimeProvider(Now)));
        return Render<PlansPage>();
    }

    // A version the vendor scheduled on an earlier day: it starts on `from`.
    private static PlanPolicyVersion Version(DateOnly from, PlanPolicySettings settings) =>
        PlanPolicyVersion.Schedule(Guid.NewGuid(), Sensor, from, settings, [], from.AddDays(-30), Now.AddDays(-30), "admin@vendor.example").Version.ShouldNotBeNull();

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<PlansPage> page, string planCode) =>
        page.FindAll("[data-testid=plan-policy]").Single(c => c.QuerySelector("code")!.TextContent == planCode);

    private static string Text(AngleSharp.Dom.IElement card, string testId) => card.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public void Render_PlanWithAVersionInForceAndOneScheduled_ShowsTheVersionInForceAndWhenTheNextStarts()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Sensor));
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), Sensor, BuiltInPlanPolicies.Since, Now.AddYears(-1), BuiltInPlanPolicies.RecordedBy);
        var inForce = Version(Today.AddDays(-10), builtIn with
        {
            TermMonths = 24, CancelByReminderBusinessDays = [45, 20, 5], LetterDelivery = PartnerHub.Domain.ServiceNotices.LetterDeliveryRule.NormalArrival,
        });
        var next = Version(Today.AddDays(30), builtIn with { TermMonths = 36 });

        var page = RenderWith(first, inForce, next);

        var sensor = Card(page, Sensor);
        Text(sensor, "plan-policy-in-force").ShouldContain(JapaneseFormat.ShortDate(Today.AddDays(-10)) + " 適用開始の版");
        Text(sensor, "plan-policy-term").ShouldBe($"24 か月 / {builtIn.RenewalMonths} か月");
        Text(sensor, "plan-policy-reminders").ShouldBe("45, 20, 5");
        Text(sensor, "plan-policy-letter-delivery").ShouldBe("通常到達する時（返送されても到達とみなす）");
        Text(sensor, "plan-policy-next").ShouldContain(JapaneseFormat.ShortDate(Today.AddDays(30)) + " から新しい版が適用されます");
    }

    [Fact]
    public void Render_PlanWithOnlyItsBuiltInVersion_SaysSoAndAnnouncesNoChange()
    {
        var utm = ServicePlan.ChamberUtm.Code;
        var builtIn = ServicePlanPolicy.ForPlan(utm);
        var first = PlanPolicyVersion.BuiltIn(Guid.NewGuid(), utm, BuiltInPlanPolicies.Since, Now.AddYears(-1), BuiltInPlanPolicies.RecordedBy);

        var page = RenderWith(first);

        var card = Card(page, utm);
        Text(card, "plan-policy-in-force").ShouldContain("組み込みポリシー");
        Text(card, "plan-policy-term").ShouldBe($"{builtIn.TermMonths} か月 / {builtIn.RenewalMonths} か月");
        // 002 says nothing of returned letters: the general rule, a letter must arrive (民法 §97-1; 001 §21-3).
        Text(card, "plan-policy-letter-delivery").ShouldBe("住所に到達した時（返送されたら未到達）");
        card.QuerySelector("[data-testid=plan-policy-next]").ShouldBeNull();
    }
}
