using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Billing.Exports;

public static class ExportPermissions
{
    /// <summary>The finance exports span every partner's receivables: finance and the vendor's administrators only.</summary>
    public const string ExportRoles = HubRoles.Finance + "," + HubRoles.VendorAdmin;

    /// <summary>The journal mapping is finance's chart of accounts: finance edits it, the vendor admin reads it.</summary>
    public const string MappingEditRoles = HubRoles.Finance;

    /// <summary>
    /// A partner's monthly statement: finance and vendor admins for any partner, a partner's own users for their own partner
    /// (<see cref="StatementQueries"/> narrows it).
    /// </summary>
    public const string StatementRoles = BillingPermissions.ViewRoles;
}
