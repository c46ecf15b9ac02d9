using System.Globalization;
using Bunit;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

public class ContractDocumentTests : MudTestContext
{
    private static readonly string[] PolicyResources =
        ["Contracts/ContractStrings.resx", "Contracts/ContractStrings.en.resx", "Quotes/QuoteStrings.resx", "Quotes/QuoteStrings.en.resx"];

    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));

    public ContractDocumentTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    [Trait("Article", "002 §12-3, §12-6; 004 §4-5")]
    public void Render_ChamberUtmContract_PrintsItsOwnClausesAndNot004sPenalty()
    {
        var document = RenderFor(ServicePlan.ChamberUtm);

        var clauses = document.Find("[data-testid=clauses]").TextContent;
        clauses.ShouldNotContain("違約金を解約日に一括");
        clauses.ShouldContain("中途解約に違約金はありません");
        clauses.ShouldContain("第12条第6項");
        clauses.ShouldContain("着払い");
        clauses.ShouldNotContain("第4条第5項");
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-5, 別紙5")]
    public void Render_SensorContract_Prints004sPenaltyAndInsurance()
    {
        var document = RenderFor(ServicePlan.SensorService);

        document.Find("[data-testid=clauses]").TextContent.ShouldContain("第4条第5項");
        document.Find("[data-testid=insurance]").TextContent.ShouldNotBeEmpty();
        document.Markup.ShouldContain("3,000,000");
    }

    [Fact]
    [Trait("Article", "002 §4-1-3, §4-3")]
    public void Render_ChamberUtmContract_PrintsInsuranceWithoutAnInventedLimit()
    {
        var document = RenderFor(ServicePlan.ChamberUtm);

        document.FindAll("[data-testid=insurance]").Count.ShouldBe(1);
        document.Markup.ShouldNotContain("3,000,000");
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Render_ContractUnderAVersionWithOtherTerms_PrintsTheTermsItKeeps()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(ServicePlan.SensorService.Code));
        var version = PlanPolicyVersion.Schedule(Guid.NewGuid(), ServicePlan.SensorService.Code, new DateOnly(2026, 10, 1),
            builtIn with { TermMonths = 24, RenewalMonths = 6, NonRenewalNotice = NoticePeriod.Months(3) }, [], new DateOnly(2026, 9, 1), At, "admin").Version.ShouldNotBeNull();

        var document = RenderFor(ServicePlan.SensorService, version);

        var clauses = document.Find("[data-testid=clauses]").TextContent;
        clauses.ShouldContain("納品完了日の翌日から2年間です");
        clauses.ShouldContain("期間満了日の3か月前の応当日");
        clauses.ShouldContain("6か月間自動更新されます");
        clauses.ShouldNotContain("1年間");
        clauses.ShouldNotContain("2か月前");
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Render_ContractUnderTheBuiltInPolicy_PrintsItsOneYearTermAndTwoMonthNotice()
    {
        var clauses = RenderFor(ServicePlan.SensorService).Find("[data-testid=clauses]").TextContent;

        clauses.ShouldContain("納品完了日の翌日から1年間です");
        clauses.ShouldContain("期間満了日の2か月前の応当日");
        clauses.ShouldContain("1年間自動更新されます");
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void Render_ContractUnderAVersionWithoutMidTermNotice_SaysNoNoticeIsNeededInsteadOfZeroDays()
    {
        var clauses = RenderFor(ServicePlan.ChamberUtm, VersionOf(ServicePlan.ChamberUtm, s => s with { MidTermCancellationNotice = null }))
            .Find("[data-testid=clauses]").TextContent;

        clauses.ShouldContain("中途解約の申し出に予告期間はありません");
        clauses.ShouldContain("中途解約に違約金はありません");
        clauses.ShouldNotContain("0日");
        clauses.ShouldNotContain("希望日");
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void Render_ChamberUtmContractUnderTheBuiltInPolicy_PrintsTheMidTermDeadlineRolledBackToABusinessDay()
    {
        var clauses = RenderFor(ServicePlan.ChamberUtm).Find("[data-testid=clauses]").TextContent;

        clauses.ShouldContain("中途解約は希望日の2か月前の応当日（その月に応当日がないときは月末日。営業日でない場合はその直前の営業日）までにお申し出ください");
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Render_ContractUnderAVersionWithANoticeInWeeks_CountsBackWithoutTheMonthOnlyCorrespondingDay()
    {
        var clauses = RenderFor(ServicePlan.SensorService, VersionOf(ServicePlan.SensorService, s => s with { NonRenewalNotice = NoticePeriod.Weeks(6) }))
            .Find("[data-testid=clauses]").TextContent;

        clauses.ShouldContain("期間満了日の6週間前までに、販売パートナーを経由して");
        clauses.ShouldNotContain("応当日");
        clauses.ShouldNotContain("月末日");
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Render_ContractUnderAVersionWithoutNonRenewalNotice_AllowsNoticeUntilExpiryInsteadOfZeroDays()
    {
        var clauses = RenderFor(ServicePlan.SensorService, VersionOf(ServicePlan.SensorService, s => s with { NonRenewalNotice = null }))
            .Find("[data-testid=clauses]").TextContent;

        clauses.ShouldContain("期間満了日までに、販売パートナーを経由して");
        clauses.ShouldNotContain("0日");
        clauses.ShouldNotContain("応当日");
    }

    [Fact]
    [Trait("Article", "002 §12-1; 004 §4-3")]
    public void Render_InEnglish_WordsDaysNoticeAndAMissingMidTermNoticeWithoutMonthsOrZero()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        var sensor = RenderFor(ServicePlan.SensorService, VersionOf(ServicePlan.SensorService, s => s with { NonRenewalNotice = NoticePeriod.Days(30) }))
            .Find("[data-testid=clauses]").TextContent;
        var chamber = RenderFor(ServicePlan.ChamberUtm, VersionOf(ServicePlan.ChamberUtm, s => s with { MidTermCancellationNotice = null }))
            .Find("[data-testid=clauses]").TextContent;

        sensor.ShouldContain("reaches the vendor by 30 days before expiry (art. 4-3)");
        sensor.ShouldNotContain("corresponding day");
        chamber.ShouldContain("A mid-term cancellation needs no prior notice.");
        chamber.ShouldNotContain("0 days");
        chamber.ShouldNotContain("desired date");
    }

    [Fact]
    public void Resources_EveryNoteOrClauseWithTheMidTermDeadline_HasAVariantForAPolicyWithoutOne()
    {
        foreach (string file in PolicyResources)
        {
            var texts = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "PartnerHub", "Features", file)).Root!.Elements("data")
                .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

            foreach (var (name, _) in texts.Where(t => t.Key.StartsWith("Clause", StringComparison.Ordinal) || t.Key.StartsWith("DocumentNote", StringComparison.Ordinal))
                .Where(t => t.Value.Contains("{3}", StringComparison.Ordinal)))
            {
                texts.ShouldContainKey(name + PartnerHub.Features.Documents.PolicyText.NoMidTermNoticeSuffix, file);
            }
        }
    }

    private static PlanPolicyVersion VersionOf(ServicePlan plan, Func<PlanPolicySettings, PlanPolicySettings> change) =>
        PlanPolicyVersion.Schedule(Guid.NewGuid(), plan.Code, new DateOnly(2026, 10, 1), change(PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(plan.Code))), [],
            new DateOnly(2026, 9, 1), At, "admin").Version.ShouldNotBeNull();

    private IRenderedComponent<ContractDocument> RenderFor(ServicePlan plan, PlanPolicyVersion? version = null) =>
        Render<ContractDocument>(p => p.Add(d => d.Detail, Detail(plan, version)).Add(d => d.Today, new DateOnly(2026, 12, 20)).Add(d => d.Calendars, BusinessCalendarSet.SeedsOnly));

    // Ordered 2026-11-02, delivered 2026-11-20: 004 starts the next day; 002 starts on its 5th business day of December.
    private static ContractDetail Detail(ServicePlan plan, PlanPolicyVersion? version)
    {
        var partnerId = Guid.NewGuid();
        var customer = new Customer(Guid.NewGuid(), partnerId, "株式会社テスト", "テスト",
            new ServiceContact("佐々木 進", "ササキ ススム", "sasaki@test.example", "03-1234-5678", "総務部"), At);
        var contract = new ServiceContract(Guid.NewGuid(), "C-0001", partnerId, customer.Id, plan.Code, 1, new Yen(99_000), null,
            new DateOnly(2026, 11, 2), At, "staff", policyVersion: version);
        contract.StartKitting(At, "staff").ShouldBeNull();
        contract.Ship(At, "staff", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(new DateOnly(2026, 11, 20), At, "staff").ShouldBeNull();
        return new ContractDetail(contract, customer, "みなと販売");
    }
}
