using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.ServiceNotices;

public static class ServiceNoticesPermissions
{
    /// <summary>The vendor writes and publishes notices: its administrators and operations.</summary>
    public const string PublishRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>The vendor's other desks read them (to answer questions); partners read those concerning their customers.</summary>
    public const string ViewRoles = PublishRoles + "," + HubRoles.SecondLineDesk + "," + HubRoles.Finance + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Partners acknowledge the notices on their board.</summary>
    public const string AcknowledgeRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Whether <paramref name="user"/> may publish, correct or withdraw notices: the vendor's publishing roles, seeing every partner.</summary>
    public static bool MayPublish(PartnerHub.Infrastructure.Tenancy.CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInAnyRole(PublishRoles) && user.Scope.SeesAllPartners;
    }
}

/// <summary>Service notices (section <c>ServiceNotices</c>).</summary>
public sealed class ServiceNoticesOptions
{
    public const string Section = "ServiceNotices";

    /// <summary>
    /// Business days a letter normally takes to arrive after it is posted: its deemed delivery (001 §21-3: when it reaches
    /// the address; 003 §10-2: when it would normally arrive). Japan Post delivers ordinary mail in one to three business days.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 20)]
    public int LetterTransitBusinessDays { get; set; } = 2;
}
