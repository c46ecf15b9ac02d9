using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts.Renewals;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>The worklist orders in-service contracts by cancel-by date and says what happens if nothing is done.</summary>
public class RenewalWorklistTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task ListAsync_ByDefault_OrdersByCancelByDateAndSaysWhatHappensIfNothingIsDone()
    {
        var today = RenewalTestData.Today;
        var renewing = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, today.AddMonths(-9), Token);
        var noticed = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, today.AddMonths(-9), Token, noticeOn: today.AddMonths(-1));
        var late = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, today.AddMonths(-11), Token, noticeOn: today.AddDays(-1));
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<RenewalWorklistQueries>();

        var all = await AllPagesAsync(queries, new RenewalWorklistFilter(PartnerId: DemoOrganisations.HokurikuPartner));

        all.ShouldAllBe(i => i.Status == ContractStatus.Delivered || i.Status == ContractStatus.Active || i.Status == ContractStatus.Ending);
        all.Select(i => i.CancelBy ?? DateOnly.MaxValue).ShouldBeInOrder(SortDirection.Ascending);
        var row = all.Single(i => i.Id == renewing.Id);
        var term1 = renewing.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        row.CancelBy.ShouldBe(term1.CancelBy);
        row.DaysLeft.ShouldBe(term1.CancelBy.DayNumber - today.DayNumber);
        row.Outlook!.Outcome.ShouldBe(WorklistOutcome.Renews);
        row.Outlook.OutcomeTerm.ShouldBe(2);
        row.Outlook.OutcomeDate.ShouldBe(renewing.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(2).End);
        // A notice in time ends the service with the term; one after the cancel-by date lets it renew once more (004 §4-3, §4-4).
        var ends = all.Single(i => i.Id == noticed.Id).Outlook!;
        ends.Outcome.ShouldBe(WorklistOutcome.EndsAtTermEnd);
        ends.OutcomeDate.ShouldBe(term1.End);
        all.Single(i => i.Id == late.Id).Outlook!.Outcome.ShouldBe(WorklistOutcome.RenewsThenEnds);
        // The demo's Hokuriku customer leaving early (004 §4-5).
        all.ShouldContain(i => i.Outlook!.Outcome == WorklistOutcome.EndsEarly);
    }

    [Fact]
    public async Task ListAsync_AsPartnerStaff_ShowsOnlyTheirOwnContractsWhateverTheFilter()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<RenewalWorklistQueries>();

        var own = await queries.ListAsync(new RenewalWorklistFilter(), new ListRequest(0, 200), Token);
        var asked = await queries.ListAsync(new RenewalWorklistFilter(PartnerId: DemoOrganisations.HokurikuPartner), new ListRequest(0, 200), Token);

        own.Items.ShouldNotBeEmpty();
        own.Items.ShouldAllBe(i => i.PartnerName == "株式会社みなと情報システム");
        asked.TotalCount.ShouldBe(0);
        queries.StreamForExport(new RenewalWorklistFilter(), await queries.CalendarsAsync(Token), await queries.PoliciesAsync(Token)).ShouldAllBe(i => i.PartnerName == "株式会社みなと情報システム");
    }

    [Theory]
    [InlineData(RenewalWindow.PastDue)]
    [InlineData(RenewalWindow.Weeks4)]
    [InlineData(RenewalWindow.Weeks13)]
    [InlineData(RenewalWindow.Weeks26)]
    public async Task ListAsync_WithAWindow_HoldsExactlyTheContractsWhoseCancelByIsInIt(RenewalWindow window)
    {
        var today = RenewalTestData.Today;
        // Cancel-by dates about 3, 10 and 20 weeks ahead, and one passed.
        foreach (int days in new[] { 21, 70, 140, -10 })
        {
            await RenewalTestData.DeliveredAsync(app, DemoOrganisations.SakuraPartner, today.AddDays(days).AddMonths(2).AddYears(-1), Token);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<RenewalWorklistQueries>();

        var inWindow = await AllPagesAsync(queries, new RenewalWorklistFilter(PartnerId: DemoOrganisations.SakuraPartner, Window: window));
        var all = await AllPagesAsync(queries, new RenewalWorklistFilter(PartnerId: DemoOrganisations.SakuraPartner));

        bool InWindow(DateOnly cancelBy) => window == RenewalWindow.PastDue ? cancelBy < today : cancelBy >= today && cancelBy <= today.AddDays(7 * (int)window);
        inWindow.ShouldNotBeEmpty();
        inWindow.Where(i => !InWindow(i.CancelBy!.Value)).ShouldBeEmpty();
        // Other tests add Sakura contracts meanwhile: every contract that existed in both reads is in the window exactly when it should be.
        var windowIds = inWindow.Select(i => i.Id).ToHashSet();
        all.Where(i => i.CancelBy is { } cancelBy && InWindow(cancelBy)).Select(i => i.Id).Where(id => !windowIds.Contains(id))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("004")]
    [InlineData("002")]
    public void CancelByRule_ForEveryTermEnd_MatchesTheTimelineAndInvertsExactly(string seed)
    {
        var policy = ServicePlanPolicy.ForSeed(seed)!;
        for (var start = new DateOnly(2026, 1, 1); start < new DateOnly(2028, 6, 1); start = start.AddDays(3))
        {
            var timeline = new ContractTimeline(policy, start);
            foreach (var term in timeline.Terms().Take(2))
            {
                CancelByRule.For(policy, term.End).ShouldBe(term.CancelBy);
                var latest = CancelByRule.LatestTermEnd(policy, term.CancelBy);
                latest.ShouldBeGreaterThanOrEqualTo(term.End);
                CancelByRule.For(policy, latest).ShouldBeLessThanOrEqualTo(term.CancelBy);
                CancelByRule.For(policy, latest.AddDays(1)).ShouldBeGreaterThan(term.CancelBy);
            }
        }
    }

    private static async Task<List<RenewalWorklistItem>> AllPagesAsync(RenewalWorklistQueries queries, RenewalWorklistFilter filter)
    {
        var items = new List<RenewalWorklistItem>();
        for (int page = 0; ; page++)
        {
            var result = await queries.ListAsync(filter, new ListRequest(page, ListRequest.MaxPageSize), Token);
            items.AddRange(result.Items);
            if (result.Items.Count < ListRequest.MaxPageSize)
            {
                return items;
            }
        }
    }
}
