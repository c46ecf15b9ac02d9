using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.Ending;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

/// <summary>
/// The vendor discontinues a plan (004 §15-2/4). It ends every contract of the plan, so these tests run on a hub of
/// their own: the shared test hub's contracts belong to other tests.
/// </summary>
public sealed class DiscontinueServiceTests : IAsyncLifetime
{
    private readonly HubAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    [Trait("Article", "004 §15-2, §15-4")]
    public async Task Discontinue_WithTwoMonthsNotice_EndsEveryContractInServiceWithItsRefundAndASecondRunChangesNothing()
    {
        var request = new DiscontinuationRequest(ServicePlan.SensorService.Code, Today.AddMonths(2).AddDays(7), Today, "センサー機器の製造終了のため");
        var tooShort = request with { LastDay = Today.AddMonths(1) };

        var refused = await AsAsync(HubRoles.VendorAdmin, s => s.PreviewAsync(tooShort, Token));
        var preview = await AsAsync(HubRoles.VendorAdmin, s => s.PreviewAsync(request, Token));
        var summary = await AsAsync(HubRoles.VendorAdmin, s => s.PreviewSummaryAsync(request, Token));
        var secondPage = await AsAsync(HubRoles.VendorAdmin, s => s.PreviewPageAsync(request, new ListRequest(Page: 1, PageSize: 2), Token));
        var done = await AsAsync(HubRoles.VendorAdmin, s => s.ExecuteAsync(request, Token));
        var again = await AsAsync(HubRoles.VendorAdmin, s => s.ExecuteAsync(request, Token));

        // The page reads its rows and the whole count; the totals cover every contract, not one page.
        preview.Count.ShouldBeGreaterThan(2);
        (summary.Total, secondPage.TotalCount).ShouldBe((preview.Count, preview.Count));
        var expected = DiscontinuationSummary.Of(preview);
        summary.RefundTotal.ShouldBe(expected.RefundTotal);
        Enum.GetValues<DiscontinuationOutcome>().Select(summary.Count).ShouldBe(Enum.GetValues<DiscontinuationOutcome>().Select(expected.Count));
        secondPage.Items.Select(r => r.ContractId).ShouldBe(preview.Skip(2).Take(2).Select(r => r.ContractId));
        refused.ShouldNotBeEmpty();
        refused.ShouldAllBe(r => r.Outcome == DiscontinuationOutcome.NoticeTooShort || r.Outcome == DiscontinuationOutcome.AlreadyEnds);
        var ending = preview.Where(r => r.Outcome == DiscontinuationOutcome.Ends).Select(r => r.ContractId).ToList();
        ending.ShouldNotBeEmpty();
        preview.Where(r => r.Outcome == DiscontinuationOutcome.Ends).ShouldAllBe(r => r.Refund.Amount > 0);
        done.ShouldNotBeNull().Where(r => r.Outcome == DiscontinuationOutcome.Ends).Select(r => r.ContractId).ShouldBe(ending, ignoreOrder: true);
        again.ShouldNotBeNull().ShouldAllBe(r => r.Outcome == DiscontinuationOutcome.AlreadyEnds);
        await using var db = _app.CreateContext(TenantScope.System);
        var contracts = await db.Contracts.Where(c => ending.Contains(c.Id)).ToListAsync(Token);
        contracts.ShouldAllBe(c => c.Status == ContractStatus.Ending && c.EarlyEndCause == TerminationCause.ServiceDiscontinued && c.EarlyEndOn == request.LastDay);
    }

    [Fact]
    public async Task Discontinue_AsVendorOperations_IsNotAllowed()
    {
        var request = new DiscontinuationRequest(ServicePlan.SensorService.Code, Today.AddMonths(3), Today, "x");

        (await AsAsync(HubRoles.VendorOperations, s => s.PreviewAsync(request, Token))).ShouldBeEmpty();
        (await AsAsync(HubRoles.VendorOperations, s => s.ExecuteAsync(request, Token))).ShouldBeNull();
        (await AsAsync(HubRoles.VendorOperations, s => s.PreviewSummaryAsync(request, Token))).Total.ShouldBe(0);
        (await AsAsync(HubRoles.VendorOperations, s => s.PreviewPageAsync(request, new ListRequest(), Token))).TotalCount.ShouldBe(0);
    }

    private async Task<T> AsAsync<T>(string role, Func<DiscontinueService, Task<T>> action)
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorAdmin, role);
        return await action(scope.ServiceProvider.GetRequiredService<DiscontinueService>());
    }
}
