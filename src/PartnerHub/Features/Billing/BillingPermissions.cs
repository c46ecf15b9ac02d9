using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Billing;

public static class BillingPermissions
{
    /// <summary>Finance drafts, issues and credits invoices (HubRoles.Finance: "renewals, invoices, credits and exports").</summary>
    public const string ManageRoles = HubRoles.Finance;

    /// <summary>A partner's administrators and staff draft, issue and credit the partner's invoices to its own customers (retail).</summary>
    public const string RetailRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Only a partner administrator opts in to retail invoicing and records the partner's issuer details.</summary>
    public const string RetailSettingsRoles = HubRoles.PartnerAdmin;

    /// <summary>
    /// Finance and vendor administrators read every invoice; partners read the invoices addressed to them (the tenant filter
    /// and <see cref="InvoiceQueries"/> decide which).
    /// </summary>
    public const string ViewRoles = HubRoles.Finance + "," + HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;
}
