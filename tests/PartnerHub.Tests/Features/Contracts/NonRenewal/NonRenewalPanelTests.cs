using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;
using static PartnerHub.Tests.Features.Contracts.NonRenewal.NonRenewalTestData;

namespace PartnerHub.Tests.Features.Contracts.NonRenewal;

/// <summary>The panel rendered with the real use cases of a partner user's scope over the test app's database.</summary>
public class NonRenewalPanelTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public NonRenewalPanelTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Render_ForADeliveredContract_ShowsTheDeadlineTheChannelAndTheTerms()
    {
        var contract = await LoadAsync(_app, await DeliveredAsync(_app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token), Token);
        await using var scope = UseScopeOf(TestScopes.MinatoStaff);

        var panel = Render<NonRenewalPanel>(p => p.Add(c => c.Contract, contract));

        var term = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        panel.Find("[data-testid=non-renewal-deadline]").TextContent.ShouldBe(Ja(term.CancelBy));
        panel.Find("[data-testid=non-renewal-channel]").TextContent.ShouldContain("販売パートナーを通じた書面");
        panel.FindAll("[data-testid=terms-timeline-row]").Count.ShouldBe(2);
        panel.FindAll("[data-testid=non-renewal-late-warning]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_WhenClicked_RecordsTheNoticeAndTellsThePage()
    {
        var contractId = await DeliveredAsync(_app, DemoOrganisations.MinatoPartner, Today.AddMonths(-1), Token);
        var contract = await LoadAsync(_app, contractId, Token);
        await using var scope = UseScopeOf(TestScopes.MinatoStaff);
        bool changed = false;
        var panel = Render<NonRenewalPanel>(p => p.Add(c => c.Contract, contract).Add(c => c.Changed, () => changed = true));

        await panel.InvokeAsync(() => panel.Find("button[data-testid=non-renewal-record]").Click());

        panel.WaitForAssertion(() => changed.ShouldBeTrue(), TimeSpan.FromSeconds(10));
        var recorded = await LoadAsync(_app, contractId, Token);
        recorded.Status.ShouldBe(ContractStatus.Ending);
        recorded.NonRenewalNoticeOn.ShouldBe(Today);
    }

    private AsyncServiceScope UseScopeOf(TenantScope user)
    {
        var scope = _app.ScopeFor(user, HubRoles.PartnerStaff);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RecordNonRenewal>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<WithdrawNonRenewal>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<NonRenewalQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PartnerHub.Domain.Calendars.IBusinessCalendarSource>());
        AddAuthorization().SetAuthorized(user.UserName ?? "user").SetRoles(HubRoles.PartnerStaff);
        return scope;
    }
}
