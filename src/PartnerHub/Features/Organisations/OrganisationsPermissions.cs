using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Organisations;

public static class OrganisationsPermissions
{
    /// <summary>Organisations are the vendor administrator's to create and edit.</summary>
    public const string ManageOrganisations = HubRoles.VendorAdmin;

    /// <summary>The vendor administrator manages every organisation's users; a partner administrator its own staff.</summary>
    public const string ManageUsers = HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin;

    public static bool CanManageUsersOf(CurrentUser user, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(HubRoles.VendorAdmin)
            || (user.IsInRole(HubRoles.PartnerAdmin) && user.Scope.OrganisationId == organisationId);
    }
}
