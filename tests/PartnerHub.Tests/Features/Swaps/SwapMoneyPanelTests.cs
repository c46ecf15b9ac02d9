using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Swaps;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Swaps;

/// <summary>
/// The swap case's money panel as vendor operations see it once the replacement is in service: whether the outage after the
/// swap is compensated and why (004 §7-2), and the form to record it only where it is.
/// </summary>
public class SwapMoneyPanelTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 10, 0, 0, TimeSpan.FromHours(9));

    private readonly HubAppFactory _app;

    public SwapMoneyPanelTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Theory]
    [Trait("Article", "004 §7-1; §7-2; 別紙4 §3-3; 002 §13-5")]
    [InlineData(SwapReason.Failure, "004", "故障による交換（第7条第1項）で利用者の責によらないため、交換しても不具合が直らなかった場合は停止時間が賠償の対象です（004 §7-2）。", true)]
    [InlineData(SwapReason.Maintenance, "004", "メンテナンスによる交換（別紙4 §3-3", false)]
    [InlineData(SwapReason.LossOrTheft, "004", "紛失・盗難による交換のため、賠償の対象外です", false)]
    [InlineData(SwapReason.Failure, "002", "このプランの約款には停止時の賠償がありません。", false)]
    public async Task Render_ReplacementDelivered_SaysWhetherAndWhyTheOutageIsCompensatedAndOffersTheFormOnlyThen(
        SwapReason reason, string plan, string rule, bool recordable)
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SwapWork>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CurrentUser>());
        var policy = ServicePlanPolicy.ForSeed(plan)!;

        var panel = Render<SwapMoneyPanel>(p => p.Add(x => x.Detail, Detail(Delivered(reason, policy), plan, policy)));

        panel.Find("[data-testid=swap-outage-rule]").TextContent.ShouldStartWith(rule);
        panel.Find("[data-testid=swap-outage]").TextContent.Trim().ShouldBe(recordable ? "未定" : "対象外");
        panel.FindAll("[data-testid=swap-record-outage]").Count.ShouldBe(recordable ? 1 : 0);
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public async Task Render_FailureSwapBeforeTheFinalAttribution_SaysACustomerFaultWouldExcludeIt()
    {
        await using var scope = _app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SwapWork>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CurrentUser>());

        var panel = Render<SwapMoneyPanel>(p => p.Add(x => x.Detail, Detail(Opened(SwapReason.Failure), "004", ServicePlanPolicy.SensorService004)));

        panel.Find("[data-testid=swap-outage-rule]").TextContent.ShouldContain("最終判定で利用者の責とされた場合は対象外です（004 §7-2）");
        panel.FindAll("[data-testid=swap-record-outage]").ShouldBeEmpty();
    }

    [Theory]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    [InlineData(SwapReason.Maintenance, PendingChargeStatus.Pending, "対象外（請求に含めません）", true)]
    [InlineData(SwapReason.Maintenance, PendingChargeStatus.Billed, "請求済み（対象外のため経理で訂正が必要）", true)]
    [InlineData(SwapReason.Failure, PendingChargeStatus.Pending, "次回請求", false)]
    public async Task Render_CompensationRecordedOnASwapTheRuleExcludes_SaysItIsNotCreditedWithTheReason(
        SwapReason reason, PendingChargeStatus status, string chargeStatus, bool withheld)
    {
        // A maintenance swap compensated before RecordOutage applied 004 §7-2's exclusions: the record stays, billing leaves it out.
        await using var scope = _app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SwapWork>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CurrentUser>());
        var policy = ServicePlanPolicy.SensorService004;
        var swap = Delivered(reason, policy);
        var aware = Now.AddDays(3);
        typeof(SwapCase).GetProperty(nameof(SwapCase.Outage))!.SetValue(swap, new OutageCompensation(aware, aware.AddHours(49), 2, new Yen(1_315), new Yen(2_630), aware.AddDays(3), "ops"));
        var charge = new PendingCharge(Guid.NewGuid(), swap.PartnerId, swap.ContractId, PendingChargeKind.OutageCompensation, new Yen(2_630), "サービス停止の賠償（2日分）",
            "004 §7-2", swap.Id, new DateOnly(2027, 3, 15), aware.AddDays(3), "ops");
        if (status == PendingChargeStatus.Billed)
        {
            charge.MarkBilled(Guid.NewGuid(), aware.AddDays(20), "finance").ShouldBeTrue();
        }

        var panel = Render<SwapMoneyPanel>(p => p.Add(x => x.Detail, new SwapDetail(swap, "C-TEST-0001", "004", "テスト顧客", "テストパートナー", null, [charge], policy, null)));

        panel.Find("[data-testid=swap-outage]").TextContent.ShouldContain("2日 × ¥1,315 = ¥2,630");
        panel.FindAll("[data-testid=swap-outage-withheld]").Count.ShouldBe(withheld ? 1 : 0);
        panel.Find("[data-testid=swap-charges] tbody tr").TextContent.ShouldContain(chargeStatus);
        panel.Find("[data-testid=swap-outage-rule]").TextContent.ShouldStartWith(withheld ? "メンテナンスによる交換（別紙4 §3-3" : "故障による交換（第7条第1項）");
    }

    private static SwapDetail Detail(SwapCase swap, string plan, ServicePlanPolicy policy) =>
        new(swap, "C-TEST-0001", plan, "テスト顧客", "テストパートナー", null, [], policy, null);

    private static SwapCase Opened(SwapReason reason) =>
        SwapCase.Open(Guid.NewGuid(), new ContractRef(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), Guid.NewGuid(), "CTS-TEST-01", reason, "電源が入らない",
            Now.AddDays(-1), reason == SwapReason.Failure ? new DateOnly(2027, 3, 9) : null, (new DateOnly(2026, 12, 11), null), null, Now, "staff").Case!;

    private static SwapCase Delivered(SwapReason reason, ServicePlanPolicy policy)
    {
        var swap = Opened(reason);
        swap.DecideAttribution(FaultAttribution.NotCustomer, null, null, policy, Now, "ops").ShouldBeNull();
        swap.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-TEST-02").ShouldBeNull();
        swap.ReplacementShipped().ShouldBeNull();
        swap.ReplacementDelivered(new DateOnly(2027, 3, 12), policy).ShouldBeNull();
        return swap;
    }
}
