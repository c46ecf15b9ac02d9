using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Contracts.Notices;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

public class ContractStopsTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §14-1, §14-3")]
    public async Task Stops_AfterASuspensionIsPublished_ShowTheGroundAndTheFeeThatStaysDueOnTheContract()
    {
        var contract = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var noticeId = await PublishSuspensionAsync(contract.CustomerId);

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var stop = (await scope.ServiceProvider.GetRequiredService<ContractStops>().ForContractAsync(contract, Token)).ShouldHaveSingleItem();
        stop.NoticeId.ShouldBe(noticeId);
        stop.Ground.ShouldBe(SuspensionGround.AttackDefence);
        var fee = stop.Fee.ShouldNotBeNull();
        fee.Days.ShouldBe(3);
        fee.Article.ShouldBe("004 §14-3");
        fee.Amount.ShouldBe(SuspensionFees.For(contract.Timeline(BusinessCalendarSet.SeedsOnly)!, contract.AnnualFee, Today.AddDays(5), Today.AddDays(7)).Amount);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/contracts/{contract.Id}", UriKind.Relative), Token));
        page.ShouldContain("data-testid=\"contract-stops\"");
        page.ShouldContain("(5) 設備等を不正アクセス行為から防御するため必要なとき");
        page.ShouldContain("004 §14-3");
    }

    [Fact]
    [Trait("Article", "004 §14-3")]
    public async Task StopFees_OnTheNotice_ListOnlyTheOwnPartnersContracts()
    {
        var minato = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        var hokuriku = await ActiveContractAsync(DemoOrganisations.HokurikuPartner);
        var noticeId = await PublishSuspensionAsync(minato.CustomerId, hokuriku.CustomerId);

        var asMinato = await StopFeesAsync(TestScopes.MinatoStaff, noticeId);
        var asVendor = await StopFeesAsync(TestScopes.VendorOperations, noticeId);

        asMinato.ShouldHaveSingleItem().ContractId.ShouldBe(minato.Id);
        asMinato[0].Fee.ShouldNotBeNull().Amount.ShouldNotBeNull().Amount.ShouldBeGreaterThan(0);
        asVendor.Select(r => r.ContractId).ShouldBe([minato.Id, hokuriku.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Stops_MoreThanThePanelShows_SayHowManyThereAreAndOfferThemAll()
    {
        var contract = await ActiveContractAsync(DemoOrganisations.MinatoPartner);
        const int published = ContractStops.Shown + 2;
        for (int i = 0; i < published; i++)
        {
            await PublishSuspensionAsync(contract.CustomerId);
        }

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var stops = scope.ServiceProvider.GetRequiredService<ContractStops>();
        (await stops.ForContractAsync(contract, Token)).Count.ShouldBe(ContractStops.Shown);
        (await stops.CountForContractAsync(contract, Token)).ShouldBe(published);
        (await stops.ForContractAsync(contract, int.MaxValue, Token)).Count.ShouldBe(published);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/contracts/{contract.Id}", UriKind.Relative), Token));
        page.ShouldContain($"{published} 件中 {ContractStops.Shown} 件を表示");
        page.ShouldContain("data-testid=\"contract-stops-all\"");
    }

    private async Task<IReadOnlyList<StopFeeRow>> StopFeesAsync(TenantScope user, Guid noticeId)
    {
        await using var scope = app.ScopeFor(user, user.SeesAllPartners ? HubRoles.VendorOperations : HubRoles.PartnerStaff);
        var notice = (await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().GetAsync(noticeId, Token)).ShouldNotBeNull();
        var page = await scope.ServiceProvider.GetRequiredService<NoticeContractQueries>().StopFeesAsync(notice, new ListRequest(), Token);
        page.TotalCount.ShouldBe(page.Items.Count);
        return page.Items;
    }

    private Task<Guid> PublishSuspensionAsync(params Guid[] customers) =>
        ServiceNoticeTestData.PublishAsync(app, new NoticeContent(ServiceNoticeType.Suspension, "提供停止のお知らせ", null, "不正アクセスへの防御のため提供を停止します。",
            null, Today.AddDays(5), Today.AddDays(7), "外部からの攻撃への防御", null, null, null, null, SuspensionGround.AttackDefence), customers);

    private Task<ServiceContract> ActiveContractAsync(Guid partnerId) => ServiceNoticeTestData.ActiveContractAsync(app, partnerId, new Yen(365_000));
}
