using System.Globalization;
using Bunit;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.Quotes;
using PartnerHub.Features.Quotes;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Quotes;

// Issue 13: the notes state the term, renewal and notice of the plan policy version in force on the quote's issue date.
public class QuoteDocumentTests : MudTestContext
{
    private static readonly DateTimeOffset At = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly ServicePlan Plan = ServicePlan.SensorService;

    public QuoteDocumentTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Render_QuoteIssuedUnderAVersionWithOtherTerms_PrintsThatVersionsTermsNotALaterOnes()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan.Code));
        var inForce = Version(new DateOnly(2026, 10, 1), builtIn with { TermMonths = 24, RenewalMonths = 6, NonRenewalNotice = NoticePeriod.Months(3) }, []);
        var later = Version(new DateOnly(2027, 4, 1), builtIn with { TermMonths = 36 }, [inForce]);

        var notes = NotesOf(new DateOnly(2026, 11, 2), new PlanPolicySet([inForce, later]));

        notes.ShouldContain("機器の納品完了日の翌日から2年間です");
        notes.ShouldContain("期間満了日の3か月前の応当日");
        notes.ShouldContain("6か月間自動更新されます");
        notes.ShouldNotContain("3年間");
        notes.ShouldNotContain("2か月前");
    }

    [Fact]
    [Trait("Article", "004 §4-2, §4-3")]
    public void Render_QuoteIssuedBeforeAVersionStarts_PrintsTheBuiltInOneYearTermAndTwoMonthNotice()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan.Code));
        var scheduled = Version(new DateOnly(2026, 10, 1), builtIn with { TermMonths = 24 }, []);

        var notes = NotesOf(new DateOnly(2026, 9, 15), new PlanPolicySet([scheduled]));

        notes.ShouldContain("機器の納品完了日の翌日から1年間です");
        notes.ShouldContain("期間満了日の2か月前の応当日");
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Render_QuoteUnderAVersionWithANoticeInDays_CountsBackWithoutTheMonthOnlyCorrespondingDay()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan.Code));
        var inForce = Version(new DateOnly(2026, 10, 1), builtIn with { NonRenewalNotice = NoticePeriod.Days(14) }, []);

        var notes = NotesOf(new DateOnly(2026, 11, 2), new PlanPolicySet([inForce]));

        notes.ShouldContain("期間満了日の14日前までに書面による申し出がない場合");
        notes.ShouldNotContain("応当日");
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Render_QuoteUnderAVersionWithoutNonRenewalNotice_AllowsNoticeUntilExpiryInsteadOfZeroDays()
    {
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan.Code));
        var inForce = Version(new DateOnly(2026, 10, 1), builtIn with { NonRenewalNotice = null }, []);

        var notes = NotesOf(new DateOnly(2026, 11, 2), new PlanPolicySet([inForce]));

        notes.ShouldContain("期間満了日までに書面による申し出がない場合");
        notes.ShouldNotContain("0日");
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Render_InEnglishUnderAVersionWithANoticeInWeeksOrNone_NeverSaysMonthsOrZero()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan.Code));
        var weeks = Version(new DateOnly(2026, 10, 1), builtIn with { NonRenewalNotice = NoticePeriod.Weeks(1) }, []);
        var none = Version(new DateOnly(2027, 4, 1), builtIn with { NonRenewalNotice = null }, [weeks]);

        var weekNotes = NotesOf(new DateOnly(2026, 11, 2), new PlanPolicySet([weeks, none]));
        var noneNotes = NotesOf(new DateOnly(2027, 4, 2), new PlanPolicySet([weeks, none]));

        weekNotes.ShouldContain("unless notice is given in writing by 1 week before expiry (art. 4-3)");
        weekNotes.ShouldNotContain("corresponding day");
        noneNotes.ShouldContain("unless notice is given in writing by expiry (art. 4-3)");
        noneNotes.ShouldNotContain("0 days");
    }

    private static PlanPolicyVersion Version(DateOnly from, PlanPolicySettings settings, IEnumerable<PlanPolicyVersion> stored) =>
        PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan.Code, from, settings, stored, DateOnly.FromDateTime(At.Date), At, "admin").Version.ShouldNotBeNull();

    private string NotesOf(DateOnly issuedOn, PlanPolicySet policies)
    {
        var catalog = PriceCatalog.Create(
        [
            PriceList.Create("FY2026", new DateOnly(2026, 4, 1), null, PriceBasis.TaxExcluded,
                [new PriceListEntry(Plan.Code, CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard, [new PriceTier(1, null, new Yen(350_000), new Yen(500_000))])]),
        ]);
        var priced = Quote.Calculate(catalog, Plan.Model, Plan.Code, CustomerSegment.Standard, 120, 300, issuedOn, RoundingMode.Down, TaxRateTable.Japan).Quote.ShouldNotBeNull();
        var quote = new IssuedQuote(Guid.NewGuid(), "Q-0001", Guid.NewGuid(), Guid.NewGuid(), Plan, 120, 300, priced, issuedOn, issuedOn.AddDays(30), At, "staff");

        var document = Render<QuoteDocument>(p => p.Add(d => d.Quote, quote).Add(d => d.CustomerName, "株式会社テスト").Add(d => d.PartnerName, "みなと販売")
            .Add(d => d.Policies, policies));

        return document.Find(".q-notes").TextContent;
    }
}
