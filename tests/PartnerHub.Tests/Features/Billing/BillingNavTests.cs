using System.Globalization;
using Bunit;
using PartnerHub.Components.Layout;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

public class BillingNavTests : MudTestContext
{
    [Theory]
    [InlineData(HubRoles.Finance, "ja", "請求書")]
    [InlineData(HubRoles.PartnerStaff, "ja", "請求書")]
    [InlineData(HubRoles.VendorAdmin, "en", "Invoices")]
    public void Render_WhenRoleReadsInvoices_ShowsTheLocalizedEntry(string role, string culture, string label)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        AddAuthorization().SetAuthorized("user@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-invoices]").TextContent.ShouldContain(label);
    }

    [Theory]
    [InlineData(HubRoles.HardwareVendor)]
    [InlineData(HubRoles.SecondLineDesk)]
    public void Render_WhenRoleHasNoInvoices_HidesTheEntry(string role)
    {
        AddAuthorization().SetAuthorized("user@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.FindAll("[data-testid=nav-invoices]").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(HubRoles.PartnerAdmin, "ja", "顧客への請求書")]
    [InlineData(HubRoles.PartnerStaff, "en", "Invoices to customers")]
    public void Render_WhenPartnerUser_ShowsTheRetailInvoicesEntry(string role, string culture, string label)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        AddAuthorization().SetAuthorized("user@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-retail-invoices]").TextContent.ShouldContain(label);
    }

    [Theory]
    [InlineData(HubRoles.Finance)]
    [InlineData(HubRoles.VendorAdmin)]
    public void Render_WhenVendorUser_HidesTheRetailInvoicesEntry(string role)
    {
        AddAuthorization().SetAuthorized("user@example.test").SetRoles(role);

        var menu = Render<NavMenu>();

        menu.FindAll("[data-testid=nav-retail-invoices]").ShouldBeEmpty();
    }
}
