using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations;

public static class EscalationsPermissions
{
    /// <summary>Who may open case pages at all; the tenant filter decides which cases, <see cref="AudienceOf"/> which items.</summary>
    public const string ViewRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk + ","
        + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>The first line: partner staff take inquiries, fill the hearing sheet, answer by phone or escalate (004 別紙3 §1-2).</summary>
    public const string FirstLineRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>The second line works escalations for every partner (004 別紙3 §1-3); the vendor admin may stand in.</summary>
    public const string DeskRoles = HubRoles.SecondLineDesk + "," + HubRoles.VendorAdmin;

    /// <summary>The vendor maintains the hearing sheet it distributes to partners (004 別紙3 §1-2).</summary>
    public const string TemplateRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk;

    /// <summary>The queue, dashboard and statistics export: the vendor side.</summary>
    public const string VendorRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk;

    /// <summary>
    /// The TLP audience of the signed-in user. A partner user only ever reaches its own cases (tenant filter), so it is
    /// the owning partner; desk roles are the desk; other vendor staff are vendor operations.
    /// </summary>
    public static TlpAudience AudienceOf(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInAnyRole(DeskRoles))
        {
            return TlpAudience.SecondLineDesk;
        }

        if (user.Scope.SeesAllPartners)
        {
            return TlpAudience.VendorOperations;
        }

        return user.IsInAnyRole(FirstLineRoles) ? TlpAudience.OwningPartner : TlpAudience.OtherPartner;
    }
}
