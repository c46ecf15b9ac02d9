using System.Globalization;
using Bunit;
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
}
