using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>Who may see and start the monthly invoicing run; partners never (they see the invoices addressed to them).</summary>
public static class RunPermissions
{
    /// <summary>Finance and the vendor's administrators see the preview, the runs and their reports.</summary>
    public const string ViewRoles = BillingPermissions.ManageRoles + "," + HubRoles.VendorAdmin;

    /// <summary>Only finance issues (<see cref="BillingPermissions.ManageRoles"/>).</summary>
    public const string IssueRoles = BillingPermissions.ManageRoles;
}
