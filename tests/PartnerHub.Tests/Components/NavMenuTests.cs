using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Components.Layout;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Components;

public class NavMenuTests : MudTestContext
{
    public NavMenuTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public void Render_WhenVendorAdmin_ShowsOrganisationAdministration()
    {
        AddAuthorization().SetAuthorized("admin@vendor.example").SetRoles(HubRoles.VendorAdmin);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-organisations]").TextContent.ShouldContain("取引先・組織");
        menu.FindAll("[data-testid=nav-staff]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_WhenPartnerStaff_ShowsCustomersButNoAdministration()
    {
        AddAuthorization().SetAuthorized("staff@minato.example").SetRoles(HubRoles.PartnerStaff);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-customers]").TextContent.ShouldContain("顧客");
        menu.FindAll("[data-testid=nav-organisations]").ShouldBeEmpty();
        menu.FindAll("[data-testid=nav-staff]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_WhenVendorOperations_ShowsRenewalGuidance()
    {
        AddAuthorization().SetAuthorized("ops@vendor.example").SetRoles(HubRoles.VendorOperations);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-renewal-guidance]").TextContent.ShouldContain("更新案内");
    }

    [Fact]
    public void Render_WhenPartnerStaff_HidesRenewalGuidance()
    {
        AddAuthorization().SetAuthorized("staff@minato.example").SetRoles(HubRoles.PartnerStaff);

        var menu = Render<NavMenu>();

        menu.FindAll("[data-testid=nav-renewal-guidance]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_WhenHardwareVendor_HidesCustomers()
    {
        AddAuthorization().SetAuthorized("kitting@toho.example").SetRoles(HubRoles.HardwareVendor);

        var menu = Render<NavMenu>();

        menu.FindAll("[data-testid=nav-customers]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_WhenEnglish_ShowsEnglishLabels()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        AddAuthorization().SetAuthorized("admin@minato.example").SetRoles(HubRoles.PartnerAdmin);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-staff]").TextContent.ShouldContain("Staff");
    }

    [Fact]
    public void Render_OnAContractPage_MarksContractsAsTheCurrentEntry()
    {
        AddAuthorization().SetAuthorized("staff@minato.example").SetRoles(HubRoles.PartnerStaff);
        Services.GetRequiredService<NavigationManager>().NavigateTo("contracts/123?tab=events");

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-contracts] a").ClassList.ShouldContain("active");
        menu.Find("[data-testid=nav-contracts] a").GetAttribute("aria-current").ShouldBe("page");
        menu.Find("[data-testid=nav-customers] a").ClassList.ShouldNotContain("active");
    }

    [Fact]
    public void Navigate_ToAnotherPage_MovesTheCurrentEntry()
    {
        AddAuthorization().SetAuthorized("ops@vendor.example").SetRoles(HubRoles.VendorOperations);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("renewals");
        var menu = Render<NavMenu>();
        menu.Find("[data-testid=nav-renewals] a").ClassList.ShouldContain("active");

        navigation.NavigateTo("renewals/guidance");

        menu.WaitForAssertion(() => menu.Find("[data-testid=nav-renewal-guidance] a").ClassList.ShouldContain("active"));
        menu.Find("[data-testid=nav-renewals] a").ClassList.ShouldNotContain("active");
    }

    [Fact]
    public void Render_AsPartnerAdmin_LinksEveryEntryWithoutAComponentEach()
    {
        AddAuthorization().SetAuthorized("admin@minato.example").SetRoles(HubRoles.PartnerAdmin);

        var menu = Render<NavMenu>();

        menu.FindAll("a.mud-nav-link").Count.ShouldBeGreaterThan(5);
        menu.FindComponents<MudBlazor.MudNavLink>().ShouldBeEmpty();
        menu.Find("[data-testid=nav-staff] a").GetAttribute("href").ShouldBe("staff");
    }

    [Fact]
    public void ClickEntry_InsideTheDrawer_TellsTheDrawerSoItClosesOnSmallScreens()
    {
        AddAuthorization().SetAuthorized("staff@minato.example").SetRoles(HubRoles.PartnerStaff);
        var drawer = new DrawerSpy();

        var menu = Render<NavMenu>(parameters => parameters.AddCascadingValue<MudBlazor.Interfaces.INavigationEventReceiver>(drawer));
        menu.Find("[data-testid=nav-customers] a").Click();

        drawer.Navigations.ShouldBe(1);
    }

    private sealed class DrawerSpy : MudBlazor.Interfaces.INavigationEventReceiver
    {
        public int Navigations { get; private set; }

        public Task OnNavigation()
        {
            Navigations++;
            return Task.CompletedTask;
        }
    }
}
